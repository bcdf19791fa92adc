import { bigint, boolean, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { PoolConfigLists } from '../../domain/pool-config.js';
import type { EligibilityRule } from '../../domain/eligibility.js';
import type { Rubric } from '../../domain/scoring.js';
import { createdAt, id, updatedAt } from './columns.js';
import { networks, organisations } from './organisations.js';

export const poolStatusEnum = pgEnum('pool_status', ['draft', 'open', 'closed']);
export const intakeEnum = pgEnum('pool_intake', ['continuous', 'rounds']);
export const linePurposeEnum = pgEnum('budget_line_purpose', ['grants', 'operation']);
export const decisionModeEnum = pgEnum('decision_mode', ['meeting', 'direct']);

/**
 * A pool (pulje) and its rules. Lists a pool owns outright (project types, categories, effect goals,
 * phases, rubric, eligibility rules) are typed JSON validated by zod on the way in; things other rows
 * point at (budget lines, decision bodies, meetings) are tables.
 */
export const pools = pgTable(
  'pools',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** Set when the pool is run jointly by a network (e.g. VT Syd); the owner organisation hosts it. */
    networkId: uuid('network_id').references(() => networks.id),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    periodStartYear: integer('period_start_year').notNull(),
    periodEndYear: integer('period_end_year').notNull(),
    status: poolStatusEnum('status').notNull().default('draft'),
    intake: intakeEnum('intake').notNull().default('continuous'),
    /** Whether unspent money of a year may be carried over to the next (ledger carry-over entries). */
    allowsCarryOver: boolean('allows_carry_over').notNull().default(false),
    lists: jsonb('lists').$type<PoolConfigLists>().notNull(),
    eligibilityRules: jsonb('eligibility_rules').$type<EligibilityRule[]>().notNull(),
    rubric: jsonb('rubric').$type<Rubric>().notNull(),
    /** Follow-up reports due this many months after trial start, e.g. [6, 12] for Horsens. */
    followUpMonths: jsonb('follow_up_months').$type<number[]>().notNull(),
    /** Optimistic concurrency: an edit must name the version it started from. */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('pools_org_idx').on(t.organisationId)],
);

/** A body that decides at meetings (Velfærdsteknologirådet, styregruppen). */
export const decisionBodies = pgTable(
  'decision_bodies',
  {
    id: id(),
    poolId: uuid('pool_id')
      .notNull()
      .references(() => pools.id),
    /** Stable key within the pool; the setup matches bodies by key so ids (and meetings) survive edits. */
    key: text('key').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('decision_bodies_pool_key_uq').on(t.poolId, t.key)],
);

/**
 * A budget line of a pool. An earmark is a line with a parent and a share (basis points) of the
 * parent's yearly budget reserved for it; the parent's own grants may only use the rest.
 */
export const budgetLines = pgTable(
  'budget_lines',
  {
    id: id(),
    poolId: uuid('pool_id')
      .notNull()
      .references(() => pools.id),
    parentLineId: uuid('parent_line_id'),
    key: text('key').notNull(),
    name: text('name').notNull(),
    purpose: linePurposeEnum('purpose').notNull().default('grants'),
    openForApplications: boolean('open_for_applications').notNull().default(true),
    /** Only on earmarks: share of the parent's yearly budget, in basis points (1000 = 10 %). */
    earmarkShareBp: integer('earmark_share_bp'),
    decisionMode: decisionModeEnum('decision_mode').notNull().default('meeting'),
    decisionBodyId: uuid('decision_body_id').references(() => decisionBodies.id),
    /** For direct decisions: who decides, as shown to people (e.g. "Direktørerne for Kultur & Sundhed og Velfærd"). */
    directDeciderLabel: text('direct_decider_label'),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('budget_lines_pool_idx').on(t.poolId), uniqueIndex('budget_lines_pool_key_uq').on(t.poolId, t.key)],
);

/** The budget a pool's setup gives a line per year. Earmarks have none: theirs is a share of the parent. */
export const budgetLineYears = pgTable(
  'budget_line_years',
  {
    budgetLineId: uuid('budget_line_id')
      .notNull()
      .references(() => budgetLines.id),
    year: integer('year').notNull(),
    amountOere: bigint('amount_oere', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.budgetLineId, t.year] })],
);

export const meetingStatusEnum = pgEnum('meeting_status', ['planned', 'agenda_published', 'held', 'minutes_published', 'cancelled']);

/** The decision body's calendar; agendas and minutes hang off a meeting. */
export const meetings = pgTable(
  'meetings',
  {
    id: id(),
    decisionBodyId: uuid('decision_body_id')
      .notNull()
      .references(() => decisionBodies.id),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    location: text('location').notNull().default(''),
    /** Last day applications can be submitted to reach this meeting (YYYY-MM-DD), if the pool uses rounds. */
    submissionDeadline: text('submission_deadline'),
    status: meetingStatusEnum('status').notNull().default('planned'),
    createdAt: createdAt(),
  },
  (t) => [index('meetings_body_idx').on(t.decisionBodyId, t.startsAt)],
);
