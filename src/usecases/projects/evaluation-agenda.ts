import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { evaluationAgendaItems, projectEvaluations } from '../../db/schema/project-outcomes.js';
import { decisionBodies } from '../../db/schema/pools.js';
import { AppError, validationFailed } from '../../errors.js';
import { loadMeetingFor } from '../meetings/load-meeting.js';
import { AGENDA_EDITABLE_STATES as EDITABLE_MEETING_STATUSES } from '../../domain/meeting-workflow.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { loadOutcomeProject } from './outcome-project.js';

export const putEvaluationOnAgendaSchema = z.object({
  applicationId: z.string(),
  meetingId: z.string({ error: 'Vælg et møde' }).min(1, { error: 'Vælg et møde' }),
});

/**
 * Puts a project's evaluation on a meeting's agenda (Vejle: presented to Velfærdsteknologirådet and
 * management), beside the meeting's grant items. The meeting must belong to one of the project's
 * pool's decision bodies and not be over. Whoever manages meetings does it (the secretariat).
 */
export async function putEvaluationOnAgenda(db: Db, actor: Actor, input: unknown): Promise<{ id: string }> {
  const data = parseInput(putEvaluationOnAgendaSchema, input);
  return db.transaction(async (tx) => {
    const { application } = await loadOutcomeProject(tx, actor, data.applicationId);
    const { meeting, body } = await loadMeetingFor(tx, actor, data.meetingId, 'meeting.manage', { forUpdate: true }).catch((err: unknown) => {
      if (err instanceof AppError && err.code === 'NOT_FOUND') throw validationFailed({ meetingId: 'Vælg et af puljens møder' });
      throw err;
    });
    const [ownBody] = await tx
      .select({ id: decisionBodies.id })
      .from(decisionBodies)
      .where(and(eq(decisionBodies.id, body.id), eq(decisionBodies.poolId, application.poolId)));
    if (!ownBody) throw validationFailed({ meetingId: 'Vælg et af puljens møder' });
    if (!(EDITABLE_MEETING_STATUSES as readonly string[]).includes(meeting.status)) {
      throw validationFailed({ meetingId: 'Mødet er afholdt eller aflyst; vælg et kommende møde' });
    }
    const [evaluation] = await tx.select({ id: projectEvaluations.id }).from(projectEvaluations).where(eq(projectEvaluations.applicationId, application.id));
    if (!evaluation) {
      throw new AppError('TRANSITION_NOT_ALLOWED', {
        message: { da: 'Projektet skal evalueres, før evalueringen kan komme på en dagsorden.', en: 'Record the evaluation before putting it on an agenda.' },
      });
    }
    const [row] = await tx
      .insert(evaluationAgendaItems)
      .values({ meetingId: meeting.id, applicationId: application.id, addedByUserId: actor.userId })
      .onConflictDoNothing()
      .returning({ id: evaluationAgendaItems.id });
    if (!row)
      throw new AppError('ALREADY_EXISTS', {
        message: { da: 'Evalueringen er allerede på mødets dagsorden.', en: 'The evaluation is already on that agenda.' },
      });
    await recordAudit(tx, actor, {
      action: 'evaluation.putOnAgenda',
      objectType: 'application',
      objectId: application.id,
      organisationId: application.organisationId,
      after: { meetingId: meeting.id, evaluationId: evaluation.id },
    });
    return row;
  });
}
