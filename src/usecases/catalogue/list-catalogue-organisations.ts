import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { rowsOf } from '../../db/rows.js';
import { loadCatalogueViewer, visibleEntrySql } from '../../policies/catalogue.js';
import type { Actor } from '../shared/actor.js';

/**
 * The organisations (municipalities) that own at least one entry the viewer may see: the options of
 * the search's municipality filter. A bounded list (one row per organisation of the installation).
 */
export async function listCatalogueOrganisations(db: Db, actor: Actor | null): Promise<{ organisations: { id: string; name: string }[] }> {
  const viewer = await loadCatalogueViewer(db, actor);
  const rows = rowsOf<{ id: string; name: string }>(
    await db.execute(sql`
      select o.id, o.name from organisations o
      where exists (select 1 from catalogue_entries e where e.organisation_id = o.id and ${visibleEntrySql(viewer, 'e')})
      order by o.name, o.id`),
  );
  return { organisations: rows.map((r) => ({ id: String(r.id), name: String(r.name) })) };
}
