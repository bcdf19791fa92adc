import type { Db } from '../../db/client.js';
import type { CatalogueViewer } from '../../policies/catalogue.js';
import type { Actor } from '../shared/actor.js';

/**
 * What the entry page shows below the entry itself: who adopted it, the experience posts and
 * whether the viewer may adopt it or post. Loaded by the catalogue's entry route (catalogue core)
 * and filled in by the sharing work (adopt, experiences, network).
 */
export interface EntrySharing {
  /** Organisations/units that adopted the entry, newest first. */
  adoptions: { organisationName: string; unitName: string; adoptedOn: string; ideaTitle: string; applicationId: string | null }[];
  mayAdopt: boolean;
}

export async function loadEntrySharing(_db: Db, _actor: Actor | null, _viewer: CatalogueViewer, _entryId: string): Promise<EntrySharing> {
  return { adoptions: [], mayAdopt: false };
}
