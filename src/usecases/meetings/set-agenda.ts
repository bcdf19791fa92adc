import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { agendaItems, decisions } from '../../db/schema/assessment.js';
import { validationFailed } from '../../errors.js';
import { workflowRolesFor } from '../../policies/assessment.js';
import { applyTransition } from '../applications/apply-transition.js';
import { loadForAssessment } from '../assessment/load.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { agendaCandidates } from './agenda-candidates.js';
import { applyMeetingTransition } from './apply-meeting-transition.js';
import { loadMeetingFor } from './load-meeting.js';

export const setAgendaSchema = z.object({
  meetingId: z.string(),
  /** The applications on the agenda, in order (item 1 first). */
  applicationIds: z
    .preprocess((v) => (typeof v === 'string' ? (v === '' ? [] : [v]) : v), z.array(z.string(), { error: 'Angiv ansøgningerne som en liste' }).max(200))
    .refine((ids) => new Set(ids).size === ids.length, { error: 'Den samme ansøgning står to gange' }),
});

/**
 * The secretariat sets a meeting's agenda: the applications in the order given. New items are put on
 * the agenda (put_on_agenda); items taken off are deferred (the workflow's defer). Not possible once
 * a decision has been recorded or the meeting is over (the meeting workflow's set_agenda).
 */
export async function setAgenda(db: Db, actor: Actor, input: unknown): Promise<{ applicationIds: string[] }> {
  const data = parseInput(setAgendaSchema, input);
  return db.transaction(async (tx) => {
    const { meeting, body } = await loadMeetingFor(tx, actor, data.meetingId, 'meeting.manage', { forUpdate: true });
    const decided = await tx.select({ id: decisions.id }).from(decisions).where(eq(decisions.meetingId, meeting.id));
    const current = await tx.select().from(agendaItems).where(eq(agendaItems.meetingId, meeting.id));
    const wanted = data.applicationIds;
    await applyMeetingTransition(tx, actor, {
      meetingId: meeting.id,
      action: 'set_agenda',
      ctx: { decisionCount: decided.length },
      auditAction: 'meeting.agenda_set',
      before: { applicationIds: [...current].sort((a, b) => a.position - b.position).map((i) => i.applicationId) },
      details: { applicationIds: wanted },
    });
    const currentIds = new Set(current.map((i) => i.applicationId));
    const added = wanted.filter((id) => !currentIds.has(id));
    const removed = current.filter((i) => !wanted.includes(i.applicationId));

    if (added.length > 0) {
      const candidates = new Set((await agendaCandidates(tx, body, meeting)).map((c) => c.applicationId));
      const bad = added.filter((id) => !candidates.has(id));
      if (bad.length > 0) {
        throw validationFailed({ applicationIds: 'Kun indstillede ansøgninger i puljen, som afgøres af dette organ, kan komme på dagsordenen.' });
      }
    }

    for (const item of removed) {
      const { application } = await loadForAssessment(tx, actor, item.applicationId, 'meeting.manage');
      await applyTransition(tx, actor, {
        applicationId: application.id,
        action: 'defer',
        roles: workflowRolesFor(actor, application),
        details: { meetingId: meeting.id, removedFromAgenda: true },
      });
    }
    if (removed.length > 0)
      await tx.delete(agendaItems).where(
        and(
          eq(agendaItems.meetingId, meeting.id),
          inArray(
            agendaItems.id,
            removed.map((i) => i.id),
          ),
        ),
      );
    for (const id of added) {
      const { application } = await loadForAssessment(tx, actor, id, 'meeting.manage');
      await applyTransition(tx, actor, {
        applicationId: application.id,
        action: 'put_on_agenda',
        roles: workflowRolesFor(actor, application),
        details: { meetingId: meeting.id },
      });
    }
    // Positions 1..n in the order given.
    for (const [i, id] of wanted.entries()) {
      if (currentIds.has(id)) {
        await tx
          .update(agendaItems)
          .set({ position: i + 1 })
          .where(and(eq(agendaItems.meetingId, meeting.id), eq(agendaItems.applicationId, id)));
      } else {
        await tx.insert(agendaItems).values({ meetingId: meeting.id, applicationId: id, position: i + 1 });
      }
    }
    return { applicationIds: wanted };
  });
}
