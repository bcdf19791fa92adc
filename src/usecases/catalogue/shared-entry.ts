import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { catalogueEntries } from '../../db/schema/catalogue.js';
import { networkMembers } from '../../db/schema/organisations.js';
import { isUuid } from '../../domain/ids.js';
import { notFound } from '../../errors.js';
import { mayViewEntry, type CatalogueViewer, type EntryAccessFacts } from '../../policies/catalogue.js';

export type EntryRow = typeof catalogueEntries.$inferSelect;
export interface SharedEntry {
  entry: EntryRow;
  facts: EntryAccessFacts;
}

/** A catalogue entry with the networks its owner is a member of, or 404 when the viewer may not see it. */
export async function loadVisibleEntry(db: Db, viewer: CatalogueViewer, entryId: string): Promise<SharedEntry> {
  if (!isUuid(entryId)) throw notFound();
  const [entry] = await db.select().from(catalogueEntries).where(eq(catalogueEntries.id, entryId));
  if (!entry) throw notFound();
  const nets = await db.select({ networkId: networkMembers.networkId }).from(networkMembers).where(eq(networkMembers.organisationId, entry.organisationId));
  const facts: EntryAccessFacts = { organisationId: entry.organisationId, visibility: entry.visibility, ownerNetworkIds: nets.map((n) => n.networkId) };
  if (!mayViewEntry(viewer, facts)) throw notFound();
  return { entry, facts };
}
