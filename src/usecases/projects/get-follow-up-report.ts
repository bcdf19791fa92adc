import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/accounts.js';
import { followUpReportAttachments, followUpReportVersions, projectMilestones } from '../../db/schema/projects.js';
import { readContent, type CostType } from '../../domain/application-content.js';
import { todayInCopenhagen } from '../../domain/dates.js';
import { readReportContent, type ReportContent } from '../../domain/follow-up-content.js';
import { awaitsProject, reportStatus, type ReportKind, type ReportStatus } from '../../domain/follow-up.js';
import { notFound } from '../../errors.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { loadReportFor } from './load-project.js';
import { payoutsByYear } from './payouts-by-year.js';

export const getFollowUpReportSchema = z.object({
  applicationId: z.string(),
  reportId: z.string(),
  /** A submitted version to show instead of the working copy. */
  version: z.coerce.number().int().min(1).optional(),
});

export interface FollowUpReportView {
  project: { id: string; title: string; caseNumber: string };
  report: {
    id: string;
    kind: ReportKind;
    title: string;
    monthsAfterStart: number | null;
    dueOn: string;
    status: ReportStatus;
    currentVersion: number;
    skipReason: string;
    reviewComment: string;
    submittedAt: string | null;
    reviewedAt: string | null;
    draftSavedAt: string | null;
  };
  /** The version asked for, else the working copy (draft), else a copy prefilled from the project. */
  content: ReportContent;
  shownVersion: number | null;
  goals: { indicator: string; baseline: string; target: string; method: string; deadline: string }[];
  expected: { hoursFreedPerYear: number | null; kronerSavedPerYearOere: number | null };
  /** The application's budget per year and cost type (what was planned). */
  budget: { year: number; costType: CostType; amountOere: number }[];
  /** The ledger's payouts per year beside the reported spending; null when the actor may not see the money. */
  payouts: { year: number; paidOere: number }[] | null;
  versions: { number: number; submittedAt: string; submittedByName: string }[];
  attachments: { id: string; fileName: string; sizeBytes: number; createdAt: string }[];
  can: { write: boolean; review: boolean; reschedule: boolean };
}

/** One follow-up report with what is needed to write, read or review it. */
export async function getFollowUpReport(db: Db, actor: Actor, input: unknown, opts: { today?: string } = {}): Promise<FollowUpReportView> {
  const data = parseInput(getFollowUpReportSchema, input);
  const { application, report, may } = await loadReportFor(db, actor, data.applicationId, data.reportId);
  const appContent = readContent(application.content);
  const versions = await db
    .select({
      number: followUpReportVersions.number,
      submittedAt: followUpReportVersions.submittedAt,
      submittedByName: users.name,
      content: followUpReportVersions.content,
    })
    .from(followUpReportVersions)
    .innerJoin(users, eq(users.id, followUpReportVersions.submittedByUserId))
    .where(eq(followUpReportVersions.reportId, report.id))
    .orderBy(desc(followUpReportVersions.number));
  let content: ReportContent;
  let shownVersion: number | null = null;
  if (data.version !== undefined) {
    const v = versions.find((x) => x.number === data.version);
    if (!v) throw notFound();
    content = readReportContent(v.content);
    shownVersion = v.number;
  } else if (report.draft) {
    content = readReportContent(report.draft);
  } else if (versions[0]) {
    content = readReportContent(versions[0].content);
  } else {
    const milestones = await db
      .select({ title: projectMilestones.title, plannedOn: projectMilestones.plannedOn, actualOn: projectMilestones.actualOn, note: projectMilestones.note })
      .from(projectMilestones)
      .where(eq(projectMilestones.applicationId, application.id))
      .orderBy(asc(projectMilestones.sortOrder));
    content = readReportContent({
      goals: (appContent.resultGoals ?? []).map((g, goalIndex) => ({ goalIndex, method: g.method })),
      milestones: milestones.map((m) => ({ title: m.title, plannedOn: m.plannedOn ?? '', actualOn: m.actualOn ?? '', comment: m.note })),
    });
  }
  const attachments = await db
    .select({
      id: followUpReportAttachments.id,
      fileName: followUpReportAttachments.fileName,
      sizeBytes: followUpReportAttachments.sizeBytes,
      createdAt: followUpReportAttachments.createdAt,
    })
    .from(followUpReportAttachments)
    .where(and(eq(followUpReportAttachments.reportId, report.id), isNull(followUpReportAttachments.removedAt)))
    .orderBy(asc(followUpReportAttachments.createdAt));
  const editable = awaitsProject(report.status);
  return {
    project: { id: application.id, title: application.title, caseNumber: application.caseNumber },
    report: {
      id: report.id,
      kind: report.kind,
      title: report.title,
      monthsAfterStart: report.monthsAfterStart,
      dueOn: report.dueOn,
      status: reportStatus(report.status, report.dueOn, opts.today ?? todayInCopenhagen()),
      currentVersion: report.currentVersion,
      skipReason: report.skipReason,
      reviewComment: report.reviewComment,
      submittedAt: report.submittedAt?.toISOString() ?? null,
      reviewedAt: report.reviewedAt?.toISOString() ?? null,
      draftSavedAt: report.draftSavedAt?.toISOString() ?? null,
    },
    content,
    shownVersion,
    goals: (appContent.resultGoals ?? []).map((g) => ({
      indicator: g.indicator,
      baseline: g.baseline,
      target: g.target,
      method: g.method,
      deadline: g.deadline,
    })),
    expected: {
      hoursFreedPerYear: appContent.businessCase?.hoursFreedPerYear ?? null,
      kronerSavedPerYearOere: appContent.businessCase?.kronerSavedPerYearOere ?? null,
    },
    budget: (appContent.budget ?? []).map((b) => ({ year: b.year, costType: b.costType, amountOere: b.amountOere })),
    payouts: await payoutsByYear(db, actor, application.id),
    versions: versions.map((v) => ({ number: v.number, submittedAt: v.submittedAt.toISOString(), submittedByName: v.submittedByName })),
    attachments: attachments.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
    can: { write: may.write && editable, review: may.review && report.status === 'submitted', reschedule: may.review && editable },
  };
}
