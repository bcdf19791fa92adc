import { bigint, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { APPLICATION_STATES } from '../../domain/application-workflow.js';
import { users } from './accounts.js';
import { createdAt, id, updatedAt } from './columns.js';
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
  (t) => [index('applications_pool_state_idx').on(t.poolId, t.state), index('applications_org_idx').on(t.organisationId), index('applications_lead_idx').on(t.leadUserId)],
);
