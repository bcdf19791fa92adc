import { z } from 'zod';
import { APPLICATION_STATES } from '../../../domain/application-workflow.js';
import { reportContentSchema } from '../../../domain/follow-up-content.js';
import { REPORT_KINDS, REPORT_STATUSES } from '../../../domain/follow-up.js';

/** What the projects API answers (documented in the OpenAPI document). Money in øre, dates `YYYY-MM-DD`. */
const date = z.string().describe('YYYY-MM-DD');
const status = z.enum(REPORT_STATUSES);

export const reportSummarySchema = z.object({
  id: z.string(),
  kind: z.enum(REPORT_KINDS),
  monthsAfterStart: z.number().nullable(),
  title: z.string(),
  dueOn: date,
  status,
  currentVersion: z.number(),
  skipReason: z.string(),
});

export const goalSeriesSchema = z.object({
  goalIndex: z.number(),
  indicator: z.string(),
  baseline: z.string(),
  target: z.string(),
  values: z.array(z.object({ reportId: z.string(), dueDate: date, measuredOn: date.nullable(), value: z.string(), onTrack: z.boolean().nullable() })),
});

export const projectViewSchema = z.object({
  application: z.object({
    id: z.string(),
    title: z.string(),
    caseNumber: z.string(),
    state: z.enum(APPLICATION_STATES),
    poolId: z.string(),
    poolName: z.string(),
    leadName: z.string(),
    leadDepartmentName: z.string().nullable(),
  }),
  startedOn: date.nullable(),
  plannedEndOn: date.nullable(),
  phase: z.object({ index: z.number(), key: z.string(), label: z.string(), of: z.array(z.object({ key: z.string(), label: z.string() })) }).nullable(),
  decision: z
    .object({
      route: z.enum(['meeting', 'direct']),
      amountOere: z.number(),
      split: z.array(z.object({ year: z.number(), amountOere: z.number() })),
      budgetLineName: z.string().nullable(),
      conditions: z.string(),
      reason: z.string(),
      decidedAt: z.string(),
      meeting: z.object({ id: z.string(), bodyName: z.string(), startsAt: z.string() }).nullable(),
    })
    .nullable(),
  money: z.object({ committedOere: z.number(), paidOere: z.number(), returnedOere: z.number(), leftOere: z.number() }).nullable(),
  nextReport: reportSummarySchema.nullable(),
  reports: z.array(reportSummarySchema),
  milestones: z.array(z.object({ id: z.string(), title: z.string(), plannedOn: date.nullable(), actualOn: date.nullable(), note: z.string() })),
  goals: z.array(goalSeriesSchema),
  consultants: z.array(z.object({ userId: z.string(), name: z.string(), email: z.string() })),
  history: z.array(z.object({ at: z.string(), action: z.string(), actorName: z.string().nullable(), after: z.unknown() })),
  can: z.object({ start: z.boolean(), manage: z.boolean(), recordMilestone: z.boolean(), writeReport: z.boolean(), reviewReports: z.boolean() }),
});

export const projectListSchema = z.object({
  projects: z.array(
    z.object({
      applicationId: z.string(),
      title: z.string(),
      caseNumber: z.string(),
      state: z.enum(APPLICATION_STATES),
      poolId: z.string(),
      poolName: z.string(),
      startedOn: date.nullable(),
      nextDueDate: date.nullable(),
      overdueCount: z.number(),
    }),
  ),
  /** Keyset paging (pool name, case number): pass as `after` for the next page; null on the last. */
  nextCursor: z.string().nullable(),
});

export const reportViewSchema = z.object({
  project: z.object({ id: z.string(), title: z.string(), caseNumber: z.string() }),
  report: reportSummarySchema.omit({ skipReason: true }).extend({
    skipReason: z.string(),
    reviewComment: z.string(),
    submittedAt: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    draftSavedAt: z.string().nullable(),
  }),
  content: reportContentSchema,
  shownVersion: z.number().nullable(),
  goals: z.array(z.object({ indicator: z.string(), baseline: z.string(), target: z.string(), method: z.string(), deadline: z.string() })),
  expected: z.object({ hoursFreedPerYear: z.number().nullable(), kronerSavedPerYearOere: z.number().nullable() }),
  budget: z.array(z.object({ year: z.number(), costType: z.string(), amountOere: z.number() })),
  payouts: z.array(z.object({ year: z.number(), paidOere: z.number() })).nullable(),
  versions: z.array(z.object({ number: z.number(), submittedAt: z.string(), submittedByName: z.string() })),
  attachments: z.array(z.object({ id: z.string(), fileName: z.string(), sizeBytes: z.number(), createdAt: z.string() })),
  can: z.object({ write: z.boolean(), review: z.boolean(), reschedule: z.boolean() }),
});

export const reportsDueSchema = z.object({
  rows: z.array(
    z.object({
      reportId: z.string(),
      applicationId: z.string(),
      projectTitle: z.string(),
      caseNumber: z.string(),
      poolId: z.string(),
      poolName: z.string(),
      departmentId: z.string().nullable(),
      departmentName: z.string().nullable(),
      leadName: z.string(),
      reportTitle: z.string(),
      dueOn: date,
      status,
      daysOverdue: z.number(),
    }),
  ),
  overdueCount: z.number(),
  dueSoonCount: z.number(),
  pools: z.array(z.object({ id: z.string(), name: z.string() })),
  departments: z.array(z.object({ id: z.string(), name: z.string() })),
});

export const poolProjectSettingsSchema = z.object({
  poolId: z.string(),
  reminderOffsetsDays: z.array(z.number()),
  outcomeDeciderRole: z.string(),
  changeDeciderRole: z.string(),
  followUpMonths: z.array(z.number()),
});
