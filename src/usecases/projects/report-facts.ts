import type { Db } from '../../db/client.js';

/**
 * STUB until helper P1's follow-up reports are merged: the lead replaces this file with P1's
 * implementation (same signature). Returns no facts, so evaluations are entered by hand.
 */
export interface GoalSeries {
  goalIndex: number;
  indicator: string;
  baseline: string;
  target: string;
  values: { reportId: string; dueDate: string; measuredOn: string | null; value: string; onTrack: boolean | null }[];
}
export interface ReportFacts {
  startedOn: string | null;
  overdueCount: number;
  nextDueDate: string | null;
  goalsOnTrack: number;
  goalsOffTrack: number;
  goals: GoalSeries[];
  /** Gains realised and spending reported in the latest accepted report (øre / hours). */
  hoursFreedPerYear: number | null;
  kronerSavedPerYearOere: number | null;
  spentToDateOere: number | null;
}
export async function reportFactsFor(_db: Db, _applicationIds: readonly string[], _today: string): Promise<Map<string, ReportFacts>> {
  return new Map();
}
