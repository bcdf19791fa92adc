import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { loadCatalogueViewer } from '../../policies/catalogue.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { loadVisibleEntry } from '../catalogue/shared-entry.js';
import { experienceThreads, postingOrganisationFor, type ExperienceThread } from './experiences.js';

export const listExperiencesSchema = z.object({ catalogueEntryId: z.string().trim().min(1) });

export interface ExperiencesView {
  entry: { id: string; title: string; summary: string; organisationId: string };
  threads: ExperienceThread[];
  mayPost: boolean;
}

/** The experience posts on an entry the actor may see (404 otherwise), as threads, and whether they may post. */
export async function listExperiences(db: Db, actor: Actor, input: unknown): Promise<ExperiencesView> {
  const { catalogueEntryId } = parseInput(listExperiencesSchema, input);
  const viewer = await loadCatalogueViewer(db, actor);
  const shared = await loadVisibleEntry(db, viewer, catalogueEntryId);
  const { entry } = shared;
  return {
    entry: { id: entry.id, title: entry.title, summary: entry.summary, organisationId: entry.organisationId },
    threads: await experienceThreads(db, viewer, shared),
    mayPost: (await postingOrganisationFor(db, actor, shared)) !== null,
  };
}
