import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/accounts.js';
import { experiencePosts } from '../../db/schema/network-platform.js';
import { networkMembers, organisations } from '../../db/schema/organisations.js';
import type { ExperienceKind } from '../../domain/network-platform.js';
import { maySeePartners, type CatalogueViewer } from '../../policies/catalogue.js';
import { postingOrganisation } from '../../policies/network-platform.js';
import type { Actor } from '../shared/actor.js';
import type { SharedEntry } from '../catalogue/shared-entry.js';

export interface ExperiencePost {
  id: string;
  kind: ExperienceKind;
  body: string;
  replyToId: string | null;
  authorName: string;
  organisationName: string;
  createdAt: Date;
}

/** A thread: a first post with its answers, oldest first. */
export interface ExperienceThread extends ExperiencePost {
  replies: ExperiencePost[];
}

/** The networks' member organisations, by network (for `postingOrganisation`). */
export async function membersByNetwork(db: Db, networkIds: readonly string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (networkIds.length === 0) return map;
  const rows = await db
    .select()
    .from(networkMembers)
    .where(inArray(networkMembers.networkId, [...networkIds]));
  for (const r of rows) map.set(r.networkId, [...(map.get(r.networkId) ?? []), r.organisationId]);
  return map;
}

/** The organisation the actor would post for, or null (anonymous, or not in the entry's circle). */
export async function postingOrganisationFor(db: Db, actor: Actor | null, shared: SharedEntry): Promise<string | null> {
  if (actor === null) return null;
  return postingOrganisation(actor, shared.facts, await membersByNetwork(db, shared.facts.ownerNetworkIds));
}

/**
 * The posts on an entry as threads. Only the entry's own circle (the owner and its networks' members
 * and coordinators, who may also see partner names) reads them: posts may name suppliers.
 */
export async function experienceThreads(db: Db, viewer: CatalogueViewer, shared: SharedEntry): Promise<ExperienceThread[]> {
  if (!maySeePartners(viewer, shared.facts)) return [];
  const rows = await db
    .select({
      id: experiencePosts.id,
      kind: experiencePosts.kind,
      body: experiencePosts.body,
      replyToId: experiencePosts.replyToId,
      authorName: users.name,
      organisationName: organisations.name,
      createdAt: experiencePosts.createdAt,
    })
    .from(experiencePosts)
    .innerJoin(users, eq(users.id, experiencePosts.authorUserId))
    .innerJoin(organisations, eq(organisations.id, experiencePosts.organisationId))
    .where(and(eq(experiencePosts.entryId, shared.entry.id)))
    .orderBy(asc(experiencePosts.createdAt), asc(experiencePosts.id));
  const threads = rows.filter((r) => r.replyToId === null).map((r) => ({ ...r, replies: [] as ExperiencePost[] }));
  const byId = new Map(threads.map((t) => [t.id, t]));
  for (const r of rows) if (r.replyToId !== null) byId.get(r.replyToId)?.replies.push(r);
  return threads.reverse(); // newest thread first, answers in order
}
