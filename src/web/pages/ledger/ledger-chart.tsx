import { YearBarChart } from '../../components/year-bar-chart.js';
import type { PageContext } from '../../page-context.js';

export interface ChartYear {
  year: number;
  budgetOere: number;
  committedOere: number;
  paidOere: number;
  remainingOere: number;
}

const measures = [
  { key: 'budgetOere', cls: 'ledger-bar--budget', label: { da: 'Budget', en: 'Budget' } },
  { key: 'committedOere', cls: 'ledger-bar--committed', label: { da: 'Bevilget', en: 'Committed' } },
  { key: 'paidOere', cls: 'ledger-bar--paid', label: { da: 'Udbetalt', en: 'Paid' } },
  { key: 'remainingOere', cls: 'ledger-bar--remaining', label: { da: 'Rest', en: 'Remaining' } },
] as const;

/** One budget line per year: budget, committed, paid and remaining. */
export function LedgerChart({ ctx, id, title, years }: { ctx: PageContext; id: string; title: string; years: ChartYear[] }) {
  return <YearBarChart ctx={ctx} id={id} title={title} years={years} measures={measures} />;
}
