import { z } from 'zod';
import { isUuid } from '../../domain/ids.js';
import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../errors.js';
import { authorize } from '../../policies/authorize.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { findPool, loadLedgerState, lockPool, postEntries, requireLine } from './ledger-state.js';
import { lineField, positiveOere, reasonField, referenceField, yearField } from './schemas.js';

export const carryOverSchema = z.object({
  poolId: z.string(),
  budgetLineId: lineField,
  /** Unspent money of this year moves to the next. */
  fromYear: yearField,
  amountOere: positiveOere,
  reference: referenceField('Angiv hvilken beslutning overførslen hviler på'),
  reason: reasonField,
});
export type CarryOverInput = z.input<typeof carryOverSchema>;

/**
 * Carry unspent money of a line from one year to the next, where the pool allows it: a
 * `carry_over_out` entry on the year and a linked `carry_over_in` on the next. Refused with
 * INSUFFICIENT_FUNDS when the year has less remaining than the amount.
 */
export async function carryOver(db: Db, actor: Actor, input: unknown): Promise<{ entryIds: string[] }> {
  const data = parseInput(carryOverSchema, input);
  if (!isUuid(data.poolId)) throw notFound();
  authorize(actor, 'ledger.adjust', (await findPool(db, data.poolId)).organisationId);
  return db.transaction(async (tx) => {
    const pool = await lockPool(tx, data.poolId);
    if (!pool.allowsCarryOver) throw new AppError('CARRY_OVER_NOT_ALLOWED');
    if (data.fromYear < pool.periodStartYear || data.fromYear >= pool.periodEndYear) {
      throw new AppError('VALIDATION_FAILED', {
        fields: { fromYear: `Der kan overføres fra ${pool.periodStartYear} til og med ${pool.periodEndYear - 1} (til året efter, inden for puljens periode)` },
      });
    }
    const state = await loadLedgerState(tx, pool);
    requireLine(state, data.budgetLineId);
    const common = { budgetLineId: data.budgetLineId, amountOere: data.amountOere, reference: data.reference, reason: data.reason };
    const entryIds = await postEntries(tx, actor, state, [
      { ...common, year: data.fromYear, kind: 'carry_over_out' },
      { ...common, year: data.fromYear + 1, kind: 'carry_over_in', relatedToIndex: 0 },
    ]);
    await recordAudit(tx, actor, {
      action: 'ledger.carriedOver',
      objectType: 'pool',
      objectId: pool.id,
      organisationId: pool.organisationId,
      after: {
        entryIds,
        budgetLineId: data.budgetLineId,
        fromYear: data.fromYear,
        toYear: data.fromYear + 1,
        amountOere: data.amountOere,
        reference: data.reference,
      },
    });
    return { entryIds };
  });
}
