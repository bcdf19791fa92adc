import { integer, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { applications } from './applications.js';
import { organisations } from './organisations.js';

/**
 * A closed case whose personal data and free text were deleted after its retention period (the
 * figures stay). One row per case: a case is deleted once, and the due list leaves it out.
 */
export const caseDeletions = pgTable('case_deletions', {
  applicationId: uuid('application_id')
    .primaryKey()
    .references(() => applications.id),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id),
  deletedByUserId: uuid('deleted_by_user_id')
    .notNull()
    .references(() => users.id),
  /** When the case was closed (the start of its retention period), as the due list computed it. */
  closedAt: timestamp('closed_at', { withTimezone: true }).notNull(),
  deletedAt: timestamp('deleted_at', { withTimezone: true }).notNull().defaultNow(),
});

/** How many years after closing an organisation's closed cases become due for deletion (default 5 when there is no row). */
export const organisationRetentionSettings = pgTable('organisation_retention_settings', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id),
  retentionYears: integer('retention_years').notNull().default(5),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
