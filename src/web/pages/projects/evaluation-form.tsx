import {
  EVALUATION_DIMENSIONS,
  RECOMMENDATIONS,
  SCORE_MAX,
  SCORE_MIN,
  dimensionLabels,
  recommendationLabels,
  scaleDescription,
  scoreLabels,
  type GoalEvaluation,
} from '../../../domain/evaluation.js';
import type { BusinessCaseInput } from '../../../domain/business-case.js';
import { Checkboxes, Fieldset, Radios, Select, TextArea, TextInput } from '../../components/index.js';
import { PostForm, valueAt } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import type { EvaluationView } from '../../../usecases/projects/get-evaluation.js';
import { kronerValue } from './outcome-kit.js';

/** Form values from a recorded evaluation, or the prefill (goals from the reports, the expected business case). */
export function evaluationValues(view: EvaluationView): Record<string, unknown> {
  const e = view.evaluation;
  const goals: GoalEvaluation[] = e?.goals ?? view.prefill.goals;
  const bc: BusinessCaseInput | null = e?.actualBusinessCase ?? view.prefill.actualBusinessCase;
  const met = (m: boolean | null) => (m === null ? '' : m ? 'ja' : 'nej');
  return {
    dimensions: Object.fromEntries(
      EVALUATION_DIMENSIONS.map((d) => [d, { score: e ? String(e.dimensions[d].score) : '', argument: e?.dimensions[d].argument ?? '' }]),
    ),
    goals: goals.map((g) => ({ ...g, goalIndex: String(g.goalIndex), met: met(g.met) })),
    actualBusinessCase: {
      investmentOere: kronerValue(bc?.investmentOere),
      yearlyRunningCostOere: kronerValue(bc?.yearlyRunningCostOere),
      hoursFreedPerYear: bc ? String(bc.hoursFreedPerYear).replace('.', ',') : '',
      hourlyRateOere: kronerValue(bc?.hourlyRateOere),
      kronerSavedPerYearOere: kronerValue(bc?.kronerSavedPerYearOere),
      horizonYears: bc?.horizonYears !== undefined ? String(bc.horizonYears) : '5',
      discountRate: String(((bc?.discountRate ?? 0.035) * 100).toFixed(1)).replace('.', ','),
    },
    recommendation: e?.recommendation ?? '',
    scaleUpDepartmentIds: e?.scaleUpDepartmentIds ?? [],
    scaleUpNote: e?.scaleUpNote ?? '',
    recommendationReason: e?.recommendationReason ?? '',
    summary: e?.summary ?? '',
  };
}

const bcFields = [
  { key: 'investmentOere', label: { da: 'Investering (engangsbeløb)', en: 'Investment (one-off)' }, suffix: 'kr.' },
  { key: 'yearlyRunningCostOere', label: { da: 'Driftsudgifter pr. år', en: 'Running costs per year' }, suffix: 'kr.' },
  { key: 'hoursFreedPerYear', label: { da: 'Frigjorte timer pr. år', en: 'Hours freed per year' }, suffix: 'timer' },
  { key: 'hourlyRateOere', label: { da: 'Timepris', en: 'Hourly rate' }, suffix: 'kr.' },
  { key: 'kronerSavedPerYearOere', label: { da: 'Besparelse pr. år', en: 'Savings per year' }, suffix: 'kr.' },
  { key: 'horizonYears', label: { da: 'Tidshorisont', en: 'Horizon' }, suffix: 'år' },
  { key: 'discountRate', label: { da: 'Diskonteringsrente', en: 'Discount rate' }, suffix: '%' },
] as const;

