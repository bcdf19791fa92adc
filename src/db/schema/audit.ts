import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { organisations } from './organisations.js';

/**
 * Append-only record of every state change, written in the same transaction as the change.
 * No code path updates or deletes rows here.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    /** Dotted verb, e.g. `pool.created`, `application.submitted`. */
    action: text('action').notNull(),
    objectType: text('object_type').notNull(),
    objectId: text('object_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [index('audit_events_object_idx').on(t.objectType, t.objectId, t.at)],
);
