import { formatKroner } from '../../../domain/money.js';
import type { PageContext } from '../../page-context.js';
import type { PortfolioYear } from '../../../usecases/projects/get-portfolio.js';

const measures = [
  { key: 'committedOere', cls: 'ledger-bar--committed', label: { da: 'Bevilget', en: 'Committed' } },
  { key: 'paidOere', cls: 'ledger-bar--paid', label: { da: 'Udbetalt', en: 'Paid' } },
  { key: 'returnedOere', cls: 'ledger-bar--remaining', label: { da: 'Tilbageført', en: 'Returned' } },
] as const;
const BAR = 16;
const GAP = 4;
const YEAR_GAP = 18;
const LEFT = 64;
const BAR_MAX = 380;
const WIDTH = 720;

/**
 * The portfolio's money per year as a server-rendered bar chart (like the ledger's chart):
 * role="img" named by <title>, every figure in <desc> and as text beside each bar, and the same
 * figures in the table next to it.
 */
export function PortfolioChart({ ctx, years }: { ctx: PageContext; years: PortfolioYear[] }) {
  const { t } = ctx;
  if (years.length === 0) return null;
  const max = Math.max(1, ...years.flatMap((y) => measures.map((m) => Math.max(0, y[m.key]))));
  const group = measures.length * (BAR + GAP) + YEAR_GAP;
  const height = Math.max(40, years.length * group + 8);
  const desc = years.map((y) => `${y.year}: ${measures.map((m) => `${t(m.label).toLowerCase()} ${formatKroner(y[m.key], ctx.locale)}`).join(', ')}`).join('; ');
  return (
    <figure class="ledger-chart">
      <svg
        xmlns="http://www.w3.org/2000/svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        width={WIDTH}
        height={height}
        role="img"
        aria-labelledby="portfolio-chart-title portfolio-chart-desc"
        focusable="false"
      >
        <title id="portfolio-chart-title">
          {t({ da: 'Penge pr. år: bevilget, udbetalt og tilbageført', en: 'Money per year: committed, paid and returned' })}
        </title>
        <desc id="portfolio-chart-desc">{desc}</desc>
        {years.map((y, yi) => {
          const top = yi * group + 4;
          return (
            <g>
              <text x={0} y={top + (measures.length * (BAR + GAP)) / 2 + 4} class="ledger-chart__year">
                {String(y.year)}
              </text>
              {measures.map((m, mi) => {
                const w = Math.max(1, Math.round((Math.max(0, y[m.key]) / max) * BAR_MAX));
                const barTop = top + mi * (BAR + GAP);
                return (
                  <g>
                    <rect x={LEFT} y={barTop} width={w} height={BAR} class={`ledger-bar ${m.cls}`} />
                    <text x={LEFT + w + 6} y={barTop + BAR - 4} class="ledger-chart__label">
                      {`${t(m.label)}: ${formatKroner(y[m.key], ctx.locale)}`}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <figcaption class="ledger-chart__caption">{t({ da: 'Samme tal står i tabellen ovenfor.', en: 'The same figures are in the table above.' })}</figcaption>
    </figure>
  );
}
