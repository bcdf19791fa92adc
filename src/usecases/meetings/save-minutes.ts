import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { agendaItems } from '../../db/schema/assessment.js';
import { meetingMinutes, type MinutesAttendee, type MinutesItemNote } from '../../db/schema/meetings.js';
import { validationFailed, type FieldErrors } from '../../errors.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { applyMeetingTransition } from './apply-meeting-transition.js';
import { loadMeetingFor } from './load-meeting.js';
import { bodyMembers } from './minutes-members.js';

/** A list from a form (one value, several, or none) or from JSON (an array). */
const list = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess(
    (v) => (v === undefined || v === '' ? [] : typeof v === 'string' ? [v] : v),
    z.array(item, { error: 'Angiv en liste' }).max(max, { error: `Højst ${max}` }),
  );

/** Free-text attendees: an array of names, or the form's text with one name per line; empty lines are dropped. */
const attendeeLines = z
  .preprocess(
    (v) => (v === undefined ? [] : typeof v === 'string' ? v.split(/\r?\n/) : v),
    z.array(z.string({ error: 'Skriv et navn pr. linje' }).trim().max(200, { error: 'Højst 200 tegn pr. linje' }), { error: 'Skriv et navn pr. linje' }),
  )
  .transform((names) => names.filter((n) => n !== ''))
  .refine((names) => names.length <= 100, { error: 'Højst 100 deltagere' });

export const saveMinutesSchema = z.object({
  meetingId: z.string(),
  /** Members of the decision body who attended (their user ids). */
  memberUserIds: list(z.string(), 200),
  /** Other attendees, as free text (one per line in the form). */
  otherAttendees: attendeeLines,
  /** The minutes' note per agenda item, keyed by the item's application id. */
  itemNotes: z.record(z.string(), z.string({ error: 'Skriv noten som tekst' }).trim().max(8000, { error: 'Højst 8000 tegn' })).default({}),
  generalText: z.string({ error: 'Skriv teksten som tekst' }).trim().max(20000, { error: 'Højst 20.000 tegn' }).default(''),
});

export interface SavedMinutes {
  meetingId: string;
  attendees: MinutesAttendee[];
  itemNotes: MinutesItemNote[];
  generalText: string;
}

/**
 * The secretariat writes the minutes' text: who attended (members of the decision body, chosen by
 * name, and free-text lines), a note per agenda item and a general text. Possible from the meeting's
 * start until the minutes are published (the meeting workflow's write_minutes); saved and audited in
 * one transaction. Replaces what was saved before.
 */
export async function saveMinutes(db: Db, actor: Actor, input: unknown, now: Date = new Date()): Promise<SavedMinutes> {
  const data = parseInput(saveMinutesSchema, input);
  return db.transaction(async (tx) => {
    const { meeting, pool } = await loadMeetingFor(tx, actor, data.meetingId, 'meeting.manage', { forUpdate: true });
    const [before] = await tx.select().from(meetingMinutes).where(eq(meetingMinutes.meetingId, meeting.id));
    const items = await tx.select().from(agendaItems).where(eq(agendaItems.meetingId, meeting.id));
    const members = await bodyMembers(tx, pool.organisationId);

    const errors: FieldErrors = {};
    const chosen = new Set(data.memberUserIds);
    if ([...chosen].some((id) => !members.some((m) => m.userId === id))) errors.memberUserIds = 'Vælg blandt beslutningsorganets medlemmer';
    for (const applicationId of Object.keys(data.itemNotes)) {
      if (!items.some((i) => i.applicationId === applicationId)) errors[`itemNotes.${applicationId}`] = 'Punktet er ikke på dagsordenen';
    }
    if (Object.keys(errors).length > 0) throw validationFailed(errors);

    const attendees: MinutesAttendee[] = [
      ...members.filter((m) => chosen.has(m.userId)).map((m) => ({ name: m.name, userId: m.userId })),
      ...data.otherAttendees.map((name) => ({ name, userId: null })),
    ];
    const itemNotes: MinutesItemNote[] = [...items]
      .sort((a, b) => a.position - b.position)
      .map((i) => ({ agendaItemId: i.id, text: data.itemNotes[i.applicationId] ?? '' }))
      .filter((n) => n.text !== '');
    const after = { attendees, itemNotes, generalText: data.generalText };

    await applyMeetingTransition(tx, actor, {
      meetingId: meeting.id,
      action: 'write_minutes',
      auditAction: 'meeting.minutes_saved',
      before: before ? { attendees: before.attendees, itemNotes: before.itemNotes, generalText: before.generalText } : {},
      details: after,
      now,
    });
    await tx
      .insert(meetingMinutes)
      .values({ meetingId: meeting.id, ...after, updatedByUserId: actor.userId })
      .onConflictDoUpdate({ target: meetingMinutes.meetingId, set: { ...after, updatedByUserId: actor.userId, updatedAt: now } });
    return { meetingId: meeting.id, ...after };
  });
}
