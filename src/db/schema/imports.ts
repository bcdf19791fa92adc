import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { createdAt, id } from './columns.js';
import { organisations } from './organisations.js';

/**
 * An uploaded project list kept between the steps (map columns, preview, import), so the import works
 * without JavaScript and the file is parsed once. Holds the parsed rows, not the file.
 */
export const importBatches = pgTable(
  'import_batches',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    fileName: text('file_name').notNull(),
    headers: jsonb('headers').$type<string[]>().notNull(),
    rows: jsonb('rows').$type<string[][]>().notNull(),
    /** Field → column header, as last chosen. */
    mapping: jsonb('mapping').$type<Record<string, string>>().notNull().default({}),
    /** Every sheet of the file (one for a CSV), so the user can choose another without uploading again; `headers`/`rows` are the chosen one's. */
    sheets: jsonb('sheets').$type<{ name: string; headers: string[]; rows: string[][] }[]>().notNull().default([]),
    sheet: text('sheet').notNull().default(''),
    importedAt: timestamp('imported_at', { withTimezone: true }),
    importedCount: integer('imported_count'),
    uploadedByUserId: uuid('uploaded_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('import_batches_org_idx').on(t.organisationId)],
);
