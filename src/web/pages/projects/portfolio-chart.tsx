import { YearBarChart } from '../../components/year-bar-chart.js';
import type { PageContext } from '../../page-context.js';
import type { PortfolioYear } from '../../../usecases/projects/get-portfolio.js';

const measures = [
  { key: 'committedOere', cls: 'ledger-bar--committed', label: { da: 'Bevilget', en: 'Committed' } },
  { key: 'paidOere', cls: 'ledger-bar--paid', label: { da: 'Udbetalt', en: 'Paid' } },
  { key: 'returnedOere', cls: 'ledger-bar--remaining', label: { da: 'Tilbageført', en: 'Returned' } },
] as const;

/** The portfolio's money per year: committed, paid and returned (nothing when there is no year yet). */
export function PortfolioChart({ ctx, years }: { ctx: PageContext; years: PortfolioYear[] }) {
  if (years.length === 0) return null;
  const title = ctx.t({ da: 'Penge pr. år: bevilget, udbetalt og tilbageført', en: 'Money per year: committed, paid and returned' });
  return <YearBarChart ctx={ctx} id="portfolio-chart" title={title} years={years} measures={measures} />;
}
