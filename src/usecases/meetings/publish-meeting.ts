import { asc, eq } from 'drizzle-orm';
import { paths } from '../../paths.js';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { agendaItems, decisions } from '../../db/schema/assessment.js';
import { formatDate } from '../../domain/dates.js';
import { formatKroner } from '../../domain/money.js';
import { applyTransition } from '../applications/apply-transition.js';
import { workflowRolesFor } from '../../policies/assessment.js';
import { loadForAssessment } from '../assessment/load.js';
import { outcomeMessage } from '../assessment/outcome-message.js';
import { notify } from '../notifications/notify.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { applyMeetingTransition } from './apply-meeting-transition.js';
import { loadMeetingFor } from './load-meeting.js';

export const publishMeetingSchema = z.object({ meetingId: z.string() });

/**
 * Publishes the minutes: every agenda item must have a decision. Each application takes its new state
 * (approved, rejected, or back to recommended when deferred) and each applicant is told the outcome
 * (in-app and by e-mail). The meeting becomes "minutes_published" (the meeting workflow's publish_minutes,
 * whose guard wants a non-empty agenda with every item decided).
 */
export async function publishMeeting(db: Db, actor: Actor, input: unknown): Promise<{ published: number }> {
  const data = parseInput(publishMeetingSchema, input);
  return db.transaction(async (tx) => {
    const { meeting, body } = await loadMeetingFor(tx, actor, data.meetingId, 'meeting.decide', { forUpdate: true });
    const items = await tx
      .select({ item: agendaItems, decision: decisions })
      .from(agendaItems)
      .leftJoin(decisions, eq(decisions.agendaItemId, agendaItems.id))
      .where(eq(agendaItems.meetingId, meeting.id))
      .orderBy(asc(agendaItems.position));
    await applyMeetingTransition(tx, actor, {
      meetingId: meeting.id,
      action: 'publish_minutes',
      ctx: { itemCount: items.length, undecidedPositions: items.filter((i) => i.decision === null).map((i) => i.item.position) },
      auditAction: 'meeting.minutes_published',
      details: { decisions: items.map((i) => ({ applicationId: i.item.applicationId, outcome: i.decision?.outcome })) },
    });
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
        link: paths.applications.show({ applicationId: application.id }),
      });
    }
    return { published: items.length };
  });
}
