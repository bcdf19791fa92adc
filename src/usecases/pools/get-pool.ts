import type { Db } from '../../db/client.js';
import type { Actor } from '../shared/actor.js';
import { readablePool } from './pool-access.js';
import type { PoolDetails } from './pool-details.js';

/**
 * A pool with its budget lines (amount per year, earmarks with their share), decision bodies,
 * meetings and rules. Everyone with a role in the owning organisation may read it, and the
 * coordinators of its network; anyone else gets NOT_FOUND.
 */
export async function getPool(db: Db, actor: Actor, input: { poolId: string }): Promise<PoolDetails> {
  return readablePool(db, actor, input.poolId);
}
