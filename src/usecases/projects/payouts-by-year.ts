import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { getProjectLedger } from '../ledger/get-project-ledger.js';
import type { Actor } from '../shared/actor.js';

/** The ledger's payouts to the project per year (through getProjectLedger); null when the actor may not see the money. */
export async function payoutsByYear(db: Db, actor: Actor, applicationId: string): Promise<{ year: number; paidOere: number }[] | null> {
  try {
    const ledger = await getProjectLedger(db, actor, { applicationId });
    const byYear = new Map<number, number>();
    for (const l of ledger.lines) byYear.set(l.year, (byYear.get(l.year) ?? 0) + l.paidOere);
    return [...byYear].sort((a, b) => a[0] - b[0]).map(([year, paidOere]) => ({ year, paidOere }));
  } catch (err) {
    if (err instanceof AppError && err.code === 'FORBIDDEN') return null;
    throw err;
  }
}
