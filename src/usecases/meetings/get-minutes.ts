import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { applications } from '../../db/schema/applications.js';
import { agendaItems, decisions } from '../../db/schema/assessment.js';
import { meetingMinutes, type MinutesAttendee } from '../../db/schema/meetings.js';
import type { Bilingual } from '../../domain/bilingual.js';
import { meetingDisplayState, meetingWorkflow, type MeetingDisplayState } from '../../domain/meeting-workflow.js';
import { check } from '../../domain/workflow.js';
import { meetingRolesFor } from '../../policies/meetings.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { loadMeetingFor, type LoadedMeeting } from './load-meeting.js';
import { bodyMembers, type BodyMember } from './minutes-members.js';

type DecisionRow = typeof decisions.$inferSelect;

export interface MinutesItem {
  itemId: string;
  position: number;
  application: { id: string; caseNumber: string; title: string };
  /** The minutes' note on the item ('' when none). */
  note: string;
  decision: Pick<DecisionRow, 'id' | 'outcome' | 'amountOere' | 'conditions' | 'reason' | 'decidedAt'> | null;
}

export interface MinutesView extends LoadedMeeting {
  displayState: MeetingDisplayState;
  /** The meeting's minutes are published (the document is final). */
  published: boolean;
  /** Whether the actor may edit the minutes now (the workflow's write_minutes); if not, why (for those who could). */
  editable: boolean;
  notEditable: Bilingual | null;
  /** The decision body's members, who can be ticked as attendees. */
  members: BodyMember[];
  attendees: MinutesAttendee[];
  generalText: string;
  items: MinutesItem[];
  updatedAt: Date | null;
}

export const getMinutesSchema = z.object({ meetingId: z.string() });

/** A meeting's minutes: attendees, the note and decision of each agenda item, the general text (secretariat and decision-body members). */
export async function getMinutes(db: Db, actor: Actor, input: unknown, now: Date = new Date()): Promise<MinutesView> {
  const { meetingId } = parseInput(getMinutesSchema, input);
  const loaded = await loadMeetingFor(db, actor, meetingId, 'meeting.view');
  const { meeting, pool } = loaded;
  const [minutes] = await db.select().from(meetingMinutes).where(eq(meetingMinutes.meetingId, meeting.id));
  const rows = await db
    .select({
      item: agendaItems,
      application: { id: applications.id, caseNumber: applications.caseNumber, title: applications.title },
      decision: {
        id: decisions.id,
        outcome: decisions.outcome,
        amountOere: decisions.amountOere,
        conditions: decisions.conditions,
        reason: decisions.reason,
        decidedAt: decisions.decidedAt,
      },
    })
    .from(agendaItems)
    .innerJoin(applications, eq(applications.id, agendaItems.applicationId))
    .leftJoin(decisions, eq(decisions.agendaItemId, agendaItems.id))
    .where(eq(agendaItems.meetingId, meeting.id))
    .orderBy(asc(agendaItems.position));
  const notes = new Map((minutes?.itemNotes ?? []).map((n) => [n.agendaItemId, n.text]));
  const roles = meetingRolesFor(actor, pool.organisationId);
  const r = check(meetingWorkflow, meeting.status, 'write_minutes', roles, { startsAt: meeting.startsAt, now });
  return {
    ...loaded,
    displayState: meetingDisplayState(meeting.status, meeting.startsAt, now),
    published: meeting.status === 'minutes_published',
    editable: r.allowed,
    notEditable: r.allowed || r.refusal.code === 'ROLE_NOT_ALLOWED' ? null : r.refusal.message,
    members: await bodyMembers(db, pool.organisationId),
    attendees: minutes?.attendees ?? [],
    generalText: minutes?.generalText ?? '',
    items: rows.map((row) => ({
      itemId: row.item.id,
      position: row.item.position,
      application: row.application,
      note: notes.get(row.item.id) ?? '',
      decision: row.decision,
    })),
    updatedAt: minutes?.updatedAt ?? null,
  };
}
