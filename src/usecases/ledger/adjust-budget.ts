import { z } from 'zod';
import { isUuid } from '../../domain/ids.js';
import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../errors.js';
import { authorize } from '../../policies/authorize.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { findPool, loadLedgerState, lockPool, postEntries, requireLine } from './ledger-state.js';
import { lineField, reasonField, referenceField, signedOere, yearField } from './schemas.js';

export const adjustBudgetSchema = z.object({
  poolId: z.string(),
  budgetLineId: lineField,
  year: yearField,
  /** Positive adds to the line's budget for the year, negative takes away. */
  amountOere: signedOere,
  reference: referenceField('Angiv hvilken beslutning reguleringen hviler på'),
  reason: reasonField,
});
export type AdjustBudgetInput = z.input<typeof adjustBudgetSchema>;

/**
 * A budget change by decision, as an `adjustment` entry (never an edit of the setup's figures). On a
 * parent line its earmarks get their share of it; on an earmark it is the earmark's alone. Refused
 * with INSUFFICIENT_FUNDS when it would leave any line and year below zero.
 */
export async function adjustBudget(db: Db, actor: Actor, input: unknown): Promise<{ entryId: string }> {
  const data = parseInput(adjustBudgetSchema, input);
  if (!isUuid(data.poolId)) throw notFound();
  authorize(actor, 'ledger.adjust', (await findPool(db, data.poolId)).organisationId);
  return db.transaction(async (tx) => {
    const pool = await lockPool(tx, data.poolId);
    if (data.year < pool.periodStartYear || data.year > pool.periodEndYear) {
      throw new AppError('VALIDATION_FAILED', { fields: { year: `Året skal ligge i puljens periode ${pool.periodStartYear}–${pool.periodEndYear}` } });
    }
    const state = await loadLedgerState(tx, pool);
    requireLine(state, data.budgetLineId);
    const [entryId = ''] = await postEntries(tx, actor, state, [
      { budgetLineId: data.budgetLineId, year: data.year, kind: 'adjustment', amountOere: data.amountOere, reference: data.reference, reason: data.reason },
    ]);
    await recordAudit(tx, actor, {
      action: 'ledger.budgetAdjusted',
      objectType: 'pool',
      objectId: pool.id,
      organisationId: pool.organisationId,
      after: { entryId, budgetLineId: data.budgetLineId, year: data.year, amountOere: data.amountOere, reference: data.reference, reason: data.reason },
    });
    return { entryId };
  });
}
