import type { Db } from '../../db/client.js';
import type { Actor } from '../shared/actor.js';
import type { CommitFundsInput } from './contracts.js';

/**
 * Commit money for an approved application, inside the caller's transaction (the decision and the
 * commitment land together or not at all). Locks the line-years; throws AppError INSUFFICIENT_FUNDS
 * when any year lacks the money. STUB: implemented by the ledger area.
 */
export async function commitFunds(_tx: Db, _actor: Actor | null, _input: CommitFundsInput): Promise<{ entryIds: string[] }> {
  return { entryIds: [] };
}
