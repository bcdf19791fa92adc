import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { rowsOf } from '../../db/rows.js';

export interface KnownCompany {
  name: string;
  cvr: string | null;
}

/**
 * Every partner company the system knows, across all organisations (a name must not appear in any
 * public text, whoever's partner it is): applications' private partners, catalogue entries' partner
 * companies and, when the network helper's `actors` table exists, its companies. Read with plain SQL
 * so it keeps working as those tables appear.
 */
export async function knownCompanies(db: Db): Promise<KnownCompany[]> {
  const rows = rowsOf<{ name: string | null; cvr: string | null }>(
    await db.execute(sql`
      select p->>'name' as name, nullif(p->>'cvr', '') as cvr
        from applications a, jsonb_array_elements(case when jsonb_typeof(a.content->'privatePartners') = 'array' then a.content->'privatePartners' else '[]'::jsonb end) p
      union
      select p->>'name', nullif(p->>'cvr', '')
        from catalogue_entries e, jsonb_array_elements(e.partner_companies) p`),
  );
  if (await hasActorsTable(db)) {
    rows.push(
      ...rowsOf<{ name: string | null; cvr: string | null }>(
        await db.execute(sql`select name, ${sql.raw((await actorsHasCvr(db)) ? 'cvr' : 'null')}::text as cvr from actors`),
      ),
    );
  }
  const seen = new Map<string, KnownCompany>();
  for (const r of rows) {
    const name = (r.name ?? '').trim();
    if (name && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), { name, cvr: r.cvr?.trim() || null });
  }
  return [...seen.values()];
}

const columnsOf = async (db: Db, table: string) =>
  rowsOf<{ column_name: string }>(
    await db.execute(sql`select column_name from information_schema.columns where table_schema = current_schema() and table_name = ${table}`),
  ).map((r) => r.column_name);

async function hasActorsTable(db: Db): Promise<boolean> {
  return (await columnsOf(db, 'actors')).includes('name');
}
async function actorsHasCvr(db: Db): Promise<boolean> {
  return (await columnsOf(db, 'actors')).includes('cvr');
}
