import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { applications } from '../../db/schema/applications.js';
import { catalogueEntries } from '../../db/schema/catalogue.js';
import { isUuid } from '../../domain/ids.js';
import { forbidden, notFound } from '../../errors.js';
import { mayPublishEntry } from '../../policies/catalogue.js';
import { rolesIn, type Actor } from '../shared/actor.js';

export type EntryRow = typeof catalogueEntries.$inferSelect;

/**
 * An entry the actor may edit (and add documents to): the owning organisation's secretariat, or
 * the lead of the project it comes from. Someone without a role in the owning organisation gets
 * NOT_FOUND (as everywhere across tenants, even for an entry shared with them), anyone else there
 * FORBIDDEN. `forUpdate` locks the row (inside a transaction).
 */
export async function loadEditableEntry(db: Db, actor: Actor, entryId: string, opts: { forUpdate?: boolean } = {}): Promise<EntryRow> {
  if (!isUuid(entryId)) throw notFound();
  const query = db.select().from(catalogueEntries).where(eq(catalogueEntries.id, entryId));
  const [entry] = opts.forUpdate ? await query.for('update') : await query;
  if (!entry || rolesIn(actor, entry.organisationId).length === 0) throw notFound();
  if (!mayPublishEntry(actor, entry, { isProjectLead: await isLeadOf(db, actor, entry.applicationId) })) throw forbidden();
  return entry;
}

async function isLeadOf(db: Db, actor: Actor, applicationId: string | null): Promise<boolean> {
  if (!applicationId) return false;
  const [app] = await db.select({ leadUserId: applications.leadUserId }).from(applications).where(eq(applications.id, applicationId));
  return app?.leadUserId === actor.userId;
}

/** Whether the actor may edit the entry (for the entry page's "Ret" link); never throws. */
export async function mayEditEntry(db: Db, actor: Actor | null, entry: { organisationId: string; applicationId: string | null }): Promise<boolean> {
  if (!actor || rolesIn(actor, entry.organisationId).length === 0) return false;
  return mayPublishEntry(actor, entry, { isProjectLead: await isLeadOf(db, actor, entry.applicationId) });
}
