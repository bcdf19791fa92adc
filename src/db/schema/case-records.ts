import { integer, pgEnum, pgTable, text, index, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { applications } from './applications.js';
import { createdAt, id } from './columns.js';
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
