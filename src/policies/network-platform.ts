import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { networkMembers, networks } from '../db/schema/organisations.js';
import { isUuid } from '../domain/ids.js';
import { notFound } from '../errors.js';
import type { Actor } from '../usecases/shared/actor.js';
import { can } from './authorize.js';
import type { EntryAccessFacts } from './catalogue.js';
import { coordinatedNetworks } from './networks.js';

/**
 * The network experience platform: who reads a network's overview and actors, and who posts on a
 * shared entry. Members are the users holding a role in a member organisation; the network's
 * coordinators read everything of their network but post nothing (they are nobody's municipality).
 * The actors' directory is never public.
 */

export interface NetworkAccess {
  network: { id: string; name: string; slug: string; description: string };
  memberOrganisationIds: string[];
  /** The actor's own organisations that are members (may participate). */
  ownMemberOrganisationIds: string[];
  isCoordinator: boolean;
}

/** Load a network as the actor may see it, or 404 (not a member, not its coordinator, or no such network). */
export async function loadNetworkAccess(db: Db, actor: Actor, networkId: string): Promise<NetworkAccess> {
  if (!isUuid(networkId)) throw notFound();
  const [network] = await db
    .select({ id: networks.id, name: networks.name, slug: networks.slug, description: networks.description })
    .from(networks)
    .where(eq(networks.id, networkId));
  if (!network) throw notFound();
  const members = (await db.select({ organisationId: networkMembers.organisationId }).from(networkMembers).where(eq(networkMembers.networkId, networkId))).map(
    (m) => m.organisationId,
  );
  const own = members.filter((o) => can(actor, 'network.participate', o));
  const isCoordinator = coordinatedNetworks(actor).includes(networkId);
  if (own.length === 0 && !isCoordinator) throw notFound();
  return { network, memberOrganisationIds: members, ownMemberOrganisationIds: own, isCoordinator };
}

/** The networks the actor takes part in as a member or coordinates (for navigation and the front page). */
export async function networksOf(db: Db, actor: Actor): Promise<{ id: string; name: string; isCoordinator: boolean }[]> {
  const orgs = actor.memberships.filter((m) => can(actor, 'network.participate', m.organisationId)).map((m) => m.organisationId);
  const coordinated = coordinatedNetworks(actor);
  const memberRows =
    orgs.length > 0
      ? await db.selectDistinct({ networkId: networkMembers.networkId }).from(networkMembers).where(inArray(networkMembers.organisationId, orgs))
      : [];
  const ids = [...new Set([...memberRows.map((r) => r.networkId), ...coordinated])];
  if (ids.length === 0) return [];
  const rows = await db.select({ id: networks.id, name: networks.name }).from(networks).where(inArray(networks.id, ids)).orderBy(networks.name);
  return rows.map((r) => ({ ...r, isCoordinator: coordinated.includes(r.id) }));
}

/**
 * The organisation the actor posts on an entry for: one of theirs that owns the entry, or one that
 * is a member of a network the owner belongs to, when the entry is shared beyond the owner. Null
 * when they may not post (the caller answers 404 when they may not even see the entry).
 */
export function postingOrganisation(actor: Actor, entry: EntryAccessFacts, membersByNetwork: ReadonlyMap<string, readonly string[]>): string | null {
  if (can(actor, 'network.participate', entry.organisationId)) return entry.organisationId;
  if (entry.visibility === 'organisation') return null;
  for (const n of entry.ownerNetworkIds) {
    const org = (membersByNetwork.get(n) ?? []).find((o) => can(actor, 'network.participate', o));
    if (org) return org;
  }
  return null;
}
