import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { yearAmountSchema } from '../../domain/money.js';
import { applications } from '../../db/schema/applications.js';
import { AppError, notFound } from '../../errors.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import type { CommitFundsInput } from './contracts.js';
import { refuseAfterHandover } from './handover-guard.js';
import { loadLedgerState, lockPool, postEntries, requireLine, type NewEntry } from './ledger-state.js';

export const commitFundsSchema = z.object({
  poolId: z.uuid(),
  budgetLineId: z.uuid('Vælg en budgetlinje'),
  applicationId: z.uuid('Vælg et projekt'),
  split: z
    .array(yearAmountSchema)
    .min(1, 'Fordel beløbet på mindst ét år')
    .refine((s) => s.some((y) => y.amountOere > 0), 'Beløbet skal være større end 0\u00a0kr.')
    .refine((s) => new Set(s.map((y) => y.year)).size === s.length, 'Hvert år må kun stå én gang'),
  reference: z.string().trim().min(1, 'Angiv hvilken beslutning bevillingen hviler på').max(500),
  reason: z.string().trim().min(1, 'Angiv en begrundelse').max(2000),
});

/**
 * Commit money for an approved application, inside the caller's transaction (the decision and the
 * commitment land together or not at all). Locks the pool's ledger (see ledger-state.ts); throws
 * AppError INSUFFICIENT_FUNDS naming the line and year when any year lacks the money, in which case
 * nothing is written. Years with 0 kr. in the split are skipped. No authorization: the caller (the
 * decision, or recordCommitment) authorizes. Writes the audit event `ledger.committed`.
 */
export async function commitFunds(tx: Db, actor: Actor | null, input: CommitFundsInput): Promise<{ entryIds: string[] }> {
  const data = parseInput(commitFundsSchema, input);
  const pool = await lockPool(tx, data.poolId);
  const [app] = await tx.select({ id: applications.id, poolId: applications.poolId }).from(applications).where(eq(applications.id, data.applicationId));
  if (!app) throw notFound();
  await refuseAfterHandover(tx, app.id);
  if (app.poolId !== pool.id) {
    throw new AppError('VALIDATION_FAILED', { fields: { applicationId: 'Projektet hører ikke til denne pulje' } });
  }
  const state = await loadLedgerState(tx, pool, [app.id]);
  requireLine(state, data.budgetLineId, 'Budgetlinjen hører ikke til denne pulje');
  const entries: NewEntry[] = data.split
    .filter((s) => s.amountOere > 0)
    .sort((a, b) => a.year - b.year)
    .map((s) => ({
      budgetLineId: data.budgetLineId,
      year: s.year,
      kind: 'commitment',
      amountOere: s.amountOere,
      applicationId: app.id,
      reference: data.reference,
      reason: data.reason,
    }));
  const entryIds = await postEntries(tx, actor, state, entries);
  await recordAudit(tx, actor, {
    action: 'ledger.committed',
    objectType: 'application',
    objectId: app.id,
    organisationId: pool.organisationId,
    after: {
      poolId: pool.id,
      budgetLineId: data.budgetLineId,
      split: entries.map((e) => ({ year: e.year, amountOere: e.amountOere })),
      reference: data.reference,
      entryIds,
    },
  });
  return { entryIds };
}
