import { bigint, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { BusinessCaseInput } from '../../domain/business-case.js';
import type { DimensionScores, GoalEvaluation } from '../../domain/evaluation.js';
import { RECOMMENDATIONS } from '../../domain/evaluation.js';
import { orgRoleEnum, users } from './accounts.js';
import { applications } from './applications.js';
import { decisions } from './assessment.js';
import { createdAt, id, updatedAt } from './columns.js';
import { departments, organisations } from './organisations.js';
import { budgetLines, meetings } from './pools.js';

/**
 * The end of a project's life: the evaluation when the trial ends, the decision to run, scale up,
 * extend or stop, the handover to operation, closing (unspent money returned through the ledger),
 * change requests during the project, and corrections of a recorded grant decision. All keyed by
 * the case's one id, `applications.id`.
 */

export const recommendationEnum = pgEnum('project_recommendation', RECOMMENDATIONS);

/** One evaluation per project (re-recording replaces it; the audit log keeps every version). */
export const projectEvaluations = pgTable(
  'project_evaluations',
  {
    id: id(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The stated scale (1–5 today), stored so an old evaluation reads right if the scale changes. */
    scaleMin: integer('scale_min').notNull(),
    scaleMax: integer('scale_max').notNull(),
    dimensions: jsonb('dimensions').$type<DimensionScores>().notNull(),
    goals: jsonb('goals').$type<GoalEvaluation[]>().notNull(),
    /** The business case as applied for (copied at evaluation) and with the actual figures. */
    expectedBusinessCase: jsonb('expected_business_case').$type<BusinessCaseInput | null>(),
    actualBusinessCase: jsonb('actual_business_case').$type<BusinessCaseInput>().notNull(),
    expectedNpvOere: bigint('expected_npv_oere', { mode: 'number' }),
    expectedPaybackYear: integer('expected_payback_year'),
    actualNpvOere: bigint('actual_npv_oere', { mode: 'number' }).notNull(),
    actualPaybackYear: integer('actual_payback_year'),
    recommendation: recommendationEnum('recommendation').notNull(),
    /** Scale up: the units it should be rolled out to. */
    scaleUpDepartmentIds: jsonb('scale_up_department_ids').$type<string[]>().notNull(),
    scaleUpNote: text('scale_up_note').notNull().default(''),
    recommendationReason: text('recommendation_reason').notNull(),
    summary: text('summary').notNull().default(''),
    recordedByUserId: uuid('recorded_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('project_evaluations_app_uq').on(t.applicationId)],
);

/** The evaluation presented at a meeting (Vejle: Velfærdsteknologirådet), beside the meeting's grant items. */
export const evaluationAgendaItems = pgTable(
  'evaluation_agenda_items',
  {
    id: id(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    addedByUserId: uuid('added_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('evaluation_agenda_items_uq').on(t.meetingId, t.applicationId), index('evaluation_agenda_items_app_idx').on(t.applicationId)],
);

/** The decision to run, scale up, extend or stop, by the role the pool names. */
export const projectOutcomeDecisions = pgTable(
  'project_outcome_decisions',
  {
    id: id(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    outcome: recommendationEnum('outcome').notNull(),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    scaleUpDepartmentIds: jsonb('scale_up_department_ids').$type<string[]>().notNull(),
    /** Extension: the new end of the trial. */
    newEndDate: date('new_end_date', { mode: 'string' }),
    /** The organisation role the decider acted in (the pool's outcomeDeciderRole at the time). */
    deciderRole: orgRoleEnum('decider_role').notNull(),
    decidedByUserId: uuid('decided_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('project_outcome_decisions_app_idx').on(t.applicationId, t.createdAt)],
);

/** The handover to operation: from here the owner unit's operating budget pays, never the pool. */
export const projectHandovers = pgTable(
  'project_handovers',
  {
    id: id(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    ownerDepartmentId: uuid('owner_department_id')
      .notNull()
      .references(() => departments.id),
    /** The operating budget that now pays, e.g. "Hjemmeplejens driftsbudget, konto 5.32.32". */
    operatingBudget: text('operating_budget').notNull(),
    yearlyOperatingCostOere: bigint('yearly_operating_cost_oere', { mode: 'number' }).notNull(),
    trainingPlan: text('training_plan').notNull(),
    goLiveDate: date('go_live_date', { mode: 'string' }).notNull(),
    recordedByUserId: uuid('recorded_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('project_handovers_app_uq').on(t.applicationId)],
);

/** Closing: what was returned to the pool (ledger entry ids) and why. */
export const projectClosures = pgTable(
  'project_closures',
  {
    id: id(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    reason: text('reason').notNull(),
    returnedOere: bigint('returned_oere', { mode: 'number' }).notNull(),
    ledgerEntryIds: jsonb('ledger_entry_ids').$type<string[]>().notNull(),
    closedByUserId: uuid('closed_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('project_closures_app_uq').on(t.applicationId)],
);

export const CHANGE_KINDS = ['extend_end_date', 'move_years', 'move_cost_types'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export const CHANGE_STATUSES = ['requested', 'approved', 'refused'] as const;
export type ChangeStatus = (typeof CHANGE_STATUSES)[number];
export const changeKindEnum = pgEnum('project_change_kind', CHANGE_KINDS);
export const changeStatusEnum = pgEnum('project_change_status', CHANGE_STATUSES);

/** Money moved from one year to another on the project's commitment (line and years). */
export interface YearMove {
  budgetLineId: string;
  fromYear: number;
  toYear: number;
  amountOere: number;
}
/** Money moved between cost types of the project's budget (within one year). */
export interface CostTypeMove {
  year: number;
  fromCostType: string;
  toCostType: string;
  amountOere: number;
}

/** A project's request to extend its end date or move money; approved or refused by the pool's changeDeciderRole. */
export const projectChangeRequests = pgTable(
  'project_change_requests',
  {
    id: id(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    kind: changeKindEnum('kind').notNull(),
    status: changeStatusEnum('status').notNull().default('requested'),
    reason: text('reason').notNull(),
    newEndDate: date('new_end_date', { mode: 'string' }),
    yearMoves: jsonb('year_moves').$type<YearMove[]>().notNull(),
    costTypeMoves: jsonb('cost_type_moves').$type<CostTypeMove[]>().notNull(),
    requestedByUserId: uuid('requested_by_user_id')
      .notNull()
      .references(() => users.id),
    decisionReason: text('decision_reason').notNull().default(''),
    decidedByUserId: uuid('decided_by_user_id').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** The ledger entries an approved money move posted. */
    ledgerEntryIds: jsonb('ledger_entry_ids').$type<string[]>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('project_change_requests_app_idx').on(t.applicationId, t.createdAt)],
);

export const correctionKindEnum = pgEnum('decision_correction_kind', ['release', 'increase']);

/** A correction of a recorded grant decision: part of the commitment released, or more committed, with a reason. */
export const decisionCorrections = pgTable(
  'decision_corrections',
  {
    id: id(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    decisionId: uuid('decision_id').references(() => decisions.id),
    kind: correctionKindEnum('kind').notNull(),
    budgetLineId: uuid('budget_line_id')
      .notNull()
      .references(() => budgetLines.id),
    year: integer('year').notNull(),
    amountOere: bigint('amount_oere', { mode: 'number' }).notNull(),
    reason: text('reason').notNull(),
    reference: text('reference').notNull(),
    ledgerEntryIds: jsonb('ledger_entry_ids').$type<string[]>().notNull(),
    recordedByUserId: uuid('recorded_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('decision_corrections_app_idx').on(t.applicationId, t.createdAt)],
);
