import { refreshEntryFromProject } from '../catalogue/refresh-entry-from-project.js';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { projectEvaluations, projectOutcomeDecisions } from '../../db/schema/project-outcomes.js';
import { isoDate } from '../../domain/application-content.js';
import { formatDate } from '../../domain/dates.js';
import { RECOMMENDATIONS, outcomeAction, recommendationLabels } from '../../domain/evaluation.js';
import { validationFailed } from '../../errors.js';
import { assertOutcomeDecider, mayStopProject, requireWithin, deciderRoleOf } from '../../policies/project-outcomes.js';
import { applyTransition } from '../applications/apply-transition.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { foreignDepartments } from './outcome-departments.js';
import { loadOutcomeProject } from './outcome-project.js';
import { returnUnspent, type ReturnedMoney } from './outcome-return-unspent.js';
import { projectWorkflowRolesWith } from '../../policies/projects.js';

export const decideProjectOutcomeSchema = z
  .object({
    applicationId: z.string(),
    outcome: z.enum(RECOMMENDATIONS, { error: 'Vælg beslutningen: drift, opskalering, forlængelse eller stop' }),
    decidedOn: isoDate('beslutningens dato'),
    reason: z.string({ error: 'Begrund beslutningen' }).trim().min(1, { error: 'Begrund beslutningen' }).max(4000, { error: 'Højst 4000 tegn' }),
    scaleUpDepartmentIds: z
      .array(z.uuid({ error: 'Ukendt enhed' }))
      .max(50)
      .default([]),
    newEndDate: z.union([z.literal(''), isoDate('den nye slutdato')]).default(''),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === 'scale_up' && v.scaleUpDepartmentIds.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['scaleUpDepartmentIds'], message: 'Vælg de enheder, løsningen skal opskaleres til' });
    }
    if (v.outcome === 'extension' && v.newEndDate === '') ctx.addIssue({ code: 'custom', path: ['newEndDate'], message: 'Angiv den nye slutdato' });
  });

/**
 * The decision to run, scale up, extend or stop, recorded by the role the pool names
 * (pool_project_settings.outcomeDeciderRole; Vejle: the administrative management) with its date and
 * reasoning. The secretariat may also stop a project. A stop returns the unspent committed money to
 * the lines and years it came from, through the ledger, in the same transaction.
 */
export async function decideProjectOutcome(db: Db, actor: Actor, input: unknown): Promise<{ id: string; returned: ReturnedMoney | null }> {
  const data = parseInput(decideProjectOutcomeSchema, input);
  return db.transaction(async (tx) => {
    const project = await loadOutcomeProject(tx, actor, data.applicationId, { forUpdate: true });
    const { application, settings } = project;
    if (data.outcome === 'stop') requireWithin(actor, application.organisationId, mayStopProject(actor, application, settings));
    else assertOutcomeDecider(actor, application, settings);
    const foreign = await foreignDepartments(tx, application.organisationId, data.scaleUpDepartmentIds);
    if (foreign.length > 0) throw validationFailed({ scaleUpDepartmentIds: 'Vælg enheder i kommunen' });
    const [evaluation] = await tx.select({ id: projectEvaluations.id }).from(projectEvaluations).where(eq(projectEvaluations.applicationId, application.id));

    await applyTransition(tx, actor, {
      applicationId: application.id,
      action: outcomeAction[data.outcome],
      roles: projectWorkflowRolesWith(actor, application, settings),
      ctx: { hasEvaluation: evaluation !== undefined },
      details: { outcome: data.outcome, decidedOn: data.decidedOn, reason: data.reason },
    });
    const [row] = await tx
      .insert(projectOutcomeDecisions)
      .values({
        applicationId: application.id,
        outcome: data.outcome,
        decidedOn: data.decidedOn,
        reason: data.reason,
        scaleUpDepartmentIds: data.outcome === 'scale_up' ? data.scaleUpDepartmentIds : [],
        newEndDate: data.outcome === 'extension' ? data.newEndDate : null,
        deciderRole: deciderRoleOf(actor, application, settings),
        decidedByUserId: actor.userId,
      })
      .returning({ id: projectOutcomeDecisions.id });
    if (!row) throw new Error('insert returned no row');
    const returned =
      data.outcome === 'stop'
        ? await returnUnspent(tx, actor, application, {
            reference: `Beslutning om stop ${formatDate(data.decidedOn)}`,
            reason: `Projektet stoppes: ${data.reason}`.slice(0, 2000),
          })
        : null;
    await recordAudit(tx, actor, {
      action: 'project.outcomeDecided',
      objectType: 'application',
      objectId: application.id,
      organisationId: application.organisationId,
      after: {
        decisionId: row.id,
        outcome: data.outcome,
        label: recommendationLabels[data.outcome].da,
        decidedOn: data.decidedOn,
        returnedOere: returned?.returnedOere ?? 0,
      },
    });
    await refreshEntryFromProject(tx, application.id);
    return { id: row.id, returned };
  });
}
