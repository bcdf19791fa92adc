import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { agendaItems, decisions } from '../../db/schema/assessment.js';
import { meetings } from '../../db/schema/pools.js';
import { formatDate } from '../../domain/dates.js';
import { formatKroner } from '../../domain/money.js';
import { AppError } from '../../errors.js';
import { applyTransition } from '../applications/apply-transition.js';
import { loadForAssessment } from '../assessment/load.js';
import { workflowRolesFor } from '../assessment/workflow-roles.js';
import { outcomeMessage } from '../assessment/outcome-message.js';
import { notify } from '../notifications/notify.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { loadMeetingFor } from './load-meeting.js';

export const publishMeetingSchema = z.object({ meetingId: z.string() });

/**
 * Publishes the minutes: every agenda item must have a decision. Each application takes its new state
 * (approved, rejected, or back to recommended when deferred) and each applicant is told the outcome
 * (in-app and by e-mail). The meeting becomes "minutes_published".
 */
export async function publishMeeting(db: Db, actor: Actor, input: unknown): Promise<{ published: number }> {
  const data = parseInput(publishMeetingSchema, input);
  return db.transaction(async (tx) => {
    const { meeting, body, pool } = await loadMeetingFor(tx, actor, data.meetingId, 'meeting.decide', { forUpdate: true });
    if (meeting.status === 'minutes_published' || meeting.status === 'cancelled') {
      throw new AppError('TRANSITION_NOT_ALLOWED', { message: { da: 'Referatet er allerede offentliggjort.', en: 'The minutes are already published.' } });
    }
    const items = await tx
      .select({ item: agendaItems, decision: decisions })
      .from(agendaItems)
      .leftJoin(decisions, eq(decisions.agendaItemId, agendaItems.id))
      .where(eq(agendaItems.meetingId, meeting.id))
      .orderBy(asc(agendaItems.position));
    if (items.length === 0) {
      throw new AppError('TRANSITION_NOT_ALLOWED', {
        message: { da: 'Dagsordenen er tom; der er intet referat at offentliggøre.', en: 'The agenda is empty; there are no minutes to publish.' },
      });
    }
    const missing = items.filter((i) => i.decision === null).map((i) => i.item.position);
    if (missing.length > 0) {
      throw new AppError('TRANSITION_NOT_ALLOWED', {
        message: {
          da: `Der mangler en afgørelse på punkt ${missing.join(', ')}. Alle punkter skal være afgjort, før referatet offentliggøres.`,
          en: `Item ${missing.join(', ')} has no decision yet. Every item must be decided before the minutes are published.`,
        },
      });
    }
    const when = formatDate(meeting.startsAt);
    for (const { decision } of items) {
      if (!decision) continue;
      const { application } = await loadForAssessment(tx, actor, decision.applicationId, 'meeting.decide');
      await applyTransition(tx, actor, {
        applicationId: application.id,
        action: decision.outcome,
        roles: workflowRolesFor(actor, application),
        details: { meetingId: meeting.id, decisionId: decision.id },
      });
      const msg = outcomeMessage(application, decision, { da: `${body.name} ${when}`, en: `${body.name} ${formatDate(meeting.startsAt, 'en')}` }, formatKroner);
      await notify(tx, {
        userIds: [application.leadUserId],
        organisationId: application.organisationId,
        applicationId: application.id,
        kind: `application.decided.${decision.outcome}`,
        title: msg.title,
        body: msg.body,
        link: '/notifikationer',
      });
    }
    await tx.update(meetings).set({ status: 'minutes_published' }).where(eq(meetings.id, meeting.id));
    await recordAudit(tx, actor, {
      action: 'meeting.minutes_published',
      objectType: 'meeting',
      objectId: meeting.id,
      organisationId: pool.organisationId,
      after: { decisions: items.map((i) => ({ applicationId: i.item.applicationId, outcome: i.decision?.outcome })) },
    });
    return { published: items.length };
  });
}