/** The evaluation form: six dimensions on the stated scale, goals before/mid/after, the actual business case, the recommendation. */
export function EvaluationForm({
  ctx,
  view,
  values,
  errors,
}: {
  ctx: PageContext;
  view: EvaluationView;
  values: Record<string, unknown>;
  errors: Record<string, string>;
}) {
  const { t } = ctx;
  const v = (name: string) => valueAt(values, name);
  const goals = Array.isArray(values.goals) ? values.goals : [];
  const chosen = new Set(Array.isArray(values.scaleUpDepartmentIds) ? values.scaleUpDepartmentIds.map(String) : [str(values.scaleUpDepartmentIds)]);
  return (
    <PostForm
      ctx={ctx}
      action={paths.projects.evaluation({ applicationId: view.project.id })}
      errors={errors}
      submit={t({ da: 'Gem evalueringen', en: 'Save the evaluation' })}
    >
      <h2>{t({ da: 'Dimensioner', en: 'Dimensions' })}</h2>
      <p>{t(scaleDescription)}</p>
      {EVALUATION_DIMENSIONS.map((d) => (
        <Fieldset legend={t(dimensionLabels[d].label)} legendClass="form-label h3">
          <p class="form-hint">{t(dimensionLabels[d].hint)}</p>
          <Select
            name={`dimensions[${d}][score]`}
            label={t({ da: `Score (${SCORE_MIN}–${SCORE_MAX})`, en: `Score (${SCORE_MIN}–${SCORE_MAX})` })}
            value={v(`dimensions[${d}][score]`)}
            error={errors[`dimensions[${d}][score]`] ?? errors[`dimensions[${d}]`]}
            options={[{ value: '', label: t({ da: 'Vælg', en: 'Choose' }) }, ...Object.entries(scoreLabels).map(([k, l]) => ({ value: k, label: t(l) }))]}
          />
          <TextArea
            name={`dimensions[${d}][argument]`}
            label={t({ da: 'Begrundelse', en: 'Reasoning' })}
            rows={3}
            value={v(`dimensions[${d}][argument]`)}
            error={errors[`dimensions[${d}][argument]`]}
          />
        </Fieldset>
      ))}
      <h2>{t({ da: 'Resultatmål', en: 'Result goals' })}</h2>
      {goals.length === 0 ? <p>{t({ da: 'Ansøgningen har ingen resultatmål.', en: 'The application has no result goals.' })}</p> : null}
      {goals.map((_, i) => (
        <Fieldset legend={`${t({ da: 'Mål', en: 'Goal' })} ${i + 1}: ${v(`goals[${i}][indicator]`)}`} legendClass="form-label h3">
          <input type="hidden" name={`goals[${i}][goalIndex]`} value={v(`goals[${i}][goalIndex]`)} />
          <input type="hidden" name={`goals[${i}][indicator]`} value={v(`goals[${i}][indicator]`)} />
          <input type="hidden" name={`goals[${i}][target]`} value={v(`goals[${i}][target]`)} />
          <p class="form-hint">
            {t({ da: 'Målet', en: 'Target' })}: {v(`goals[${i}][target]`) || '–'}
          </p>
          {(['before', 'mid', 'after'] as const).map((k) => (
            <TextInput
              name={`goals[${i}][${k}]`}
              label={t(
                {
                  before: { da: 'Før', en: 'Before' },
                  mid: { da: 'Midt i forløbet', en: 'Mid-way' },
                  after: { da: 'Efter (ved evalueringen)', en: 'After (at evaluation)' },
                }[k],
              )}
              value={v(`goals[${i}][${k}]`)}
              error={errors[`goals[${i}][${k}]`]}
              width="m"
            />
          ))}
          <Radios
            name={`goals[${i}][met]`}
            legend={t({ da: 'Er målet nået?', en: 'Was the goal met?' })}
            items={[
              { value: 'ja', label: t({ da: 'Ja', en: 'Yes' }), checked: v(`goals[${i}][met]`) === 'ja' },
              { value: 'nej', label: t({ da: 'Nej', en: 'No' }), checked: v(`goals[${i}][met]`) === 'nej' },
              { value: '', label: t({ da: 'Kan ikke vurderes', en: 'Cannot say' }), checked: v(`goals[${i}][met]`) === '' },
            ]}
          />
          <TextInput
            name={`goals[${i}][comment]`}
            label={t({ da: 'Kommentar', en: 'Comment' })}
            optional
            value={v(`goals[${i}][comment]`)}
            error={errors[`goals[${i}][comment]`]}
          />
        </Fieldset>
      ))}
      <h2>{t({ da: 'Business case med de faktiske tal', en: 'Business case with the actual figures' })}</h2>
      <p>
        {t({
          da: 'Udfyldt med den forventede business case; ret til de faktiske tal.',
          en: 'Filled in with the expected business case; change to the actual figures.',
        })}
      </p>
      {bcFields.map((f) => (
        <TextInput
          name={`actualBusinessCase[${f.key}]`}
          label={t(f.label)}
          suffix={f.suffix}
          inputmode="decimal"
          width="s"
          value={v(`actualBusinessCase[${f.key}]`)}
          error={errors[`actualBusinessCase[${f.key}]`]}
        />
      ))}
      <h2>{t({ da: 'Anbefaling', en: 'Recommendation' })}</h2>
      <Radios
        name="recommendation"
        legend={t({ da: 'Hvad anbefales?', en: 'What is recommended?' })}
        error={errors.recommendation}
        items={RECOMMENDATIONS.map((r) => ({ value: r, label: t(recommendationLabels[r]), checked: v('recommendation') === r }))}
      />
      <Checkboxes
        name="scaleUpDepartmentIds"
        legend={t({ da: 'Ved opskalering: til hvilke enheder?', en: 'If scaling up: to which units?' })}
        error={errors.scaleUpDepartmentIds}
        items={view.departments.map((d) => ({ value: d.id, label: d.name, checked: chosen.has(d.id) }))}
      />
      <TextInput
        name="scaleUpNote"
        label={t({ da: 'Andre enheder eller kommuner', en: 'Other units or municipalities' })}
        optional
        value={v('scaleUpNote')}
        error={errors.scaleUpNote}
      />
      <TextArea
        name="recommendationReason"
        label={t({ da: 'Begrundelse for anbefalingen', en: 'Reasoning for the recommendation' })}
        rows={4}
        value={v('recommendationReason')}
        error={errors.recommendationReason}
      />
      <TextArea name="summary" label={t({ da: 'Sammenfatning', en: 'Summary' })} optional rows={4} value={v('summary')} error={errors.summary} />
    </PostForm>
  );
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
