import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rowsOf } from '../db/rows.js';

/** The tables the bulk steps fill with hundreds of thousands of rows. */
const BULK_TABLES = [
  'applications',
  'application_versions',
  'information_requests',
  'screenings',
  'reviews',
  'recommendations',
  'agenda_items',
  'decisions',
  'ledger_entries',
  'projects',
  'follow_up_reports',
  'follow_up_report_versions',
  'catalogue_entries',
];

/**
 * Drop the secondary indexes of the bulk tables (those backing no constraint: primary keys, unique
 * and foreign keys stay, so every invariant is still checked row by row) and return a function that
 * recreates them exactly, from their own definitions. Building an index once over the loaded table
 * is far cheaper than maintaining it row by row, the trigram GIN indexes most of all.
 */
export async function withoutSecondaryIndexes(tx: Db): Promise<() => Promise<void>> {
  const list = `{${BULK_TABLES.join(',')}}`;
  const defs = rowsOf<{ name: string; def: string }>(
    await tx.execute(sql`select i.indexname as name, i.indexdef as def from pg_indexes i
      where i.schemaname = current_schema() and i.tablename = any(${list}::text[])
        and not exists (select 1 from pg_constraint c where c.conname = i.indexname)
        and i.indexdef not like 'CREATE UNIQUE%'
      order by i.tablename, i.indexname`),
  );
  for (const d of defs) await tx.execute(sql.raw(`drop index "${d.name}"`));
  return async () => {
    for (const d of defs) await tx.execute(sql.raw(d.def));
  };
}
