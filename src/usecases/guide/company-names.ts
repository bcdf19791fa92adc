import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { rowsOf } from '../../db/rows.js';
import { networkActors } from '../../db/schema/network-platform.js';

export interface KnownCompany {
  name: string;
  cvr: string | null;
}

/**
 * Every partner company the system knows, across all organisations (a name must not appear in any
 * public text, whoever's partner it is): applications' private partners, catalogue entries' partner
 * companies and the networks' company actors (by name and CVR).
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
  rows.push(...(await db.select({ name: networkActors.name, cvr: networkActors.cvr }).from(networkActors).where(eq(networkActors.kind, 'company'))));
  const seen = new Map<string, KnownCompany>();
  for (const r of rows) {
    const name = (r.name ?? '').trim();
    if (name && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), { name, cvr: r.cvr?.trim() || null });
  }
  return [...seen.values()];
}
