import { boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { applications } from './applications.js';
import { createdAt, id, updatedAt } from './columns.js';
import { organisations } from './organisations.js';

/**
 * A public authority's record duties: every export of a case's full record (aktindsigt, or the
 * archive export that must exist before a closed case's personal data may be deleted).
 */
export const CASE_EXPORT_PURPOSES = ['aktindsigt', 'archive'] as const;
export const caseExportPurposeEnum = pgEnum('case_export_purpose', CASE_EXPORT_PURPOSES);

export const caseRecordExports = pgTable(
  'case_record_exports',
  {
    id: id(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    purpose: caseExportPurposeEnum('purpose').notNull(),
    exportedByUserId: uuid('exported_by_user_id')
      .notNull()
      .references(() => users.id),
    /** SHA-256 of the ZIP handed out, so a later question about what was disclosed can be answered. */
    sha256: text('sha256').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    documentCount: integer('document_count').notNull(),
    withheldFieldCount: integer('withheld_field_count').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('case_record_exports_app_idx').on(t.applicationId)],
);

/**
 * A field of an application the secretariat withholds from an aktindsigt export because it holds a
 * company's business information (offentlighedslovens § 30, nr. 2): a content path as
 * `describeContent` names it (`privatePartners.0.cvr`), or a row's prefix (`privatePartners.0`).
 */
export const caseWithheldFields = pgTable(
  'case_withheld_fields',
  {
    id: id(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    fieldPath: text('field_path').notNull(),
    reason: text('reason').notNull(),
    markedByUserId: uuid('marked_by_user_id')
      .notNull()
      .references(() => users.id),
    markedAt: createdAt(),
  },
  (t) => [uniqueIndex('case_withheld_fields_path_idx').on(t.applicationId, t.fieldPath)],
);

/** The case events an ESDH integration can subscribe to. */
export const WEBHOOK_EVENTS = ['submitted', 'decided', 'report_submitted', 'evaluated', 'closed'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/**
 * An organisation's journalisation endpoint (SBSYS, Acadre, WorkZone, F2 …). The secret signs each
 * delivery (HMAC-SHA256) so it is kept as written; it is never shown again after saving.
 */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    url: text('url').notNull(),
    secret: text('secret').notNull(),
    events: jsonb('events').$type<WebhookEvent[]>().notNull(),
    active: boolean('active').notNull().default(true),
    createdByUserId: uuid('created_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('webhook_endpoints_org_idx').on(t.organisationId)],
);

export const webhookDeliveryStatusEnum = pgEnum('webhook_delivery_status', ['pending', 'sending', 'delivered', 'failed']);

/**
 * One delivery of one case event to one endpoint: queued in the transaction of the change, sent after
 * commit by `dispatchWebhooks` on the outbox's pattern (claimed with FOR UPDATE SKIP LOCKED, backoff,
 * failed after the last attempt); the admin's delivery log, and replay puts it back to pending.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: id(),
    endpointId: uuid('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    applicationId: uuid('application_id').references(() => applications.id),
    event: text('event').$type<WebhookEvent>().notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: webhookDeliveryStatusEnum('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    /** How long the last attempt took (the delivery log). */
    lastDurationMs: integer('last_duration_ms'),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('webhook_deliveries_status_idx').on(t.status, t.nextAttemptAt), index('webhook_deliveries_endpoint_idx').on(t.endpointId, t.createdAt)],
);
