import { eq, inArray, or } from 'drizzle-orm';
import { isUuid } from '../../domain/ids.js';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { ledgerEntries } from '../../db/schema/ledger.js';
import { AppError, notFound } from '../../errors.js';
import { authorizeReversal, reversalPermission } from '../../policies/ledger.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { findPool, loadLedgerState, lockPool, postEntries, type NewEntry } from './ledger-state.js';
import { reasonField, referenceField } from './schemas.js';

export const reverseEntrySchema = z.object({
  entryId: z.string(),
  reference: referenceField('Angiv hvad rettelsen hviler på, fx en sag eller en mail'),
  reason: reasonField,
});
export type ReverseEntryInput = z.input<typeof reverseEntrySchema>;

/**
 * A correction: a new entry of the same kind with the opposite amount, pointing at the entry it
 * reverses. Linked entries go together (both halves of a carry-over; a repayment's return and its
 * negative payout). Refused when the entry is itself a correction or already reversed, and with
 * INSUFFICIENT_FUNDS / EXCEEDS_COMMITMENT when the ledger would break (e.g. reversing a commitment
 * that has been paid out).
 */
export async function reverseEntry(db: Db, actor: Actor, input: unknown): Promise<{ entryIds: string[] }> {
  const data = parseInput(reverseEntrySchema, input);
  if (!isUuid(data.entryId)) throw notFound();
  const [entry] = await db.select().from(ledgerEntries).where(eq(ledgerEntries.id, data.entryId));
  if (!entry) throw notFound();
  const pool0 = await findPool(db, entry.poolId);
  // Who may correct what: policies/ledger.ts (the role that records a kind corrects it).
  authorizeReversal(actor, entry, pool0.organisationId);
  if (reversalPermission(entry.kind) === null) {
    throw new AppError('CONFLICT', {
      message: {
        da: 'Budget fra puljens opsætning rettes i puljens opsætning, ikke her. Brug en regulering til ændringer ved beslutning.',
        en: "The setup's budget is changed in the pool's setup. Use an adjustment for changes by decision.",
      },
    });
  }
  if (entry.reversesEntryId) {
    throw new AppError('CONFLICT', {
      message: {
        da: 'En rettelse kan ikke selv rettes. Registrér i stedet en ny postering.',
        en: 'A correction cannot itself be reversed. Record a new entry instead.',
      },
    });
  }
  return db.transaction(async (tx) => {
    const pool = await lockPool(tx, entry.poolId);
    const group = await tx
      .select()
      .from(ledgerEntries)
      .where(
        or(
          eq(ledgerEntries.id, entry.id),
          eq(ledgerEntries.relatedEntryId, entry.id),
          entry.relatedEntryId ? eq(ledgerEntries.id, entry.relatedEntryId) : undefined,
        ),
      );
    group.sort((a, b) => a.seq - b.seq);
    const reversed = await tx
      .select({ id: ledgerEntries.id })
      .from(ledgerEntries)
      .where(
        inArray(
          ledgerEntries.reversesEntryId,
          group.map((g) => g.id),
        ),
      );
    if (reversed.length > 0) {
      throw new AppError('CONFLICT', { message: { da: 'Posteringen er allerede tilbageført.', en: 'The entry has already been reversed.' } });
    }
    const applicationIds = group.flatMap((g) => (g.applicationId ? [g.applicationId] : []));
    const state = await loadLedgerState(tx, pool, applicationIds);
    const entries: NewEntry[] = group.map((g, i) => ({
      budgetLineId: g.budgetLineId,
      year: g.year,
      kind: g.kind,
      amountOere: -g.amountOere,
      applicationId: g.applicationId,
      payeeDepartmentId: g.payeeDepartmentId,
      reference: data.reference,
      reason: data.reason,
      reversesEntryId: g.id,
      ...(i > 0 ? { relatedToIndex: 0 } : {}),
    }));
    const entryIds = await postEntries(tx, actor, state, entries);
    await recordAudit(tx, actor, {
      action: 'ledger.entryReversed',
      objectType: 'ledger_entry',
      objectId: entry.id,
      organisationId: pool.organisationId,
      before: group.map((g) => ({ id: g.id, kind: g.kind, budgetLineId: g.budgetLineId, year: g.year, amountOere: g.amountOere })),
      after: { entryIds, reference: data.reference, reason: data.reason },
    });
    return { entryIds };
  });
}
