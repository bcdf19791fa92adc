import { refreshEntryFromProject } from '../catalogue/refresh-entry-from-project.js';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { projectEvaluations } from '../../db/schema/project-outcomes.js';
import type { ApplicationState } from '../../domain/application-workflow.js';
import { computeBusinessCase } from '../../domain/business-case.js';
import { completeBusinessCase, SCORE_MAX, SCORE_MIN } from '../../domain/evaluation.js';
import { AppError, validationFailed } from '../../errors.js';
import { mayWriteEvaluation, requireWithin } from '../../policies/project-outcomes.js';
import { applyTransition } from '../applications/apply-transition.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { enqueueCaseEvent } from '../webhooks/enqueue.js';
import { parseInput } from '../shared/validate.js';
import { recordEvaluationSchema } from './evaluation-schema.js';
import { foreignDepartments } from './outcome-departments.js';
import { loadOutcomeProject } from './outcome-project.js';
import { projectWorkflowRolesWith } from '../../policies/projects.js';

/** States in which the evaluation may be written: the trial (record_evaluation moves on) or already evaluated (a correction). */
const EVALUATING: readonly ApplicationState[] = ['in_trial', 'extended', 'follow_up'];

/**
 * Records the evaluation when the trial ends: each dimension scored on the stated scale and argued,
 * before/mid/after per result goal, the business case recomputed with the actual figures beside the
 * expected one (copied from the application), and a recommendation. Moves the project to
 * 'evaluated' (record_evaluation); while it is 'evaluated' the evaluation can be corrected.
 */
export async function recordEvaluation(db: Db, actor: Actor, input: unknown): Promise<{ id: string }> {
  const data = parseInput(recordEvaluationSchema, input);
  return db.transaction(async (tx) => {
    const project = await loadOutcomeProject(tx, actor, data.applicationId, { forUpdate: true });
    const { application } = project;
    const { assignedConsultant } = project;
    requireWithin(actor, application.organisationId, mayWriteEvaluation(actor, application, { assignedConsultant }));
    if (!EVALUATING.includes(application.state) && application.state !== 'evaluated') {
      throw new AppError('TRANSITION_NOT_ALLOWED', {
        message: {
          da: 'Projektet kan kun evalueres, mens det er i afprøvning eller opfølgning.',
          en: 'The project can only be evaluated while in trial or follow-up.',
        },
      });
    }
    const foreign = await foreignDepartments(tx, application.organisationId, data.scaleUpDepartmentIds);
    if (foreign.length > 0) throw validationFailed({ scaleUpDepartmentIds: 'Vælg enheder i kommunen' });

    const expected = completeBusinessCase(project.content.businessCase);
    const expectedResult = expected ? computeBusinessCase(expected) : null;
    const actualResult = computeBusinessCase(data.actualBusinessCase);
    const values = {
      applicationId: application.id,
      organisationId: application.organisationId,
      scaleMin: SCORE_MIN,
      scaleMax: SCORE_MAX,
      dimensions: data.dimensions,
      goals: data.goals,
      expectedBusinessCase: expected,
      actualBusinessCase: data.actualBusinessCase,
      expectedNpvOere: expectedResult?.npvOere ?? null,
      expectedPaybackYear: expectedResult?.paybackYear ?? null,
      actualNpvOere: actualResult.npvOere,
      actualPaybackYear: actualResult.paybackYear,
      recommendation: data.recommendation,
      scaleUpDepartmentIds: data.recommendation === 'scale_up' ? data.scaleUpDepartmentIds : [],
      scaleUpNote: data.recommendation === 'scale_up' ? data.scaleUpNote : '',
      recommendationReason: data.recommendationReason,
      summary: data.summary,
      recordedByUserId: actor.userId,
      updatedAt: new Date(),
    };
    const [before] = await tx.select().from(projectEvaluations).where(eq(projectEvaluations.applicationId, application.id));
    const [row] = before
      ? await tx.update(projectEvaluations).set(values).where(eq(projectEvaluations.id, before.id)).returning({ id: projectEvaluations.id })
      : await tx.insert(projectEvaluations).values(values).returning({ id: projectEvaluations.id });
    if (!row) throw new Error('evaluation write returned no row');

    if (EVALUATING.includes(application.state)) {
      await applyTransition(tx, actor, {
        applicationId: application.id,
        action: 'record_evaluation',
        roles: projectWorkflowRolesWith(actor, application, project.settings, { assignedConsultant }),
        details: { evaluationId: row.id, recommendation: data.recommendation },
      });
    }
    await recordAudit(tx, actor, {
      action: before ? 'evaluation.corrected' : 'evaluation.recorded',
      objectType: 'application',
      objectId: application.id,
      organisationId: application.organisationId,
      before: before ? { recommendation: before.recommendation, dimensions: before.dimensions, actualNpvOere: before.actualNpvOere } : undefined,
      after: { evaluationId: row.id, recommendation: data.recommendation, dimensions: data.dimensions, actualNpvOere: actualResult.npvOere },
    });
    const { recommendation, recommendationReason, summary, dimensions, goals, actualNpvOere, expectedNpvOere } = values;
    await enqueueCaseEvent(tx, {
      event: 'evaluated',
      applicationId: application.id,
      document: {
        kind: 'evaluation',
        title: 'Evaluering',
        body: { recommendation, recommendationReason, summary, dimensions, goals, actualNpvOere, expectedNpvOere },
      },
    });
    await refreshEntryFromProject(tx, application.id);
    return { id: row.id };
  });
}
