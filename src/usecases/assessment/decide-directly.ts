import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { decisions, recommendations } from '../../db/schema/assessment.js';
import { formatDate } from '../../domain/dates.js';
import { formatKroner } from '../../domain/money.js';
import { validationFailed, type FieldErrors } from '../../errors.js';
import { applyTransition } from '../applications/apply-transition.js';
import { commitFunds } from '../ledger/commit-funds.js';
import { notify } from '../notifications/notify.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { lineOfPool, loadForAssessment } from './load.js';
import { checkGrantLine, checkSplit, cleanSplit, oereSchema, splitSchema } from './money-split.js';
import { outcomeMessage } from './outcome-message.js';
import { workflowRolesFor } from './workflow-roles.js';

export const decideDirectlySchema = z.object({
  applicationId: z.string(),
  outcome: z.enum(['approve', 'reject'], { error: 'Vælg afgørelsen: bevilg eller afslå' }),
  amountOere: oereSchema.default(0),
  /** The direct-decision line (defaults to the recommendation's, then the application's). */
  budgetLineId: z.string().trim().default(''),
  split: splitSchema,
  conditions: z.string().trim().max(4000, { error: 'Højst 4000 tegn' }).default(''),
  reason: z.string().trim().max(4000, { error: 'Højst 4000 tegn' }).default(''),
});

/**
 * The deciders of a direct-decision line (Vejle's directors for Innovation og Test) approve or reject
 * an application without a meeting. Approval commits the money in the same transaction (refused with
 * INSUFFICIENT_FUNDS if it is not there); the applicant is told at once.
 */
export async function decideDirectly(db: Db, actor: Actor, input: unknown): Promise<{ id: string; state: string }> {
  const data = parseInput(decideDirectlySchema, input);
  return db.transaction(async (tx) => {
    const { application, pool } = await loadForAssessment(tx, actor, data.applicationId, 'decision.direct', { forUpdate: true });
    const [rec] = await tx.select().from(recommendations).where(eq(recommendations.applicationId, application.id));
    const line = await lineOfPool(tx, pool.id, data.budgetLineId || rec?.budgetLineId || application.budgetLineId);
    const split = cleanSplit(data.split);
    const fields: FieldErrors = {};
    if (data.outcome === 'approve') {
      if (data.amountOere <= 0) fields.amountOere = 'Angiv det bevilgede beløb';
      Object.assign(fields, checkGrantLine(line), checkSplit(pool, data.amountOere, split));
    }
    if (data.outcome === 'reject' && data.reason === '') fields.reason = 'Skriv begrundelsen for afslaget. Den sendes til ansøgeren.';
    if (Object.keys(fields).length > 0) throw validationFailed(fields);

    const result = await applyTransition(tx, actor, {
      applicationId: application.id,
      action: data.outcome === 'approve' ? 'decide_directly_approve' : 'decide_directly_reject',
      roles: workflowRolesFor(actor, application),
      ctx: { lineDecidedDirectly: line?.decisionMode === 'direct' },
      details: { budgetLineId: line?.id ?? null, amountOere: data.outcome === 'approve' ? data.amountOere : 0 },
    });
    const [decision] = await tx
      .insert(decisions)
      .values({
        applicationId: application.id,
        route: 'direct',
        outcome: data.outcome,
        amountOere: data.outcome === 'approve' ? data.amountOere : 0,
        budgetLineId: line?.id ?? null,
        split: data.outcome === 'approve' ? split : [],
        conditions: data.outcome === 'approve' ? data.conditions : '',
        reason: data.reason,
        decidedByUserId: actor.userId,
      })
      .returning();
    if (!decision) throw new Error('insert returned no row');
    const decidedBy = line?.directDeciderLabel || actor.name;
    if (data.outcome === 'approve' && line) {
      await commitFunds(tx, actor, {
        poolId: pool.id,
        budgetLineId: line.id,
        applicationId: application.id,
        split,
        reference: `Direkte afgørelse ${formatDate(decision.decidedAt)}: ${decidedBy}`.slice(0, 500),
        reason: `Bevilget: ${application.caseNumber} ${application.title}`.slice(0, 2000),
      });
    }
    await recordAudit(tx, actor, {
      action: 'decision.recorded',
      objectType: 'application',
      objectId: application.id,
      organisationId: pool.organisationId,
      after: {
        decisionId: decision.id,
        route: 'direct',
        outcome: data.outcome,
        amountOere: decision.amountOere,
        budgetLineId: line?.id ?? null,
        split,
        reason: data.reason,
      },
    });
    const msg = outcomeMessage(application, decision, { da: decidedBy, en: decidedBy }, formatKroner);
    await notify(tx, {
      userIds: [application.leadUserId],
      organisationId: application.organisationId,
      applicationId: application.id,
      kind: `application.decided.${data.outcome}`,
      title: msg.title,
      body: msg.body,
      link: '/notifikationer',
    });
    return { id: decision.id, state: result.to };
  });
}
