import { isUuid } from '../../domain/ids.js';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { networkMembers } from '../../db/schema/organisations.js';
import { notFound } from '../../errors.js';
import { authorize } from '../../policies/authorize.js';
import { rolesIn, type Actor } from '../shared/actor.js';
import { loadPoolDetails, type PoolDetails } from './pool-details.js';

/** The networks in which the actor is a coordinator. */
export const coordinatedNetworks = (actor: Actor): string[] => actor.networkMemberships.filter((m) => m.role === 'coordinator').map((m) => m.networkId);

/**
 * Whether a network coordinator may read the pool: it is run by one of their networks, or owned by a
 * member organisation of one. Read only: coordinators never edit another organisation's pool.
 */
async function coordinatorMayRead(db: Db, actor: Actor, pool: PoolDetails): Promise<boolean> {
  const nets = coordinatedNetworks(actor);
  if (nets.length === 0) return false;
  if (pool.networkId && nets.includes(pool.networkId)) return true;
  const [member] = await db
    .select({ networkId: networkMembers.networkId })
    .from(networkMembers)
    .where(and(eq(networkMembers.organisationId, pool.organisationId), inArray(networkMembers.networkId, nets)))
    .limit(1);
  return member !== undefined;
}

/** Load a pool the actor may read, or throw NOT_FOUND (also for pools of other organisations). */
export async function readablePool(db: Db, actor: Actor, poolId: string): Promise<PoolDetails> {
  if (!isUuid(poolId)) throw notFound();
  const pool = await loadPoolDetails(db, poolId);
  if (!pool) throw notFound();
  if (rolesIn(actor, pool.organisationId).length > 0) {
    authorize(actor, 'pool.view', pool.organisationId);
    return pool;
  }
  if (await coordinatorMayRead(db, actor, pool)) return pool;
  throw notFound();
}
