import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { decisions } from '../../db/schema/assessment.js';
import { decisionCorrections } from '../../db/schema/project-outcomes.js';
import { budgetYearSchema, oereSchema } from '../../domain/money.js';
import { AppError, validationFailed } from '../../errors.js';
import { mayCorrectDecision, requireWithin } from '../../policies/project-outcomes.js';
import { commitFunds } from '../ledger/commit-funds.js';
import { loadLedgerState, lockPool, postEntries } from '../ledger/ledger-state.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { loadOutcomeProject, requireVisibleProject } from './outcome-project.js';

export const correctDecisionSchema = z.object({
  applicationId: z.string(),
  /** The grant decision corrected; default the project's latest approval. */
  decisionId: z.union([z.literal(''), z.uuid()]).default(''),
  kind: z.enum(['release', 'increase'], { error: 'Vælg om bevillingen skal nedsættes eller forhøjes' }),
  budgetLineId: z.uuid({ error: 'Vælg budgetlinjen' }),
  year: budgetYearSchema,
  amountOere: oereSchema({ type: 'Angiv beløbet i kroner, fx 50.000' }).refine((v) => v > 0, { error: 'Beløbet skal være større end 0\u00a0kr.' }),
  reference: z
    .string({ error: 'Angiv hvad rettelsen hviler på' })
    .trim()
    .min(1, { error: 'Angiv hvad rettelsen hviler på' })
    .max(500, { error: 'Højst 500 tegn' }),
  reason: z.string({ error: 'Angiv en begrundelse' }).trim().min(1, { error: 'Angiv en begrundelse' }).max(2000, { error: 'Højst 2000 tegn' }),
});

/**
 * Corrects a recorded grant decision (at a meeting or direct): releases part of the commitment back
 * to the line and year (a `return` of unpaid commitment) or commits more (through commitFunds, so the
 * line's remaining money and the handover guard apply), with a reason, audited as `decision.corrected`.
 * The decision row itself stays as recorded; the correction stands beside it.
 */
export async function correctDecision(db: Db, actor: Actor, input: unknown): Promise<{ id: string; entryIds: string[] }> {
  await requireVisibleProject(db, actor, input);
  const data = parseInput(correctDecisionSchema, input);
  return db.transaction(async (tx) => {
    const { application } = await loadOutcomeProject(tx, actor, data.applicationId, { forUpdate: true });
    requireWithin(actor, application.organisationId, mayCorrectDecision(actor, application));
    const approvals = await tx
      .select({ id: decisions.id })
      .from(decisions)
      .where(and(eq(decisions.applicationId, application.id), eq(decisions.outcome, 'approve')))
      .orderBy(desc(decisions.decidedAt));
    const decision = data.decisionId ? approvals.find((d) => d.id === data.decisionId) : approvals[0];
    if (data.decisionId && !decision) throw validationFailed({ decisionId: 'Vælg en af projektets bevillinger' });
    if (!decision) {
      throw new AppError('TRANSITION_NOT_ALLOWED', {
        message: { da: 'Projektet har ingen registreret bevilling at rette.', en: 'The project has no recorded grant to correct.' },
      });
    }
    let entryIds: string[];
    if (data.kind === 'increase') {
      ({ entryIds } = await commitFunds(tx, actor, {
        poolId: application.poolId,
        budgetLineId: data.budgetLineId,
        applicationId: application.id,
        split: [{ year: data.year, amountOere: data.amountOere }],
        reference: data.reference,
        reason: `Rettelse af afgørelse: ${data.reason}`.slice(0, 2000),
      }));
    } else {
      const pool = await lockPool(tx, application.poolId);
      const state = await loadLedgerState(tx, pool, [application.id]);
      if (!state.lines.some((l) => l.id === data.budgetLineId)) throw validationFailed({ budgetLineId: 'Vælg en af puljens budgetlinjer' });
      entryIds = await postEntries(tx, actor, state, [
        {
          budgetLineId: data.budgetLineId,
          year: data.year,
          kind: 'return',
          amountOere: data.amountOere,
          applicationId: application.id,
          reference: data.reference,
          reason: `Bevilling nedsat ved rettelse af afgørelse: ${data.reason}`.slice(0, 2000),
        },
      ]);
    }
    const [row] = await tx
      .insert(decisionCorrections)
      .values({
        applicationId: application.id,
        decisionId: decision.id,
        kind: data.kind,
        budgetLineId: data.budgetLineId,
        year: data.year,
        amountOere: data.amountOere,
        reason: data.reason,
        reference: data.reference,
        ledgerEntryIds: entryIds,
        recordedByUserId: actor.userId,
      })
      .returning({ id: decisionCorrections.id });
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, actor, {
      action: 'decision.corrected',
      objectType: 'application',
      objectId: application.id,
      organisationId: application.organisationId,
      after: { correctionId: row.id, decisionId: decision.id, kind: data.kind, year: data.year, amountOere: data.amountOere, reason: data.reason, entryIds },
    });
    return { id: row.id, entryIds };
  });
}
