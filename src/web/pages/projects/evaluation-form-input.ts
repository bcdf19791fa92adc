import { EVALUATION_DIMENSIONS } from '../../../domain/evaluation.js';
import { rowsOf, type FormFields } from '../../form-kit/index.js';
import { decimalOf } from './outcome-kit.js';

/** The evaluation form's fields → recordEvaluation's input (kroner → øre, "3,5" % → 0.035, ja/nej → boolean). */
export function evaluationInputOf(applicationId: string, f: FormFields): Record<string, unknown> {
  const bc = (k: string) => `actualBusinessCase[${k}]`;
  const rate = decimalOf(f.raw(bc('discountRate')));
  const chosen = f.raw('scaleUpDepartmentIds');
  return {
    applicationId,
    dimensions: Object.fromEntries(
      EVALUATION_DIMENSIONS.map((d) => [d, { score: f.int(`dimensions[${d}][score]`), argument: f.text(`dimensions[${d}][argument]`) }]),
    ),
    goals: rowsOf(f.raw('goals')).map((_, i) => {
      const met = f.text(`goals[${i}][met]`);
      return {
        goalIndex: f.int(`goals[${i}][goalIndex]`) ?? i,
        indicator: f.text(`goals[${i}][indicator]`),
        target: f.text(`goals[${i}][target]`),
        before: f.text(`goals[${i}][before]`),
        mid: f.text(`goals[${i}][mid]`),
        after: f.text(`goals[${i}][after]`),
        met: met === 'ja' ? true : met === 'nej' ? false : null,
        comment: f.text(`goals[${i}][comment]`),
      };
    }),
    actualBusinessCase: {
      investmentOere: f.kroner(bc('investmentOere')),
      yearlyRunningCostOere: f.kroner(bc('yearlyRunningCostOere')),
      hoursFreedPerYear: decimalOf(f.raw(bc('hoursFreedPerYear'))),
      hourlyRateOere: f.kroner(bc('hourlyRateOere')),
      kronerSavedPerYearOere: f.kroner(bc('kronerSavedPerYearOere')) ?? 0,
      horizonYears: f.int(bc('horizonYears')),
      discountRate: rate === undefined ? undefined : rate / 100,
    },
    recommendation: f.text('recommendation') || undefined,
    scaleUpDepartmentIds: (Array.isArray(chosen) ? chosen : chosen ? [chosen] : []).filter((x): x is string => typeof x === 'string' && x !== ''),
    scaleUpNote: f.text('scaleUpNote'),
    recommendationReason: f.text('recommendationReason'),
    summary: f.text('summary'),
  };
}
