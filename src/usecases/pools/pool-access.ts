import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { networkMembers } from '../../db/schema/organisations.js';
import { isUuid } from '../../domain/ids.js';
import { notFound } from '../../errors.js';
import { authorize } from '../../policies/authorize.js';
import { coordinatedNetworks, coordinatorMayRead } from '../../policies/networks.js';
import { readsPoolAsMember } from '../../policies/pools.js';
import type { Actor } from '../shared/actor.js';
import { loadPoolDetails, type PoolDetails } from './pool-details.js';

/** The networks (of those the actor coordinates) that the organisation is a member of. */
async function coordinatedNetworksOf(db: Db, actor: Actor, organisationId: string): Promise<string[]> {
  const nets = coordinatedNetworks(actor);
  if (nets.length === 0) return [];
  const rows = await db
    .select({ networkId: networkMembers.networkId })
    .from(networkMembers)
    .where(and(eq(networkMembers.organisationId, organisationId), inArray(networkMembers.networkId, nets)));
  return rows.map((r) => r.networkId);
}

/** Load a pool the actor may read, or throw NOT_FOUND (also for pools of other organisations). */
export async function readablePool(db: Db, actor: Actor, poolId: string): Promise<PoolDetails> {
  if (!isUuid(poolId)) throw notFound();
  const pool = await loadPoolDetails(db, poolId);
  if (!pool) throw notFound();
  if (readsPoolAsMember(actor, pool)) {
    authorize(actor, 'pool.view', pool.organisationId);
    return pool;
  }
  if (coordinatorMayRead(actor, pool, await coordinatedNetworksOf(db, actor, pool.organisationId))) return pool;
  throw notFound();
}
