import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { ideas } from '../../db/schema/applications.js';
import { catalogueAdoptions, catalogueEntries } from '../../db/schema/catalogue.js';
import { loadCatalogueViewer } from '../../policies/catalogue.js';
import type { Actor } from '../shared/actor.js';
import { loadVisibleEntry } from './shared-entry.js';

/**
 * "Bygger på katalogindgangen …": the entry an application (and so its project) was adopted from —
 * the idea created by adoption that was converted into this application — when the actor may still
 * see that entry; else null. The caller has already shown the application to the actor.
 */
export async function adoptionSourceOf(db: Db, actor: Actor, applicationId: string): Promise<{ catalogueEntryId: string; title: string } | null> {
  const [row] = await db
    .select({ entryId: catalogueEntries.id, title: catalogueEntries.title })
    .from(ideas)
    .innerJoin(catalogueAdoptions, eq(catalogueAdoptions.ideaId, ideas.id))
    .innerJoin(catalogueEntries, eq(catalogueEntries.id, catalogueAdoptions.entryId))
    .where(eq(ideas.applicationId, applicationId));
  if (!row) return null;
  try {
    await loadVisibleEntry(db, await loadCatalogueViewer(db, actor), row.entryId);
  } catch {
    return null; // the owner has narrowed its visibility since
  }
  return { catalogueEntryId: row.entryId, title: row.title };
}
