import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { agendaItems } from '../../db/schema/assessment.js';
import { notifyAgendaPublished } from '../notifications/case-events.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { applyMeetingTransition } from './apply-meeting-transition.js';
import { loadMeetingFor } from './load-meeting.js';

export const publishAgendaSchema = z.object({ meetingId: z.string() });

/**
 * The secretariat sends out a planned meeting's agenda (the meeting workflow's publish_agenda): the
 * meeting becomes "agenda_published" and the decision body's members are told, in-app and by e-mail,
 * in the same transaction. The agenda can still be changed until the first decision.
 */
export async function publishAgenda(db: Db, actor: Actor, input: unknown): Promise<{ id: string; status: string; items: number }> {
  const data = parseInput(publishAgendaSchema, input);
  return db.transaction(async (tx) => {
    const { meeting, body, pool } = await loadMeetingFor(tx, actor, data.meetingId, 'meeting.manage', { forUpdate: true });
    const [row] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, meeting.id));
    const items = Number(row?.n ?? 0);
    const r = await applyMeetingTransition(tx, actor, {
      meetingId: meeting.id,
      action: 'publish_agenda',
      auditAction: 'meeting.agenda_published',
      details: { items },
    });
    await notifyAgendaPublished(tx, { meetingId: meeting.id, organisationId: pool.organisationId, bodyName: body.name, startsAt: meeting.startsAt, items });
    return { id: meeting.id, status: r.to, items };
  });
}
