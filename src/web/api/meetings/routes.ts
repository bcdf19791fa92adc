import { Hono } from 'hono';
import { z } from 'zod';
import { MEETING_STATES } from '../../../domain/meeting-workflow.js';
import { getMinutes, type MinutesView } from '../../../usecases/meetings/get-minutes.js';
import { saveMinutes, saveMinutesSchema } from '../../../usecases/meetings/save-minutes.js';
import type { AppEnv } from '../../env.js';
import { defineOperation } from '../registry.js';

const TAG = 'Assessment';

/** Path parameters win over the body, so a body cannot redirect a call to another object. */
const withBody = (body: unknown, extra: Record<string, string>) => ({ ...(body && typeof body === 'object' ? body : {}), ...extra });

const attendee = z.object({ name: z.string(), userId: z.string().nullable() });

const minutesResponse = z.object({
  meetingId: z.string(),
  status: z.enum(MEETING_STATES),
  displayState: z.enum([...MEETING_STATES, 'awaiting_minutes']),
  published: z.boolean(),
  editable: z.boolean(),
  organisationName: z.string(),
  decisionBody: z.object({ id: z.string(), name: z.string() }),
  startsAt: z.iso.datetime(),
  location: z.string(),
  members: z.array(z.object({ userId: z.string(), name: z.string() })),
  attendees: z.array(attendee),
  generalText: z.string(),
  items: z.array(
    z.object({
      itemId: z.string(),
      position: z.number().int(),
      application: z.object({ id: z.string(), caseNumber: z.string(), title: z.string() }),
      note: z.string(),
      decision: z
        .object({
          id: z.string(),
          outcome: z.enum(['approve', 'reject', 'defer']),
          amountOere: z.number().int(),
          conditions: z.string(),
          reason: z.string(),
          decidedAt: z.iso.datetime(),
        })
        .nullable(),
    }),
  ),
  updatedAt: z.iso.datetime().nullable(),
});

const minutesJson = (v: MinutesView) => ({
  meetingId: v.meeting.id,
  status: v.meeting.status,
  displayState: v.displayState,
  published: v.published,
  editable: v.editable,
  organisationName: v.organisationName,
  decisionBody: { id: v.body.id, name: v.body.name },
  startsAt: v.meeting.startsAt,
  location: v.meeting.location,
  members: v.members,
  attendees: v.attendees,
  generalText: v.generalText,
  items: v.items,
  updatedAt: v.updatedAt,
});

/** The meetings' minutes as JSON: read them, and (the secretariat) write them before they are published. */
export function meetingApi(): Hono<AppEnv> {
  const api = new Hono<AppEnv>();

  defineOperation(
    api,
    {
      operationId: 'getMinutes',
      method: 'get',
      path: '/meetings/:meetingId/minutes',
      summary: "A meeting's minutes: attendees, each agenda item's note and decision, and the general text",
      tag: TAG,
      response: minutesResponse,
    },
    async (actor, { c, params }) => minutesJson(await getMinutes(c.get('deps').db, actor, { meetingId: params.meetingId ?? '' })),
  );

  defineOperation(
    api,
    {
      operationId: 'saveMinutes',
      method: 'put',
      path: '/meetings/:meetingId/minutes',
      summary:
        "Write the minutes (secretariat): attending members of the decision body by user id, other attendees as text, a note per agenda item (keyed by application id) and a general text. From the meeting's start until the minutes are published",
      tag: TAG,
      body: saveMinutesSchema.omit({ meetingId: true }),
      response: minutesResponse,
      errors: ['VALIDATION_FAILED', 'TRANSITION_NOT_ALLOWED'],
      example: () => ({ memberUserIds: [], otherAttendees: ['Anne Jensen, sekretær'], itemNotes: {}, generalText: 'Mødet blev holdt som planlagt.' }),
    },
    async (actor, { c, params, body }) => {
      const db = c.get('deps').db;
      const meetingId = params.meetingId ?? '';
      await saveMinutes(db, actor, withBody(body, { meetingId }));
      return minutesJson(await getMinutes(db, actor, { meetingId }));
    },
  );

  return api;
}
