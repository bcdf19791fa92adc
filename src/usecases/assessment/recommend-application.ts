import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { recommendations } from '../../db/schema/assessment.js';
import { validationFailed, type FieldErrors } from '../../errors.js';
import { applyTransition } from '../applications/apply-transition.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { submittedReviews } from './score-summary.js';
import { lineOfPool, loadForAssessment } from './load.js';
import { checkGrantLine, checkSplit, cleanSplit, decisionMoneyFields } from './money-split.js';
import { workflowRolesFor } from '../../policies/assessment.js';

export const recommendationKinds = ['recommend', 'recommend_with_conditions', 'not_recommend'] as const;

export const recommendApplicationSchema = z.object({
  applicationId: z.string(),
  kind: z.enum(recommendationKinds, { error: 'Vælg indstillingen' }),
  /** The amount to grant, in øre (kroner in the form), its line and split. Not needed for "not recommend". */
  ...decisionMoneyFields,
  justification: z.string().trim().max(8000, { error: 'Højst 8000 tegn' }).default(''),
});

/**
 * The secretariat's recommendation after the review: recommend (with amount, budget line and split
 * over years), recommend with conditions, or not recommend. Completes the review first when the
 * application is still in review (at least one review must be submitted).
 */
export async function recommendApplication(db: Db, actor: Actor, input: unknown): Promise<{ id: string; state: string }> {
  const data = parseInput(recommendApplicationSchema, input);
  return db.transaction(async (tx) => {
    const { application, pool } = await loadForAssessment(tx, actor, data.applicationId, 'assessment.recommend', { forUpdate: true });
    const recommends = data.kind !== 'not_recommend';
    const split = cleanSplit(data.split);
    const line = await lineOfPool(tx, pool.id, data.budgetLineId || application.budgetLineId);
    const fields: FieldErrors = {};
    if (recommends) {
      if (data.amountOere <= 0) fields.amountOere = 'Angiv det beløb, der indstilles til bevilling';
      Object.assign(fields, checkGrantLine(line), checkSplit(pool, data.amountOere, split));
      if (data.kind === 'recommend_with_conditions' && data.conditions === '') fields.conditions = 'Skriv betingelserne for indstillingen';
    }
    if (Object.keys(fields).length > 0) throw validationFailed(fields);

    const roles = workflowRolesFor(actor, application);
    if (application.state === 'in_review') {
      const submitted = await submittedReviews(tx, [application.id]);
      await applyTransition(tx, actor, {
        applicationId: application.id,
        action: 'complete_review',
        roles,
        ctx: { submittedReviewCount: submitted.length },
      });
    }
    const result = await applyTransition(tx, actor, {
      applicationId: application.id,
      action: recommends ? 'recommend' : 'not_recommend',
      roles,
      details: { kind: data.kind, amountOere: recommends ? data.amountOere : 0, budgetLineId: line?.id ?? null },
    });
    const values = {
      applicationId: application.id,
      kind: data.kind,
      amountOere: recommends ? data.amountOere : 0,
      budgetLineId: line?.id ?? null,
      split: recommends ? split : [],
      conditions: data.conditions,
      justification: data.justification,
      createdByUserId: actor.userId,
    };
    const [row] = await tx
      .insert(recommendations)
      .values(values)
      .onConflictDoUpdate({ target: recommendations.applicationId, set: { ...values, createdAt: new Date() } })
      .returning({ id: recommendations.id });
    if (!row) throw new Error('insert returned no row');
    return { id: row.id, state: result.to };
  });
}
