import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ReportContent } from '../../domain/follow-up-content.js';
import { REPORT_KINDS, STORED_REPORT_STATUSES } from '../../domain/follow-up.js';
import { users } from './accounts.js';
import { applications } from './applications.js';
import { bytea, createdAt, id, updatedAt } from './columns.js';
import { organisations } from './organisations.js';
import { pools } from './pools.js';

/**
 * The project after the grant, keyed by the same `applications.id`: its actual start, milestones,
 * consultants, follow-up reports (with versions and attachments), and the durable job schedule
 * that sends their reminders.
 */

/** One row once the project has started (igangsat); until then nothing is due. */
export const projects = pgTable(
  'projects',
  {
    applicationId: uuid('application_id')
      .primaryKey()
      .references(() => applications.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    poolId: uuid('pool_id')
      .notNull()
      .references(() => pools.id),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    plannedEndOn: date('planned_end_on', { mode: 'string' }),
    startedByUserId: uuid('started_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('projects_pool_idx').on(t.poolId), index('projects_org_idx').on(t.organisationId)],
);

/** Milestones, planned (from the application at start) and actual. */
export const projectMilestones = pgTable(
  'project_milestones',
  {
    id: id(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    title: text('title').notNull(),
    plannedOn: date('planned_on', { mode: 'string' }),
    actualOn: date('actual_on', { mode: 'string' }),
    note: text('note').notNull().default(''),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('project_milestones_app_idx').on(t.applicationId, t.sortOrder)],
);

/** Welfare-technology consultants assigned to a project (Vejle): they see it, help write its reports and the evaluation. */
export const projectConsultants = pgTable(
  'project_consultants',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    assignedByUserId: uuid('assigned_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.userId] }), index('project_consultants_user_idx').on(t.userId)],
);

export const reportKindEnum = pgEnum('follow_up_report_kind', REPORT_KINDS);
export const reportStatusEnum = pgEnum('follow_up_report_status', STORED_REPORT_STATUSES);

/**
 * A follow-up report: scheduled from the pool's followUpMonths after the actual start, or added by
 * the secretariat (ad hoc, final). `status` is what was done with it; whether an open report is
 * scheduled, due or overdue follows from `dueOn` and the day (domain/follow-up.ts).
 */
export const followUpReports = pgTable(
  'follow_up_reports',
  {
    id: id(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    poolId: uuid('pool_id')
      .notNull()
      .references(() => pools.id),
    kind: reportKindEnum('kind').notNull(),
    /** Set on scheduled reports (6, 12, …). */
    monthsAfterStart: integer('months_after_start'),
    title: text('title').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: reportStatusEnum('status').notNull().default('open'),
    /** The working copy (saved as a draft, or the last submitted content while changes are asked for). */
    draft: jsonb('draft').$type<ReportContent>(),
    /** Number of the latest submitted version (0 while never submitted). */
    currentVersion: integer('current_version').notNull().default(0),
    /** Why it was skipped, or the secretariat's request for changes / acceptance note. */
    skipReason: text('skip_reason').notNull().default(''),
    reviewComment: text('review_comment').notNull().default(''),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedByUserId: uuid('reviewed_by_user_id').references(() => users.id),
    draftSavedAt: timestamp('draft_saved_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('follow_up_reports_app_idx').on(t.applicationId, t.dueOn),
    index('follow_up_reports_org_due_idx').on(t.organisationId, t.status, t.dueOn),
    uniqueIndex('follow_up_reports_scheduled_uq')
      .on(t.applicationId, t.monthsAfterStart)
      .where(sql`${t.monthsAfterStart} is not null`),
  ],
);

/** A frozen copy at each submission (1, 2, … per report). */
export const followUpReportVersions = pgTable(
  'follow_up_report_versions',
  {
    id: id(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => followUpReports.id),
    number: integer('number').notNull(),
    content: jsonb('content').$type<ReportContent>().notNull(),
    submittedByUserId: uuid('submitted_by_user_id')
      .notNull()
      .references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('follow_up_report_versions_uq').on(t.reportId, t.number)],
);

/** Files attached to a report (photos, measurements), in the database so every instance serves them. */
export const followUpReportAttachments = pgTable(
  'follow_up_report_attachments',
  {
    id: id(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => followUpReports.id),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    data: bytea('data').notNull(),
    uploadedByUserId: uuid('uploaded_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [index('follow_up_report_attachments_report_idx').on(t.reportId)],
);

export const jobStatusEnum = pgEnum('scheduled_job_status', ['pending', 'done', 'failed', 'cancelled']);

/**
 * The durable job schedule (usecases/scheduler): one row per thing to do at a time, e.g. "remind
 * about report R at offset −14". `key` is unique, so the same reminder can never be scheduled (and
 * thus sent) twice; a runner claims due rows with FOR UPDATE SKIP LOCKED and runs each job in the
 * same transaction as its effects, so a crash or a second instance never sends twice and a
 * restart loses nothing.
 */
export const scheduledJobs = pgTable(
  'scheduled_jobs',
  {
    id: id(),
    kind: text('kind').notNull(),
    key: text('key').notNull(),
    runAt: timestamp('run_at', { withTimezone: true }).notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: jobStatusEnum('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /** What the run did ('sent', 'skipped: report submitted', …). */
    outcome: text('outcome'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('scheduled_jobs_key_uq').on(t.key), index('scheduled_jobs_due_idx').on(t.status, t.runAt)],
);
