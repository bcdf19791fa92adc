import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { ideas } from '../../db/schema/applications.js';
import { catalogueAdoptions } from '../../db/schema/catalogue.js';
import { departments, organisations } from '../../db/schema/organisations.js';
import { todayInCopenhagen } from '../../domain/dates.js';
import { canAnywhere } from '../../policies/authorize.js';
import type { CatalogueViewer } from '../../policies/catalogue.js';
import { experienceThreads, postingOrganisationFor, type ExperienceThread } from '../network/experiences.js';
import type { Actor } from '../shared/actor.js';
import { loadVisibleEntry } from './shared-entry.js';

/**
 * What the entry page shows below the entry itself: who adopted it, the experience posts and
 * whether the viewer may adopt it or post. Loaded by the catalogue's entry route (catalogue core)
 * and filled in by the sharing work (adopt, experiences, network).
 */
export interface EntrySharing {
  /** Organisations/units that adopted the entry, newest first. */
  adoptions: { organisationName: string; unitName: string; adoptedOn: string; ideaTitle: string; applicationId: string | null }[];
  mayAdopt: boolean;
  /** Experience posts as threads (newest first); empty for a viewer outside the entry's circle. */
  experiences: ExperienceThread[];
  /** Whether the viewer may post a question, answer or lesson. */
  mayPost: boolean;
}

export async function loadEntrySharing(db: Db, actor: Actor | null, viewer: CatalogueViewer, entryId: string): Promise<EntrySharing> {
  const shared = await loadVisibleEntry(db, viewer, entryId);
  const rows = await db
    .select({
      organisationName: organisations.name,
      unitName: departments.name,
      createdAt: catalogueAdoptions.createdAt,
      ideaTitle: ideas.title,
      applicationId: ideas.applicationId,
    })
    .from(catalogueAdoptions)
    .innerJoin(organisations, eq(organisations.id, catalogueAdoptions.organisationId))
    .innerJoin(ideas, eq(ideas.id, catalogueAdoptions.ideaId))
    .leftJoin(departments, eq(departments.id, catalogueAdoptions.departmentId))
    .where(eq(catalogueAdoptions.entryId, entryId))
    .orderBy(desc(catalogueAdoptions.createdAt));
  return {
    adoptions: rows.map((r) => ({
      organisationName: r.organisationName,
      unitName: r.unitName ?? '',
      adoptedOn: todayInCopenhagen(r.createdAt),
      ideaTitle: r.ideaTitle,
      applicationId: r.applicationId,
    })),
    mayAdopt: actor !== null && canAnywhere(actor, 'idea.create'),
    experiences: await experienceThreads(db, viewer, shared),
    mayPost: (await postingOrganisationFor(db, actor, shared)) !== null,
  };
}
