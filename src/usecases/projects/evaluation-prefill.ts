import type { ApplicationContent } from '../../domain/application-content.js';
import type { BusinessCaseInput } from '../../domain/business-case.js';
import { completeBusinessCase, type GoalEvaluation } from '../../domain/evaluation.js';
import type { ReportFacts } from './report-facts.js';

/**
 * What the evaluation form starts from when nothing is recorded yet: per result goal the baseline
 * as "before", the first report's value as "mid" and the latest as "after" (when the follow-up
 * reports give them), and the expected business case with the gains the latest accepted report states.
 */
export function evaluationPrefill(
  content: ApplicationContent,
  facts: ReportFacts | undefined,
): { goals: GoalEvaluation[]; actualBusinessCase: BusinessCaseInput | null } {
  const goals = (content.resultGoals ?? []).map((g, goalIndex): GoalEvaluation => {
    const series = facts?.goals.find((s) => s.goalIndex === goalIndex);
    const values = series?.values ?? [];
    const first = values[0];
    const last = values.length > 1 ? values[values.length - 1] : undefined;
    return {
      goalIndex,
      indicator: g.indicator,
      target: g.target,
      before: g.baseline,
      mid: first?.value ?? '',
      after: last?.value ?? '',
      met: last?.onTrack ?? null,
      comment: '',
    };
  });
  const expected = completeBusinessCase(content.businessCase);
  const actualBusinessCase = expected
    ? {
        ...expected,
        ...(facts?.hoursFreedPerYear != null ? { hoursFreedPerYear: facts.hoursFreedPerYear } : {}),
        ...(facts?.kronerSavedPerYearOere != null ? { kronerSavedPerYearOere: facts.kronerSavedPerYearOere } : {}),
      }
    : null;
  return { goals, actualBusinessCase };
}
