import type { Db } from '../../db/client.js';
import { loadLedgerState, lockPool, postEntries, projectsOf, type NewEntry } from '../ledger/ledger-state.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';

export interface ReturnedMoney {
  returnedOere: number;
  entryIds: string[];
  lines: { budgetLineId: string; year: number; amountOere: number }[];
}

/**
 * Returns what a project has committed but not paid out (nor returned) to the line and year it came
 * from, through the ledger's one write path (lock the pool, load, post `return` entries), inside the
 * caller's transaction. Audited as `ledger.returned`. Nothing to return → no entries.
 */
export async function returnUnspent(
  tx: Db,
  actor: Actor,
  project: { id: string; poolId: string; organisationId: string },
  why: { reference: string; reason: string },
): Promise<ReturnedMoney> {
  const pool = await lockPool(tx, project.poolId);
  const state = await loadLedgerState(tx, pool, [project.id]);
  const entries: NewEntry[] = projectsOf(state)
    .filter((p) => p.applicationId === project.id && p.payableOere > 0)
    .sort((a, b) => a.year - b.year)
    .map((p) => ({
      budgetLineId: p.budgetLineId,
      year: p.year,
      kind: 'return',
      amountOere: p.payableOere,
      applicationId: project.id,
      reference: why.reference,
      reason: why.reason,
    }));
  if (entries.length === 0) return { returnedOere: 0, entryIds: [], lines: [] };
  const entryIds = await postEntries(tx, actor, state, entries);
  const lines = entries.map((e) => ({ budgetLineId: e.budgetLineId, year: e.year, amountOere: e.amountOere }));
  const returnedOere = lines.reduce((s, l) => s + l.amountOere, 0);
  await recordAudit(tx, actor, {
    action: 'ledger.returned',
    objectType: 'application',
    objectId: project.id,
    organisationId: project.organisationId,
    after: { entryIds, lines, returnedOere, reference: why.reference, reason: why.reason, unspentOnClose: true },
  });
  return { returnedOere, entryIds, lines };
}
