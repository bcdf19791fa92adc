import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { budgetLineYears } from '../../db/schema/pools.js';
import { lineYearKey } from '../../domain/ledger.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { loadLedgerState, lockPool, postEntries, type NewEntry } from './ledger-state.js';

/**
 * Called by createPool/updatePool inside their transaction: posts ledger `budget` entries so the
 * ledger's budget per line and year matches the pool's setup (differences are posted as new entries;
 * nothing is edited). Refuses with INSUFFICIENT_FUNDS when the new setup would leave a line and year
 * with less than is already committed (including a smaller earmark share), so the pool change rolls
 * back with it. Writes an audit event when it posts anything.
 */
export async function syncBudgetFromSetup(tx: Db, actor: Actor | null, poolId: string): Promise<void> {
  const pool = await lockPool(tx, poolId);
  const state = await loadLedgerState(tx, pool);
  const lineIds = state.lines.map((l) => l.id);
  const setup = lineIds.length === 0 ? [] : await tx.select().from(budgetLineYears).where(inArray(budgetLineYears.budgetLineId, lineIds));
  const wanted = new Map<string, { lineId: string; year: number; amount: number }>();
  for (const r of setup) wanted.set(lineYearKey(r.budgetLineId, r.year), { lineId: r.budgetLineId, year: r.year, amount: r.amountOere });
  // Every (line, year) that has budget entries and is no longer in the setup goes back to zero.
  for (const [key, sums] of state.sums) {
    if (sums.budget !== 0 && !wanted.has(key)) {
      const [lineId = '', year = '0'] = key.split('|');
      wanted.set(key, { lineId, year: Number(year), amount: 0 });
    }
  }
  const entries: NewEntry[] = [];
  for (const [key, w] of [...wanted].sort(([a], [b]) => a.localeCompare(b))) {
    const diff = w.amount - (state.sums.get(key)?.budget ?? 0);
    if (diff !== 0) {
      entries.push({
        budgetLineId: w.lineId,
        year: w.year,
        kind: 'budget',
        amountOere: diff,
        reference: `Puljens opsætning, version ${pool.version}`,
        reason: 'Budget fra puljens opsætning',
      });
    }
  }
  // Post (or, with nothing to post, still check: an earmark share may have changed).
  const ids = await postEntries(tx, actor, state, entries);
  if (ids.length > 0) {
    await recordAudit(tx, actor, {
      action: 'ledger.budgetSynced',
      objectType: 'pool',
      objectId: pool.id,
      organisationId: pool.organisationId,
      after: { entries: entries.map((e, i) => ({ id: ids[i], budgetLineId: e.budgetLineId, year: e.year, amountOere: e.amountOere })) },
    });
  }
}
