import { asc, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { organisations } from '../../db/schema/organisations.js';
import { organisationIds, rolesIn, type Actor } from '../shared/actor.js';

/** The organisations the actor belongs to, with the actor's roles in each. */
export async function listOrganisations(db: Db, actor: Actor) {
  const ids = organisationIds(actor);
  if (ids.length === 0) return [];
  const rows = await db.select().from(organisations).where(inArray(organisations.id, ids)).orderBy(asc(organisations.name));
  return rows.map((o) => ({ id: o.id, slug: o.slug, name: o.name, roles: rolesIn(actor, o.id) }));
}
