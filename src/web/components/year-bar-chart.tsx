import { formatKroner } from '../../domain/money.js';
import type { Message } from '../../errors.js';
import type { PageContext } from '../page-context.js';

/** One bar per year: which figure, its CSS class (colour and pattern) and its name. */
export interface BarMeasure<K extends string> {
  key: K;
  cls: string;
  label: Message;
}

const BAR = 16;
const GAP = 4;
const YEAR_GAP = 18;
const LEFT = 64;
const BAR_MAX = 380;
const WIDTH = 720;

/**
 * A server-rendered horizontal bar chart of amounts per year (the ledger's lines, the portfolio).
 * Accessible: role="img" named by its <title> and described by <desc> (which states every figure),
 * every bar carries its measure's name and amount as text (no meaning by colour alone), and the same
 * figures stand in the table beside it. Colours and patterns come from CSS classes.
 */
export function YearBarChart<K extends string>(props: {
  ctx: PageContext;
  id: string;
  title: string;
  years: readonly ({ year: number } & Record<K, number>)[];
  measures: readonly BarMeasure<K>[];
}) {
  const { ctx, id, title, years, measures } = props;
  const { t } = ctx;
  const max = Math.max(1, ...years.flatMap((y) => measures.map((m) => Math.max(0, y[m.key]))));
  const groupHeight = measures.length * (BAR + GAP) + YEAR_GAP;
  const height = Math.max(40, years.length * groupHeight + 8);
  const desc = years.map((y) => `${y.year}: ${measures.map((m) => `${t(m.label).toLowerCase()} ${formatKroner(y[m.key], ctx.locale)}`).join(', ')}`).join('; ');
  return (
    <figure class="ledger-chart">
      <svg
        xmlns="http://www.w3.org/2000/svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        width={WIDTH}
        height={height}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        focusable="false"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        {years.map((y, yi) => {
          const top = yi * groupHeight + 4;
          return (
            <g>
              <text x={0} y={top + (measures.length * (BAR + GAP)) / 2 + 4} class="ledger-chart__year">
                {String(y.year)}
              </text>
              {measures.map((m, mi) => {
                const value = y[m.key];
                const w = Math.max(1, Math.round((Math.max(0, value) / max) * BAR_MAX));
                const barTop = top + mi * (BAR + GAP);
                return (
                  <g>
                    <rect x={LEFT} y={barTop} width={w} height={BAR} class={`ledger-bar ${m.cls}`} />
                    <text x={LEFT + w + 6} y={barTop + BAR - 4} class="ledger-chart__label">
                      {`${t(m.label)}: ${formatKroner(value, ctx.locale)}`}
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
