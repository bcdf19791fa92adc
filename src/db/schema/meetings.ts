import { jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { createdAt, updatedAt } from './columns.js';
import { meetings } from './pools.js';

/** One attendee of a meeting: a member of the decision body (with their user) or a name typed as free text. */
export interface MinutesAttendee {
  name: string;
  /** The member's user, when chosen from the decision body's members; null for a free-text line. */
  userId: string | null;
}

/** The minutes' note on one agenda item (the decision itself is the item's row in `decisions`). */
export interface MinutesItemNote {
  agendaItemId: string;
  text: string;
}

/**
 * A meeting's minutes as a document: who attended, a note per agenda item and a general text,
 * written by the secretariat before the minutes are published (the meeting's status says whether
 * they are). Hangs off the meeting, which hangs off the decision body → pool → organisation.
 */
export const meetingMinutes = pgTable('meeting_minutes', {
  meetingId: uuid('meeting_id')
    .primaryKey()
    .references(() => meetings.id),
  attendees: jsonb('attendees').$type<MinutesAttendee[]>().notNull().default([]),
  itemNotes: jsonb('item_notes').$type<MinutesItemNote[]>().notNull().default([]),
  generalText: text('general_text').notNull().default(''),
  updatedByUserId: uuid('updated_by_user_id').references(() => users.id),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
