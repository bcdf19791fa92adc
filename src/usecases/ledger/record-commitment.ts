import type { z } from 'zod';
import { todayInCopenhagen } from '../../domain/dates.js';
import { isUuid } from '../../domain/ids.js';
import type { Db } from '../../db/client.js';
import { notFound } from '../../errors.js';
import { authorize } from '../../policies/authorize.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { commitFunds, commitFundsSchema } from './commit-funds.js';
import { checkManualCommitment } from './commitment-guards.js';
import { findPool } from './ledger-state.js';

/** Same shape as commitFunds: a project, a line, the split over years, and the decision it rests on. */
export const recordCommitmentSchema = commitFundsSchema;
export type RecordCommitmentInput = z.input<typeof recordCommitmentSchema>;

/**
 * A commitment recorded by hand by the secretariat (e.g. a grant decided outside the system's
 * meetings). Decisions at meetings commit through commitFunds in the assessment area instead.
 * Only to an approved application, and not for a budget year that has ended by `opts.today` (default
 * Copenhagen's today) unless the pool carries money over (`checkManualCommitment`).
 */
export async function recordCommitment(db: Db, actor: Actor, input: unknown, opts: { today?: string } = {}): Promise<{ entryIds: string[] }> {
  const data = parseInput(recordCommitmentSchema, input);
  if (!isUuid(data.poolId)) throw notFound();
  const pool = await findPool(db, data.poolId);
  authorize(actor, 'ledger.commit', pool.organisationId);
  return db.transaction(async (tx) => {
    await checkManualCommitment(tx, pool, data, opts.today ?? todayInCopenhagen());
    return commitFunds(tx, actor, data);
  });
}
