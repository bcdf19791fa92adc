import type { BusinessCaseResult } from '../../../domain/business-case.js';
import {
  EVALUATION_DIMENSIONS,
  dimensionLabels,
  recommendationLabels,
  scaleDescription,
  scoreLabels,
  type BusinessCaseComparison,
} from '../../../domain/evaluation.js';
import { formatKroner } from '../../../domain/money.js';
import { formatDate } from '../../../domain/dates.js';
import { Table } from '../../components/index.js';
import type { PageContext } from '../../page-context.js';
import type { EvaluationView } from '../../../usecases/projects/get-evaluation.js';

const payback = (ctx: PageContext, r: BusinessCaseResult | null | undefined) =>
  !r
    ? '–'
    : r.paybackYear === null
      ? ctx.t({ da: 'Ikke inden for horisonten', en: 'Not within the horizon' })
      : ctx.t({ da: `År ${r.paybackYear}`, en: `Year ${r.paybackYear}` });
const kr = (ctx: PageContext, v: number | null | undefined) => (v === null || v === undefined ? '–' : formatKroner(v, ctx.locale));

/** The expected business case (from the application) beside the one with the actual figures. */
export function BusinessCaseComparisonTable({ ctx, comparison }: { ctx: PageContext; comparison: BusinessCaseComparison }) {
  const { t } = ctx;
  const { expected, actual } = comparison;
  return (
    <Table
      caption={t({ da: 'Business case: forventet og faktisk', en: 'Business case: expected and actual' })}
      columns={[
        { label: t({ da: 'Nøgletal', en: 'Figure' }), rowHeader: true },
        { label: t({ da: 'Forventet', en: 'Expected' }), numeric: true },
        { label: t({ da: 'Faktisk', en: 'Actual' }), numeric: true },
      ]}
      rows={[
        [t({ da: 'Nettonutidsværdi', en: 'Net present value' }), kr(ctx, expected?.npvOere), kr(ctx, actual?.npvOere)],
        [t({ da: 'Tilbagebetalingsår', en: 'Payback year' }), payback(ctx, expected), payback(ctx, actual)],
        [t({ da: 'Nettogevinst pr. år', en: 'Net gain per year' }), kr(ctx, expected?.yearly[0]?.netOere), kr(ctx, actual?.yearly[0]?.netOere)],
        [
          t({ da: 'Samlet gevinst (ikke tilbagediskonteret)', en: 'Total gain (not discounted)' }),
          kr(ctx, expected?.totalGainOere),
          kr(ctx, actual?.totalGainOere),
        ],
        [t({ da: 'Forskel i nettonutidsværdi', en: 'Difference in NPV' }), '', kr(ctx, comparison.npvDifferenceOere)],
      ]}
    />
  );
}

/** A recorded evaluation: scores and arguments, goals before/mid/after, the business cases and the recommendation. */
export function EvaluationSummary({ ctx, view }: { ctx: PageContext; view: EvaluationView }) {
  const { t } = ctx;
  const e = view.evaluation;
  if (!e) return <p>{t({ da: 'Projektet er ikke evalueret endnu.', en: 'The project has not been evaluated yet.' })}</p>;
  const deptName = new Map(view.departments.map((d) => [d.id, d.name]));
  return (
    <>
      <p>
        {t({ da: 'Registreret af', en: 'Recorded by' })} {e.recordedByName}, {formatDate(e.updatedAt, ctx.locale)}. {t(scaleDescription)}
      </p>
      {e.summary ? <p>{e.summary}</p> : null}
      <Table
        caption={t({ da: 'Dimensioner', en: 'Dimensions' })}
        columns={[
          { label: t({ da: 'Dimension', en: 'Dimension' }), rowHeader: true },
          { label: t({ da: 'Score', en: 'Score' }) },
          { label: t({ da: 'Begrundelse', en: 'Reasoning' }) },
        ]}
        rows={EVALUATION_DIMENSIONS.map((d) => [
          t(dimensionLabels[d].label),
          t(scoreLabels[e.dimensions[d].score] ?? { da: String(e.dimensions[d].score), en: String(e.dimensions[d].score) }),
          e.dimensions[d].argument,
        ])}
      />
      <Table
        caption={t({ da: 'Resultatmål: før, midt og efter', en: 'Result goals: before, mid and after' })}
        columns={[
          { label: t({ da: 'Indikator', en: 'Indicator' }), rowHeader: true },
          { label: t({ da: 'Mål', en: 'Target' }) },
          { label: t({ da: 'Før', en: 'Before' }) },
          { label: t({ da: 'Midt', en: 'Mid' }) },
          { label: t({ da: 'Efter', en: 'After' }) },
          { label: t({ da: 'Nået', en: 'Met' }) },
          { label: t({ da: 'Kommentar', en: 'Comment' }) },
        ]}
        rows={e.goals.map((g) => [
          g.indicator,
          g.target,
          g.before,
          g.mid,
          g.after,
          g.met === null ? t({ da: 'Kan ikke vurderes', en: 'Cannot say' }) : g.met ? t({ da: 'Ja', en: 'Yes' }) : t({ da: 'Nej', en: 'No' }),
          g.comment,
        ])}
      />
      <BusinessCaseComparisonTable ctx={ctx} comparison={view.comparison} />
      <h3>{t({ da: 'Anbefaling', en: 'Recommendation' })}</h3>
      <p>
        <strong>{t(recommendationLabels[e.recommendation])}</strong>
        {e.recommendation === 'scale_up' && e.scaleUpDepartmentIds.length > 0
          ? ` – ${t({ da: 'til', en: 'to' })} ${e.scaleUpDepartmentIds.map((id) => deptName.get(id) ?? id).join(', ')}`
          : ''}
        {e.scaleUpNote ? ` (${e.scaleUpNote})` : ''}
      </p>
      <p>{e.recommendationReason}</p>
    </>
  );
}
