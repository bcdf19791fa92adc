import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { z } from 'zod';
import { isUuid } from '../../domain/ids.js';
import { validationFailed } from '../../errors.js';

/**
 * Keyset pagination, one way for every list that can grow: `limit` (default 50, at most 200) and an
 * opaque `after` cursor, base64url of the last row's sort key and id. A use case asks for `limit + 1`
 * rows `WHERE (sortKey, id) > (cursor.key, cursor.id)` (or `<` when descending) ordered by the same
 * pair, and `pageOf` turns them into the page and its `nextCursor`. A cursor that does not decode is
 * a VALIDATION_FAILED on the field `after`, never a 500.
 */
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

export interface Cursor {
  /** The sort key of the last row shown: a string (ISO time, text) or a number. */
  key: string | number;
  id: string;
}

const cursorSchema = z.object({ k: z.union([z.string().max(500), z.number()]), i: z.string().min(1).max(100) });

export const pageInputSchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT),
  after: z.string().max(1000).optional(),
});
export type PageInput = z.output<typeof pageInputSchema>;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify({ k: cursor.key, i: cursor.id }), 'utf8').toString('base64url');
}

/** For a use case whose cursor decodes but does not fit its list (e.g. a key of the wrong shape). */
export const invalidCursor = () =>
  validationFailed({ after: 'Sidemarkøren er ugyldig. Start forfra på første side.' }, { da: 'Sidemarkøren er ugyldig.', en: 'The page cursor is invalid.' });

export function decodeCursor(after: string | undefined): Cursor | null {
  if (after === undefined || after === '') return null;
  if (!/^[A-Za-z0-9_-]+$/.test(after)) throw invalidCursor();
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  const parsed = cursorSchema.safeParse(raw);
  if (!parsed.success) throw invalidCursor();
  return { key: parsed.data.k, id: parsed.data.i };
}

/** Rows fetched with `limit + 1` → the page and the cursor of its last row when there is more. */
export function pageOf<T>(rows: T[], limit: number, cursorOf: (row: T) => Cursor): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(cursorOf(last)) : null };
}

/** A timestamp column's exact sort key (microseconds since the epoch as text: a JS Date would lose them and skip rows). */
export const microsOf = (column: SQLWrapper): SQL<string> => sql<string>`(extract(epoch from ${column}) * 1000000)::bigint::text`;

/**
 * Newest first by a timestamp, then id: the condition for the rows after `cursor` (undefined on the
 * first page) and the order. A cursor of another shape is `invalidCursor()`.
 */
export function newestFirst(column: SQLWrapper, idColumn: SQLWrapper, cursor: Cursor | null): { after: SQL | undefined; orderBy: SQL[] } {
  if (cursor && !(/^\d+$/.test(String(cursor.key)) && isUuid(cursor.id))) throw invalidCursor();
  return {
    after: cursor
      ? sql`(${column}, ${idColumn}) < ('epoch'::timestamptz + (${String(cursor.key)} || ' microseconds')::interval, ${cursor.id}::uuid)`
      : undefined,
    orderBy: [sql`${column} desc`, sql`${idColumn} desc`],
  };
}

/**
 * Ascending by several text columns, then id (e.g. pool name, case number): the key is the columns'
 * values as a JSON array, so the cursor stays one opaque string.
 */
export function ascendingBy(columns: SQLWrapper[], idColumn: SQLWrapper, cursor: Cursor | null): { after: SQL | undefined; orderBy: SQL[] } {
  let values: string[] = [];
  if (cursor) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(String(cursor.key));
    } catch {
      throw invalidCursor();
    }
    if (!Array.isArray(parsed) || parsed.length !== columns.length || !parsed.every((v) => typeof v === 'string') || !isUuid(cursor.id)) throw invalidCursor();
    values = parsed as string[];
  }
  return {
    after: cursor
      ? sql`(${sql.join(columns, sql`, `)}, ${idColumn}) > (${sql.join(
          values.map((v) => sql`${v}`),
          sql`, `,
        )}, ${cursor.id}::uuid)`
      : undefined,
    orderBy: [...columns.map((c) => sql`${c} asc`), sql`${idColumn} asc`],
  };
}

/** The cursor key of `ascendingBy` for a row's column values. */
export const ascendingKey = (values: readonly string[]): string => JSON.stringify(values);
