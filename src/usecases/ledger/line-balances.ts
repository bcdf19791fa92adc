import type { Db } from '../../db/client.js';
import type { LineYearBalance } from './contracts.js';

/**
 * Balances per budget line and year of a pool, computed from the ledger (earmark partitions applied:
 * a parent line's remaining excludes its earmarks' shares). No authorization: callers authorize.
 * STUB: implemented by the ledger area.
 */
export async function lineBalances(_db: Db, _poolId: string): Promise<LineYearBalance[]> {
  return [];
}
