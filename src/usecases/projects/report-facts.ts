import { desc, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { applications } from '../../db/schema/applications.js';
import { followUpReportVersions, followUpReports, projects } from '../../db/schema/projects.js';
import { readContent } from '../../domain/application-content.js';
import { spentOf, type ReportContent } from '../../domain/follow-up-content.js';
import { awaitsProject, reportStatus } from '../../domain/follow-up.js';

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

/**
 * What the follow-up reports say about each project, for the project page, the portfolio and the
 * evaluation: per result goal the measured values of the submitted and accepted reports in due-date
 * order, overdue reports, the next due date, and the gains and spending of the latest accepted
 * report. One query per table, never one per project.
 */
export async function reportFactsFor(db: Db, applicationIds: readonly string[], today: string): Promise<Map<string, ReportFacts>> {
  const ids = [...new Set(applicationIds)];
  const out = new Map<string, ReportFacts>();
  if (ids.length === 0) return out;
  const apps = await db.select({ id: applications.id, content: applications.content }).from(applications).where(inArray(applications.id, ids));
  const started = await db.select({ id: projects.applicationId, startedOn: projects.startedOn }).from(projects).where(inArray(projects.applicationId, ids));
  const reports = await db
    .select({
      id: followUpReports.id,
      applicationId: followUpReports.applicationId,
      dueOn: followUpReports.dueOn,
      status: followUpReports.status,
      currentVersion: followUpReports.currentVersion,
    })
    .from(followUpReports)
    .where(inArray(followUpReports.applicationId, ids))
    .orderBy(followUpReports.dueOn);
  const counted = reports.filter((r) => r.status === 'submitted' || r.status === 'accepted');
  const versions =
    counted.length === 0
      ? []
      : await db
          .select({ reportId: followUpReportVersions.reportId, number: followUpReportVersions.number, content: followUpReportVersions.content })
          .from(followUpReportVersions)
          .where(
            inArray(
              followUpReportVersions.reportId,
              counted.map((r) => r.id),
            ),
          )
          .orderBy(desc(followUpReportVersions.number));
  const latest = new Map<string, ReportContent>();
  for (const v of versions) if (!latest.has(v.reportId)) latest.set(v.reportId, v.content);
  const startedOn = new Map(started.map((s) => [s.id, s.startedOn]));

  for (const app of apps) {
    const mine = reports.filter((r) => r.applicationId === app.id);
    const goals: GoalSeries[] = (readContent(app.content).resultGoals ?? []).map((g, goalIndex) => ({
      goalIndex,
      indicator: g.indicator,
      baseline: g.baseline,
      target: g.target,
      values: [],
    }));
    let lastAccepted: ReportContent | null = null;
    for (const r of mine) {
      const content = latest.get(r.id);
      if (!content) continue;
      if (r.status === 'accepted') lastAccepted = content;
      for (const m of content.goals) {
        const series = goals[m.goalIndex];
        if (!series || m.value === '') continue;
        series.values.push({
          reportId: r.id,
          dueDate: r.dueOn,
          measuredOn: m.measuredOn || null,
          value: m.value,
          onTrack: m.onTrack === '' ? null : m.onTrack === 'yes',
        });
      }
    }
    const lastOnTrack = goals.map((g) => g.values.at(-1)?.onTrack ?? null);
    const waiting = mine.filter((r) => awaitsProject(r.status));
    out.set(app.id, {
      startedOn: startedOn.get(app.id) ?? null,
      overdueCount: mine.filter((r) => reportStatus(r.status, r.dueOn, today) === 'overdue').length,
      nextDueDate: waiting[0]?.dueOn ?? null,
      goalsOnTrack: lastOnTrack.filter((x) => x === true).length,
      goalsOffTrack: lastOnTrack.filter((x) => x === false).length,
      goals,
      hoursFreedPerYear: lastAccepted?.hoursFreedPerYear ?? null,
      kronerSavedPerYearOere: lastAccepted?.kronerSavedPerYearOere ?? null,
      spentToDateOere: lastAccepted ? spentOf(lastAccepted) : null,
    });
  }
  return out;
}
