import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { catalogueEntries } from '../../db/schema/catalogue.js';
import type { Actor } from '../shared/actor.js';
import { adoptionSourceOf } from './adoption-source.js';
import { loadPublishableProject } from './publish-catalogue-entry.js';

export interface ProjectCatalogueStatus {
  /** The entry the project builds on (adopted), when the actor may see it. */
  source: { catalogueEntryId: string; title: string } | null;
  /** The project's own entry, once shared. */
  entryId: string | null;
  mayPublish: boolean;
}

/** For the project page (which has already shown the project to the actor): where the project stands in the catalogue. */
export async function projectCatalogueStatus(db: Db, actor: Actor, applicationId: string): Promise<ProjectCatalogueStatus> {
  const source = await adoptionSourceOf(db, actor, applicationId);
  const [entry] = await db.select({ id: catalogueEntries.id }).from(catalogueEntries).where(eq(catalogueEntries.applicationId, applicationId));
  const mayPublish = await loadPublishableProject(db, actor, applicationId).then(
    () => true,
    () => false,
  );
  return { source, entryId: entry?.id ?? null, mayPublish };
}
