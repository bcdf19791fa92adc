import { Hono } from 'hono';
import { z } from 'zod';
import { getMyWork, getMyWorkSchema, WORK_SECTION_KEYS } from '../../../usecases/home/get-my-work.js';
import { markNotificationsRead, markNotificationsReadSchema } from '../../../usecases/notifications/mark-notifications-read.js';
import type { AppEnv } from '../../env.js';
import { defineOperation } from '../registry.js';

const dateTime = z.iso.datetime();

const workItem = z.object({
  id: z.string(),
  title: z.string(),
  caseNumber: z.string().nullable(),
  href: z.string().meta({ description: 'The page (HTML) to open the item on' }),
  at: dateTime.nullable(),
  dueOn: z.iso.date().nullable(),
  overdue: z.boolean(),
  amountOere: z.number().int().nullable(),
  detail: z.string().nullable().meta({ description: 'The question, the outcome, the state, or the number of open reviews' }),
});

export const myWorkResponse = z.object({
  sections: z.array(
    z.object({
      key: z.enum(WORK_SECTION_KEYS),
      group: z.enum(['applying', 'caseHandling', 'reviewing', 'deciding', 'paying']),
      count: z.number().int(),
      overdueCount: z.number().int(),
      items: z.array(workItem),
      allHref: z.string().nullable(),
      meeting: z
        .object({
          id: z.string(),
          startsAt: dateTime,
          location: z.string(),
          status: z.string(),
          bodyName: z.string(),
          poolName: z.string(),
          submissionDeadline: z.iso.date().nullable(),
          href: z.string(),
        })
        .nullable()
        .optional(),
    }),
  ),
});

const TAG = 'Notifications';

/** The front page's work list and the notifications' read marks. */
export function homeApi(): Hono<AppEnv> {
  const api = new Hono<AppEnv>();

  defineOperation(
    api,
    {
      operationId: 'getMyWork',
      method: 'get',
      path: '/me/work',
      summary: "What needs the logged-in user now, per role they hold: counts and the newest items (the front page's sections)",
      tag: TAG,
      query: getMyWorkSchema,
      response: myWorkResponse,
      errors: ['VALIDATION_FAILED'],
      example: () => ({}),
    },
    async (actor, { c }) => getMyWork(c.get('deps').db, actor, {}),
  );

  defineOperation(
    api,
    {
      operationId: 'markNotificationsRead',
      method: 'post',
      path: '/notifications/read',
      summary: "Mark the logged-in user's notifications read: the given ids, or all when no ids are given",
      tag: TAG,
      body: markNotificationsReadSchema,
      response: z.object({ marked: z.number().int().meta({ description: 'How many were unread and are now read' }) }),
      errors: ['VALIDATION_FAILED'],
      example: () => ({ ids: [] }),
    },
    async (actor, { c, body }) => markNotificationsRead(c.get('deps').db, actor, body ?? {}),
  );

  return api;
}
