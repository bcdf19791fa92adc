import { z } from 'zod';
import type { Db } from '../../db/client.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { refuseAfterHandover } from './handover-guard.js';
import { postEntries } from './ledger-state.js';
import { lockProjectLedger, projectOf } from './project-of.js';
import { lineField, positiveOere, referenceField, yearField } from './schemas.js';

export const recordPayoutSchema = z.object({
  applicationId: z.string(),
  /** The commitment (line and year) the payout draws on. */
  budgetLineId: lineField,
  year: yearField,
  amountOere: positiveOere,
  /** E.g. the receiving unit's account string, or an invoice number. */
  reference: referenceField('Angiv en reference, fx kontostreng eller fakturanummer'),
  reason: z.string().trim().max(2000, 'Højst 2000 tegn').default(''),
});
export type RecordPayoutInput = z.input<typeof recordPayoutSchema>;

/**
 * A (partial) payout against a project's commitment on a line and year, to the project's lead unit
 * (decentral payout: the money follows the project management). Finance only. Refused with
 * EXCEEDS_COMMITMENT when paid + returned would exceed what was committed for that line and year.
 */
export async function recordPayout(db: Db, actor: Actor, input: unknown): Promise<{ entryId: string }> {
  const data = parseInput(recordPayoutSchema, input);
  const project = await projectOf(db, data.applicationId);
  return db.transaction(async (tx) => {
    const { pool, state } = await lockProjectLedger(tx, actor, project, data.budgetLineId);
    await refuseAfterHandover(tx, project.id);
    const [entryId = ''] = await postEntries(tx, actor, state, [
      {
        budgetLineId: data.budgetLineId,
        year: data.year,
        kind: 'payout',
        amountOere: data.amountOere,
        applicationId: project.id,
        payeeDepartmentId: project.leadDepartmentId,
        reference: data.reference,
        reason: data.reason || 'Udbetaling',
      },
    ]);
    await recordAudit(tx, actor, {
      action: 'ledger.paidOut',
      objectType: 'application',
      objectId: project.id,
      organisationId: pool.organisationId,
      after: {
        entryId,
        budgetLineId: data.budgetLineId,
        year: data.year,
        amountOere: data.amountOere,
        payeeDepartmentId: project.leadDepartmentId,
        reference: data.reference,
      },
    });
    return { entryId };
  });
}
