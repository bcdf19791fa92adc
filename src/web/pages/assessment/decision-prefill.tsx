import { formatKroner, oereToKronerInput } from '../../../domain/money.js';
import type { DecisionContext } from '../../../usecases/assessment/decision-context.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { backTo } from '../../back-link.js';
import { recommendationLabel } from './labels.js';

/** Form values from the recommendation (amount in kroner, one row per pool year). */
export function prefill(d: DecisionContext, extra: Record<string, string>): Record<string, unknown> {
  const r = d.recommendation;
  const years: number[] = [];
  for (let y = d.pool.periodStartYear; y <= d.pool.periodEndYear; y++) years.push(y);
  return {
    ...extra,
    amountOere: r && r.amountOere > 0 ? oereToKronerInput(r.amountOere) : '',
    budgetLineId: r?.budgetLineId ?? d.application.budgetLineId ?? '',
    conditions: r?.conditions ?? '',
    split: years.map((y) => {
      const s = r?.split.find((x) => x.year === y);
      return { year: String(y), amount: s ? oereToKronerInput(s.amountOere) : '' };
    }),
  };
}

/** Above a decision form: the application, the recommendation and the score. */
export function DecisionIntro({ ctx, d }: { ctx: PageContext; d: DecisionContext }) {
  const { t } = ctx;
  const r = d.recommendation;
  return (
    <>
      <p>
        {d.application.caseNumber} · {t({ da: 'Ansøgt: ', en: 'Applied: ' })}
        {formatKroner(d.application.amountAppliedOere, ctx.locale)} ·{' '}
        <a href={paths.applications.show({ applicationId: d.application.id }, backTo(ctx.path))}>{t({ da: 'Læs ansøgningen', en: 'Read the application' })}</a>
      </p>
      {r ? (
        <p>
          <strong>{t({ da: 'Indstilling: ', en: 'Recommendation: ' })}</strong>
          {t(recommendationLabel[r.kind])}
          {r.kind !== 'not_recommend' ? ` – ${formatKroner(r.amountOere, ctx.locale)}` : ''}
          {r.justification ? ` – ${r.justification}` : ''}
        </p>
      ) : null}
      {d.score ? (
        <p>
          {t({ da: 'Point: ', en: 'Score: ' })}
          {d.score.summary.total === null ? '–' : (Math.round(d.score.summary.total * 10) / 10).toString().replace('.', ctx.locale === 'da' ? ',' : '.')} / 100
        </p>
      ) : null}
    </>
  );
}
