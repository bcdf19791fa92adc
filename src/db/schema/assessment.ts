import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { YearAmount } from '../../domain/money.js';
import { users } from './accounts.js';
import { applications } from './applications.js';
import { createdAt, id } from './columns.js';
import { organisations } from './organisations.js';
import { budgetLines, meetings } from './pools.js';

/**
 * Assessment: screening questions, reviewer assignments with their conflict-of-interest declaration
 * and scores, the secretariat's recommendation, agenda items and decisions (meeting or direct).
 */

/** A question the secretariat sent the applicant (request_more_info); answered by resubmitting. */
export const informationRequests = pgTable(
  'information_requests',
  {
    id: id(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    question: text('question').notNull(),
    askedByUserId: uuid('asked_by_user_id')
      .notNull()
      .references(() => users.id),
    askedAt: timestamp('asked_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set by the applications area when the applicant resubmits (the answer is the new version). */
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answeredInVersion: integer('answered_in_version'),
  },
  (t) => [index('information_requests_app_idx').on(t.applicationId, t.askedAt)],
);

/** The secretariat's screening outcome with its reason (qualify / reject as ineligible). */
export const screeningDecisionEnum = pgEnum('screening_decision', ['qualify', 'reject_ineligible']);
export const screenings = pgTable(
  'screenings',
  {
    id: id(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    decision: screeningDecisionEnum('decision').notNull(),
    reason: text('reason').notNull().default(''),
    screenedByUserId: uuid('screened_by_user_id')
      .notNull()
      .references(() => users.id),
    screenedAt: timestamp('screened_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('screenings_app_idx').on(t.applicationId)],
);

/**
 * One reviewer on one application: assigned → declares conflict of interest (conflict → removed) or
 * not → scores and submits. `removed` marks an assignment the secretariat took back.
 */
export const reviewStatusEnum = pgEnum('review_status', ['assigned', 'accepted', 'conflict', 'submitted', 'removed']);
export const reviews = pgTable(
  'reviews',
  {
    id: id(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    reviewerUserId: uuid('reviewer_user_id')
      .notNull()
      .references(() => users.id),
    status: reviewStatusEnum('status').notNull().default('assigned'),
    assignedByUserId: uuid('assigned_by_user_id').references(() => users.id),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
    /** The declaration: null until declared. */
    hasConflict: boolean('has_conflict'),
    conflictNote: text('conflict_note').notNull().default(''),
    declaredAt: timestamp('declared_at', { withTimezone: true }),
    /** Score per criterion key (number or 'na'); set on submission, or partly by a saved draft. */
    scores: jsonb('scores').$type<Record<string, number | 'na'>>(),
    comments: jsonb('comments').$type<Record<string, string>>(),
    overallComment: text('overall_comment').notNull().default(''),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** When the reviewer last saved a draft (scores may be incomplete; seen only by them, never counted). */
    draftSavedAt: timestamp('draft_saved_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('reviews_app_reviewer_uq').on(t.applicationId, t.reviewerUserId),
    index('reviews_reviewer_idx').on(t.reviewerUserId, t.status),
    // The secretariat's front page: open reviews of the organisation per reviewer.
    index('reviews_org_status_idx').on(t.organisationId, t.status),
  ],
);

export const recommendationKindEnum = pgEnum('recommendation_kind', ['recommend', 'recommend_with_conditions', 'not_recommend']);

/** The secretariat's recommendation to the deciders (one per application). */
export const recommendations = pgTable(
  'recommendations',
  {
    id: id(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    kind: recommendationKindEnum('kind').notNull(),
    amountOere: bigint('amount_oere', { mode: 'number' }).notNull().default(0),
    budgetLineId: uuid('budget_line_id').references(() => budgetLines.id),
    split: jsonb('split').$type<YearAmount[]>().notNull(),
    conditions: text('conditions').notNull().default(''),
    justification: text('justification').notNull().default(''),
    createdByUserId: uuid('created_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('recommendations_app_uq').on(t.applicationId)],
);

/** An application on a meeting's agenda, in the order the secretariat set. */
export const agendaItems = pgTable(
  'agenda_items',
  {
    id: id(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    position: integer('position').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('agenda_items_meeting_app_uq').on(t.meetingId, t.applicationId), index('agenda_items_app_idx').on(t.applicationId)],
);

export const decisionOutcomeEnum = pgEnum('decision_outcome', ['approve', 'reject', 'defer']);
export const decisionRouteEnum = pgEnum('decision_route', ['meeting', 'direct']);

/**
 * A decision on an application: at a meeting (one per agenda item, part of the minutes) or directly
 * by the deciders of a direct line. An approval's money is committed in the ledger in the same
 * transaction as this row.
 */
export const decisions = pgTable(
  'decisions',
  {
    id: id(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    route: decisionRouteEnum('route').notNull(),
    meetingId: uuid('meeting_id').references(() => meetings.id),
    agendaItemId: uuid('agenda_item_id').references(() => agendaItems.id),
    outcome: decisionOutcomeEnum('outcome').notNull(),
    amountOere: bigint('amount_oere', { mode: 'number' }).notNull().default(0),
    budgetLineId: uuid('budget_line_id').references(() => budgetLines.id),
    split: jsonb('split').$type<YearAmount[]>().notNull(),
    conditions: text('conditions').notNull().default(''),
    reason: text('reason').notNull().default(''),
    /** Why more is granted than was applied for (required then, shown with the decision). */
    aboveAppliedReason: text('above_applied_reason').notNull().default(''),
    decidedByUserId: uuid('decided_by_user_id')
      .notNull()
      .references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('decisions_app_idx').on(t.applicationId),
    uniqueIndex('decisions_agenda_item_uq')
      .on(t.agendaItemId)
      .where(sql`${t.agendaItemId} is not null`),
  ],
);
