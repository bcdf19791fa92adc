import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { networkActorProjects, networkActors } from '../../db/schema/network-platform.js';
import { organisations } from '../../db/schema/organisations.js';
import type { ActorKind } from '../../domain/network-platform.js';
import { isUuid } from '../../domain/ids.js';
import { notFound } from '../../errors.js';
import { loadNetworkAccess } from '../../policies/network-platform.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';

export interface NetworkActor {
  id: string;
  kind: ActorKind;
  name: string;
  cvr: string | null;
  description: string;
  projects: { title: string; organisationName: string; role: string; catalogueEntryId: string | null }[];
}

async function actorsOf(db: Db, networkId: string, actorId?: string): Promise<NetworkActor[]> {
  const rows = await db
    .select()
    .from(networkActors)
    .where(actorId ? and(eq(networkActors.networkId, networkId), eq(networkActors.id, actorId)) : eq(networkActors.networkId, networkId))
    .orderBy(asc(networkActors.name), asc(networkActors.id));
  if (rows.length === 0) return [];
  const projects = await db
    .select({
      actorId: networkActorProjects.actorId,
      title: networkActorProjects.title,
      organisationName: organisations.name,
      role: networkActorProjects.role,
      catalogueEntryId: networkActorProjects.catalogueEntryId,
    })
    .from(networkActorProjects)
    .innerJoin(organisations, eq(organisations.id, networkActorProjects.organisationId))
    .where(
      inArray(
        networkActorProjects.actorId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(organisations.name), asc(networkActorProjects.title));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    name: r.name,
    cvr: r.cvr,
    description: r.description,
    projects: projects.filter((p) => p.actorId === r.id).map(({ actorId: _a, ...p }) => p),
  }));
}

export const listActorsSchema = z.object({ networkId: z.string().trim().min(1) });

/** The network's actors' directory with the projects each took part in across the members. Members and coordinators only; never public. */
export async function listActors(db: Db, actor: Actor, input: unknown): Promise<{ network: { id: string; name: string }; actors: NetworkActor[] }> {
  const { networkId } = parseInput(listActorsSchema, input);
  const access = await loadNetworkAccess(db, actor, networkId);
  return { network: { id: access.network.id, name: access.network.name }, actors: await actorsOf(db, networkId) };
}

export const getActorSchema = z.object({ networkId: z.string().trim().min(1), actorId: z.string().trim().min(1) });

/** One actor of the network's directory (404 outside the network, or an actor of another network). */
export async function getNetworkActor(db: Db, actor: Actor, input: unknown): Promise<{ network: { id: string; name: string }; actor: NetworkActor }> {
  const { networkId, actorId } = parseInput(getActorSchema, input);
  const access = await loadNetworkAccess(db, actor, networkId);
  if (!isUuid(actorId)) throw notFound();
  const [found] = await actorsOf(db, networkId, actorId);
  if (!found) throw notFound();
  return { network: { id: access.network.id, name: access.network.name }, actor: found };
}
