import type { Db } from '../../db/client.js';
import type { LineYearBalance } from './contracts.js';
import { findPool, lineYearsOf, loadLedgerState } from './ledger-state.js';

/**
 * Balances per budget line and year of a pool, computed from the ledger (earmark partitions applied:
 * a parent line's remaining excludes its earmarks' shares). Lines in the setup's order (each parent
 * followed by its earmarks), years ascending within a line. No authorization: callers authorize.
 * Inside a transaction that will commit money, call commitFunds (which locks) rather than trusting
 * these figures.
 */
export async function lineBalances(db: Db, poolId: string): Promise<LineYearBalance[]> {
  const pool = await findPool(db, poolId);
  const state = await loadLedgerState(db, pool);
  const byId = new Map(state.lines.map((l) => [l.id, l]));
  return lineYearsOf(state).map((f) => {
    const line = byId.get(f.budgetLineId);
    return { ...f, budgetLineName: line?.name ?? '', parentLineId: line?.parentLineId ?? null };
  });
}
