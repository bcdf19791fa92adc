import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { agendaItems, decisions } from '../../db/schema/assessment.js';
import { applicationWorkflow } from '../../domain/application-workflow.js';
import { formatDate } from '../../domain/dates.js';
import { isUuid } from '../../domain/ids.js';
import { TransitionRefused, transition } from '../../domain/workflow.js';
import { AppError, notFound, type FieldErrors } from '../../errors.js';
import { workflowRolesFor } from '../../policies/assessment.js';
import { refusalToAppError } from '../applications/apply-transition.js';
import { lineOfPool, loadForAssessment } from '../assessment/load.js';
import { decisionMoneyFields } from '../assessment/money-split.js';
import { checkDecision, writeDecision } from '../assessment/write-decision.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { applyMeetingTransition } from './apply-meeting-transition.js';
import { loadMeetingFor, meetingReference } from './load-meeting.js';

export const decisionOutcomes = ['approve', 'reject', 'defer'] as const;

export const recordDecisionSchema = z.object({
  meetingId: z.string(),
  applicationId: z.string(),
  outcome: z.enum(decisionOutcomes, { error: 'Vælg afgørelsen: bevilg, afslå eller udsæt' }),
  /** Approve: the amount granted, in øre (kroner in the form), its budget line and split over years. */
  ...decisionMoneyFields,
  /** Reject: the reason told to the applicant. Defer: optional note. */
  reason: z.string().trim().max(4000, { error: 'Højst 4000 tegn' }).default(''),
});

/**
 * Records the decision on one agenda item in the minutes. An approval commits the money in the ledger
 * in the same transaction: if the line lacks the money in any year, INSUFFICIENT_FUNDS and nothing is
 * recorded. The application's state changes when the minutes are published (publishMeeting).
 * One decision per item; the meeting becomes "held" (the meeting workflow's record_decision), and
 * not before the meeting has started (its startsAt, compared with `now`): MEETING_NOT_STARTED → 409.
 */
export async function recordDecision(db: Db, actor: Actor, input: unknown, now: Date = new Date()): Promise<{ id: string }> {
  const data = parseInput(recordDecisionSchema, input);
  if (!isUuid(data.applicationId)) throw notFound();
  return db.transaction(async (tx) => {
    const { meeting, body, pool } = await loadMeetingFor(tx, actor, data.meetingId, 'meeting.decide', { forUpdate: true });
    await applyMeetingTransition(tx, actor, { meetingId: meeting.id, action: 'record_decision', details: { applicationId: data.applicationId }, now });
    const [item] = await tx
      .select()
      .from(agendaItems)
      .where(and(eq(agendaItems.meetingId, meeting.id), eq(agendaItems.applicationId, data.applicationId)));
    if (!item) throw notFound();
    const [existing] = await tx.select({ id: decisions.id }).from(decisions).where(eq(decisions.agendaItemId, item.id));
    if (existing) {
      throw new AppError('ALREADY_EXISTS', { message: { da: 'Punktet har allerede en afgørelse.', en: 'This item already has a decision.' } });
    }
    const { application } = await loadForAssessment(tx, actor, data.applicationId, 'meeting.decide', { forUpdate: true });
    try {
      // The state changes at publication; here we only check that it will be allowed.
      transition(applicationWorkflow, application.state, data.outcome, workflowRolesFor(actor, application), {});
    } catch (err) {
      if (err instanceof TransitionRefused) throw refusalToAppError(err);
      throw err;
    }

    const line = data.outcome === 'approve' ? await lineOfPool(tx, pool.id, data.budgetLineId || application.budgetLineId) : null;
    const bodyLine: FieldErrors =
      line && (line.decisionMode !== 'meeting' || (line.decisionBodyId !== null && line.decisionBodyId !== body.id))
        ? { budgetLineId: `Linjen "${line.name}" afgøres ikke af ${body.name}` }
        : {};
    checkDecision(pool, line, data, bodyLine);

    const decision = await writeDecision(tx, actor, {
      application,
      pool,
      line,
      draft: data,
      route: { kind: 'meeting', meetingId: meeting.id, agendaItemId: item.id },
      reference: () => meetingReference(body, meeting, item.position, (d) => formatDate(d)),
    });
    return { id: decision.id };
  });
}
