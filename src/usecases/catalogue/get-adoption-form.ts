import type { Db } from '../../db/client.js';
import { can } from '../../policies/authorize.js';
import { loadCatalogueViewer } from '../../policies/catalogue.js';
import { listOpenPools, type OpenPool } from '../applications/list-open-pools.js';
import type { Actor } from '../shared/actor.js';
import { loadVisibleEntry } from './shared-entry.js';

export interface AdoptionForm {
  entry: { id: string; title: string; summary: string; problem: string; organisationId: string };
  /** The open pools of the actor's organisations they may send an idea to. */
  pools: OpenPool[];
}

/** What "Brug dette projekt" offers: the entry (404 unless visible) and the actor's open pools. */
export async function getAdoptionForm(db: Db, actor: Actor, input: { catalogueEntryId: string }, now = new Date()): Promise<AdoptionForm> {
  const { entry } = await loadVisibleEntry(db, await loadCatalogueViewer(db, actor), input.catalogueEntryId);
  const pools = (await listOpenPools(db, actor, now)).filter((p) => can(actor, 'idea.create', p.organisationId));
  return { entry: { id: entry.id, title: entry.title, summary: entry.summary, problem: entry.problem, organisationId: entry.organisationId }, pools };
}
