import { integer, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orgRoleEnum } from './accounts.js';
import { pools } from './pools.js';

/**
 * How a pool runs its projects after the grant (one row per pool; a pool without a row uses the
 * defaults): when follow-up reminders go out, and which role decides run/scale/stop and changes.
 */
export const poolProjectSettings = pgTable('pool_project_settings', {
  poolId: uuid('pool_id')
    .primaryKey()
    .references(() => pools.id, { onDelete: 'cascade' }),
  /** Days relative to a report's due date: negative before, positive after (default −14, −3, +1, +14). */
  reminderOffsetsDays: integer('reminder_offsets_days').array().notNull().default([-14, -3, 1, 14]),
  /** The role that decides run, scale up, extend or stop (Vejle: the administrative management = decision_body). */
  outcomeDeciderRole: orgRoleEnum('outcome_decider_role').notNull().default('decision_body'),
  /** The role that approves or refuses a project's change requests (secretariat or decision_body). */
  changeDeciderRole: orgRoleEnum('change_decider_role').notNull().default('secretariat'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const DEFAULT_REMINDER_OFFSETS_DAYS = [-14, -3, 1, 14] as const;
