import { bigint, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { APPLICATION_STATES } from '../../domain/application-workflow.js';
import { users } from './accounts.js';
import { bytea, createdAt, id, updatedAt } from './columns.js';
import { departments, organisations } from './organisations.js';
import { budgetLines, pools } from './pools.js';

export const applicationStateEnum = pgEnum('application_state', APPLICATION_STATES);

/**
 * One record through the whole life of a case: application → project (trial, follow-up, evaluation
 * and catalogue hang off this id later). Columns are what lists filter and sort on; the form's full
 * content is `content` (validated by the applications area's zod schema), frozen per version.
 */
export const applications = pgTable(
  'applications',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    poolId: uuid('pool_id')
      .notNull()
      .references(() => pools.id),
    /** Human case number per organisation and year, e.g. "2026-0007" (journalisering). */
    caseNumber: text('case_number').notNull(),
    state: applicationStateEnum('state').notNull().default('draft'),
    leadUserId: uuid('lead_user_id')
      .notNull()
      .references(() => users.id),
    title: text('title').notNull(),
    projectType: text('project_type'),
    category: text('category'),
    leadDepartmentId: uuid('lead_department_id').references(() => departments.id),
    budgetLineId: uuid('budget_line_id').references(() => budgetLines.id),
    amountAppliedOere: bigint('amount_applied_oere', { mode: 'number' }).notNull().default(0),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    /** Number of the latest frozen version (0 while never submitted). */
    currentVersion: integer('current_version').notNull().default(0),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('applications_pool_state_idx').on(t.poolId, t.state),
    index('applications_org_idx').on(t.organisationId),
    index('applications_lead_idx').on(t.leadUserId),
    // The inbox's default order (oldest submission first, case number to break ties): a page is an index range, not a sort of the pool.
    index('applications_pool_submitted_idx').on(t.poolId, t.submittedAt, t.caseNumber),
    uniqueIndex('applications_org_case_number_uq').on(t.organisationId, t.caseNumber),
  ],
);

// ---------------------------------------------------------------------------
// Applications area: ideas, co-applicants, versions, attachments, case numbers
// ---------------------------------------------------------------------------

/** Running case number per organisation and year; incremented atomically with an upsert. */
export const caseNumberCounters = pgTable(
  'case_number_counters',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    year: integer('year').notNull(),
    lastNumber: integer('last_number').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.year] })],
);

/** Colleagues the lead applicant has invited to edit (only the lead submits). */
export const applicationCoApplicants = pgTable(
  'application_co_applicants',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    addedByUserId: uuid('added_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.userId] }), index('application_co_applicants_user_idx').on(t.userId)],
);

/** A frozen copy of the application at each submission (1, 2, … per application). */
export const applicationVersions = pgTable(
  'application_versions',
  {
    id: id(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    number: integer('number').notNull(),
    /** Snapshot: the core columns, the form content and the attachment list at submission. */
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    submittedByUserId: uuid('submitted_by_user_id')
      .notNull()
      .references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('application_versions_number_uq').on(t.applicationId, t.number)],
);

/** Uploaded files, in the database so every app instance serves them. Removal is soft (versions keep them). */
export const applicationAttachments = pgTable(
  'application_attachments',
  {
    id: id(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    fileName: text('file_name').notNull(),
    /** The type detected from the file's first bytes (not the browser's claim). */
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    data: bytea('data').notNull(),
    uploadedByUserId: uuid('uploaded_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [index('application_attachments_app_idx').on(t.applicationId)],
);

export const IDEA_STATUSES = ['open', 'converted', 'withdrawn'] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];
export const IDEA_ASSESSMENTS = ['promising', 'new_angle', 'not_a_fit'] as const;
export type IdeaAssessment = (typeof IDEA_ASSESSMENTS)[number];
export const ADVICE_TOPICS = ['project_management', 'economy', 'law', 'communication'] as const;
export type AdviceTopic = (typeof ADVICE_TOPICS)[number];

export const ideaStatusEnum = pgEnum('idea_status', IDEA_STATUSES);
export const ideaAssessmentEnum = pgEnum('idea_assessment', IDEA_ASSESSMENTS);
export const adviceTopicEnum = pgEnum('advice_topic', ADVICE_TOPICS);

/** A short idea sent to a pool's secretariat before a full application (Vejle phase 1, Aarhus's early advice). */
export const ideas = pgTable(
  'ideas',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    poolId: uuid('pool_id')
      .notNull()
      .references(() => pools.id),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => users.id),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    needAnalysis: text('need_analysis').notNull().default(''),
    status: ideaStatusEnum('status').notNull().default('open'),
    /** The secretariat's assessment: promising / needs a new angle / not a fit. */
    assessment: ideaAssessmentEnum('assessment'),
    assessmentNote: text('assessment_note').notNull().default(''),
    assessedByUserId: uuid('assessed_by_user_id').references(() => users.id),
    assessedAt: timestamp('assessed_at', { withTimezone: true }),
    /** Set when the idea became an application. */
    applicationId: uuid('application_id').references(() => applications.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('ideas_org_idx').on(t.organisationId), index('ideas_author_idx').on(t.authorUserId)],
);

/** The advice thread of an idea, seen by both sides. Secretariat notes carry a topic; the author's replies may not. */
export const ideaAdvice = pgTable(
  'idea_advice',
  {
    id: id(),
    ideaId: uuid('idea_id')
      .notNull()
      .references(() => ideas.id),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => users.id),
    topic: adviceTopicEnum('topic'),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('idea_advice_idea_idx').on(t.ideaId, t.createdAt)],
);
