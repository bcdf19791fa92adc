import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { applications } from './applications.js';
import { createdAt, id } from './columns.js';
import { organisations } from './organisations.js';

/** An in-app notification for one user (shown on /notifikationer). Text in both languages. */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    applicationId: uuid('application_id').references(() => applications.id),
    /** Dotted kind, e.g. `application.more_info_requested`, `application.decided`. */
    kind: text('kind').notNull(),
    title: jsonb('title').$type<{ da: string; en: string }>().notNull(),
    body: jsonb('body').$type<{ da: string; en: string }>().notNull(),
    /** Local path to follow, e.g. `/ansoegninger/<id>`. */
    link: text('link'),
    createdAt: createdAt(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt),
    // The header's unread count on every page: a partial index holds only the unread rows.
    index('notifications_unread_idx')
      .on(t.userId)
      .where(sql`${t.readAt} is null`),
  ],
);

export const outboxStatusEnum = pgEnum('outbox_status', ['pending', 'sending', 'sent', 'failed']);

/**
 * E-mail waiting to be sent: written in the same transaction as the change it reports, sent after
 * commit by the dispatcher (usecases/notifications/dispatch-outbox.ts), which claims rows with
 * FOR UPDATE SKIP LOCKED so several instances never send the same message twice.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: id(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    status: outboxStatusEnum('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /** When a pending row may next be tried (backoff after a failure). */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    /** When an instance claimed it; a 'sending' row older than the lease is claimed again. */
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('outbox_status_idx').on(t.status, t.nextAttemptAt)],
);
