import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { formatKroner } from '../../domain/money.js';
import { AppError } from '../../errors.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { postEntries, projectKey, type NewEntry } from './ledger-state.js';
import { lockProjectLedger, projectOf } from './project-of.js';
import { checkboxField, lineField, positiveOere, reasonField, referenceField, yearField } from './schemas.js';

export const recordReturnSchema = z.object({
  applicationId: z.string(),
  budgetLineId: lineField,
  year: yearField,
  amountOere: positiveOere,
  reference: referenceField('Angiv en reference, fx et bilagsnummer eller en beslutning'),
  reason: reasonField,
  /**
   * false (default): commitment that will not be paid out is released back to the line.
   * true: money already paid out is paid back by the project; "paid" goes down by the same amount.
   */
  repaid: checkboxField.default(false),
});
export type RecordReturnInput = z.input<typeof recordReturnSchema>;

/**
 * Unspent money from a project back to its line and year (finance). Either commitment not yet paid
 * out, or — with `repaid` — money paid out and paid back (then a negative payout is posted beside
 * the return, linked to it). Either way paid + returned never exceeds what was committed.
 */
export async function recordReturn(db: Db, actor: Actor, input: unknown): Promise<{ entryIds: string[] }> {
  const data = parseInput(recordReturnSchema, input);
  const project = await projectOf(db, data.applicationId);
  return db.transaction(async (tx) => {
    const { pool, state } = await lockProjectLedger(tx, actor, project, data.budgetLineId);
    const paid = state.projectSums.get(projectKey(project.id, data.budgetLineId, data.year))?.payout ?? 0;
    if (data.repaid && data.amountOere > paid) {
      throw new AppError('VALIDATION_FAILED', { fields: { amountOere: `Der er kun udbetalt ${formatKroner(paid)} på denne bevilling` } });
    }
    const entries: NewEntry[] = [
      {
        budgetLineId: data.budgetLineId,
        year: data.year,
        kind: 'return',
        amountOere: data.amountOere,
        applicationId: project.id,
        reference: data.reference,
        reason: data.reason,
      },
    ];
    if (data.repaid) {
      entries.push({
        budgetLineId: data.budgetLineId,
        year: data.year,
        kind: 'payout',
        amountOere: -data.amountOere,
        applicationId: project.id,
        payeeDepartmentId: project.leadDepartmentId,
        reference: data.reference,
        reason: `Tilbagebetalt af projektet: ${data.reason}`,
        relatedToIndex: 0,
      });
    }
    const entryIds = await postEntries(tx, actor, state, entries);
    await recordAudit(tx, actor, {
      action: 'ledger.returned',
      objectType: 'application',
      objectId: project.id,
      organisationId: pool.organisationId,
      after: { entryIds, budgetLineId: data.budgetLineId, year: data.year, amountOere: data.amountOere, repaid: data.repaid, reference: data.reference },
    });
    return { entryIds };
  });
}
