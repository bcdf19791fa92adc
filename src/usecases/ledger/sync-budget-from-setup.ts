import type { Db } from '../../db/client.js';
import type { Actor } from '../shared/actor.js';

/**
 * Called by createPool/updatePool inside their transaction: posts ledger `budget` entries so the
 * ledger's budget per line and year matches the pool's setup (differences are posted as new entries;
 * nothing is edited). STUB: implemented by the ledger area.
 */
export async function syncBudgetFromSetup(_tx: Db, _actor: Actor | null, _poolId: string): Promise<void> {
  // implemented by the ledger area
}
