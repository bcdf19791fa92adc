import { eq } from 'drizzle-orm';
import { paths } from '../../paths.js';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { recommendations } from '../../db/schema/assessment.js';
import { formatDate } from '../../domain/dates.js';
import { formatKroner } from '../../domain/money.js';
import { workflowRolesFor } from '../../policies/assessment.js';
import { applyTransition } from '../applications/apply-transition.js';
import { notify } from '../notifications/notify.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { lineOfPool, loadForAssessment } from './load.js';
import { decisionMoneyFields } from './money-split.js';
import { outcomeMessage } from './outcome-message.js';
import { checkDecision, writeDecision } from './write-decision.js';

export const decideDirectlySchema = z.object({
  applicationId: z.string(),
  outcome: z.enum(['approve', 'reject'], { error: 'Vælg afgørelsen: bevilg eller afslå' }),
  ...decisionMoneyFields,
  reason: z.string().trim().max(4000, { error: 'Højst 4000 tegn' }).default(''),
});

/**
 * The deciders of a direct-decision line (Vejle's directors for Innovation og Test) approve or reject
 * an application without a meeting. Approval commits the money in the same transaction (refused with
 * INSUFFICIENT_FUNDS if it is not there); the applicant is told at once. Refused for a budget year
 * that has ended by `opts.today` (default Copenhagen's today) unless the pool's carry-over decides
 * otherwise, and above the amount applied for without `aboveAppliedReason`.
 */
export async function decideDirectly(db: Db, actor: Actor, input: unknown, opts: { today?: string } = {}): Promise<{ id: string; state: string }> {
  const data = parseInput(decideDirectlySchema, input);
  return db.transaction(async (tx) => {
    const { application, pool } = await loadForAssessment(tx, actor, data.applicationId, 'decision.direct', { forUpdate: true });
    const [rec] = await tx.select().from(recommendations).where(eq(recommendations.applicationId, application.id));
    const line = await lineOfPool(tx, pool.id, data.budgetLineId || rec?.budgetLineId || application.budgetLineId);
    checkDecision(pool, line, data);

    const result = await applyTransition(tx, actor, {
      applicationId: application.id,
      action: data.outcome === 'approve' ? 'decide_directly_approve' : 'decide_directly_reject',
      roles: workflowRolesFor(actor, application),
      ctx: { lineDecidedDirectly: line?.decisionMode === 'direct' },
      details: { budgetLineId: line?.id ?? null, amountOere: data.outcome === 'approve' ? data.amountOere : 0 },
    });
    const decidedBy = line?.directDeciderLabel || actor.name;
    const decision = await writeDecision(tx, actor, {
      application,
      pool,
      line,
      draft: data,
      route: { kind: 'direct' },
      ...(opts.today ? { today: opts.today } : {}),
      reference: (d) => `Direkte afgørelse ${formatDate(d.decidedAt)}: ${decidedBy}`,
    });
    const msg = outcomeMessage(application, decision, { da: decidedBy, en: decidedBy }, formatKroner);
    await notify(tx, {
      userIds: [application.leadUserId],
      organisationId: application.organisationId,
      applicationId: application.id,
      kind: `application.decided.${data.outcome}`,
      title: msg.title,
      body: msg.body,
      link: paths.applications.show({ applicationId: application.id }),
    });
    return { id: decision.id, state: result.to };
  });
}
