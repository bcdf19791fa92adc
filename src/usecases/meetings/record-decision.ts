import { and, eq } from 'drizzle-orm';
import { isUuid } from '../../domain/ids.js';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { agendaItems, decisions } from '../../db/schema/assessment.js';
import { meetings } from '../../db/schema/pools.js';
import { applicationWorkflow } from '../../domain/application-workflow.js';
import { formatDate } from '../../domain/dates.js';
import { TransitionRefused, transition } from '../../domain/workflow.js';
import { AppError, notFound, validationFailed, type FieldErrors } from '../../errors.js';
import { refusalToAppError } from '../applications/apply-transition.js';
import { lineOfPool, loadForAssessment } from '../assessment/load.js';
import { checkGrantLine, checkSplit, cleanSplit, oereSchema, splitSchema } from '../assessment/money-split.js';
import { workflowRolesFor } from '../assessment/workflow-roles.js';
import { commitFunds } from '../ledger/commit-funds.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { loadMeetingFor, meetingReference } from './load-meeting.js';

export const decisionOutcomes = ['approve', 'reject', 'defer'] as const;

export const recordDecisionSchema = z.object({
  meetingId: z.string(),
  applicationId: z.string(),
  outcome: z.enum(decisionOutcomes, { error: 'Vælg afgørelsen: bevilg, afslå eller udsæt' }),
  /** Approve: the amount granted, in øre (kroner in the form), its budget line and split over years. */
  amountOere: oereSchema.default(0),
  budgetLineId: z.string().trim().default(''),
  split: splitSchema,
  conditions: z.string().trim().max(4000, { error: 'Højst 4000 tegn' }).default(''),
  /** Reject: the reason told to the applicant. Defer: optional note. */
  reason: z.string().trim().max(4000, { error: 'Højst 4000 tegn' }).default(''),
});

export const DECIDABLE_MEETING_STATUSES = ['planned', 'agenda_published', 'held'] as const;

/**
 * Records the decision on one agenda item in the minutes. An approval commits the money in the ledger
 * in the same transaction: if the line lacks the money in any year, INSUFFICIENT_FUNDS and nothing is
 * recorded. The application's state changes when the minutes are published (publishMeeting).
 * One decision per item; the meeting becomes "held".
 */
export async function recordDecision(db: Db, actor: Actor, input: unknown): Promise<{ id: string }> {
  const data = parseInput(recordDecisionSchema, input);
  if (!isUuid(data.applicationId)) throw notFound();
  return db.transaction(async (tx) => {
    const { meeting, body, pool } = await loadMeetingFor(tx, actor, data.meetingId, 'meeting.decide', { forUpdate: true });
    if (!(DECIDABLE_MEETING_STATUSES as readonly string[]).includes(meeting.status)) {
      throw new AppError('TRANSITION_NOT_ALLOWED', {
        message: { da: 'Referatet er offentliggjort; afgørelserne kan ikke ændres.', en: 'The minutes are published; decisions can no longer be changed.' },
      });
    }
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

    const split = cleanSplit(data.split);
    const fields: FieldErrors = {};
    const line = data.outcome === 'approve' ? await lineOfPool(tx, pool.id, data.budgetLineId || application.budgetLineId) : null;
    if (data.outcome === 'approve') {
      if (data.amountOere <= 0) fields.amountOere = 'Angiv det bevilgede beløb';
      Object.assign(fields, checkGrantLine(line), checkSplit(pool, data.amountOere, split));
      if (line && (line.decisionMode !== 'meeting' || (line.decisionBodyId !== null && line.decisionBodyId !== body.id))) {
        fields.budgetLineId = `Linjen "${line.name}" afgøres ikke af ${body.name}`;
      }
    }
    if (data.outcome === 'reject' && data.reason === '') fields.reason = 'Skriv begrundelsen for afslaget. Den sendes til ansøgeren.';
    if (Object.keys(fields).length > 0) throw validationFailed(fields);

    const [decision] = await tx
      .insert(decisions)
      .values({
        applicationId: application.id,
        route: 'meeting',
        meetingId: meeting.id,
        agendaItemId: item.id,
        outcome: data.outcome,
        amountOere: data.outcome === 'approve' ? data.amountOere : 0,
        budgetLineId: line?.id ?? null,
        split: data.outcome === 'approve' ? split : [],
        conditions: data.outcome === 'approve' ? data.conditions : '',
        reason: data.reason,
        decidedByUserId: actor.userId,
      })
      .returning({ id: decisions.id });
    if (!decision) throw new Error('insert returned no row');
    if (data.outcome === 'approve' && line) {
      await commitFunds(tx, actor, {
        poolId: pool.id,
        budgetLineId: line.id,
        applicationId: application.id,
        split,
        reference: meetingReference(body, meeting, item.position, (d) => formatDate(d)),
        reason: `Bevilget: ${application.caseNumber} ${application.title}`.slice(0, 2000),
      });
    }
    if (meeting.status !== 'held') await tx.update(meetings).set({ status: 'held' }).where(eq(meetings.id, meeting.id));
    await recordAudit(tx, actor, {
      action: 'decision.recorded',
      objectType: 'application',
      objectId: application.id,
      organisationId: pool.organisationId,
      after: {
        decisionId: decision.id,
        meetingId: meeting.id,
        outcome: data.outcome,
        amountOere: data.outcome === 'approve' ? data.amountOere : 0,
        budgetLineId: line?.id ?? null,
        split,
        reason: data.reason,
      },
    });
    return decision;
  });
}
