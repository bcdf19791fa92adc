import { z } from 'zod';
import { WEBHOOK_EVENTS } from '../../db/schema/case-records.js';
import { isUuid } from '../../domain/ids.js';
import { webhookUrlProblem } from '../../domain/webhooks.js';

const uuid = (what: string) => z.string().refine(isUuid, { error: `Ukendt ${what}` });
/** A checkbox list from a form (one ticked box is a string) or a JSON array. */
const list = z.preprocess((v) => (typeof v === 'string' ? [v] : (v ?? [])), z.array(z.enum(WEBHOOK_EVENTS, { error: 'Ukendt hændelse' })));
const flag = z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean());

export const organisationIdSchema = z.object({ organisationId: uuid('organisation') });

export const saveWebhookSchema = z.object({
  organisationId: uuid('organisation'),
  /** Absent: a new endpoint (its secret is generated and shown once). */
  endpointId: z.preprocess((v) => (v === '' ? undefined : v), uuid('modtager').optional()),
  name: z.string().trim().min(1, 'Giv modtageren et navn, fx "SBSYS"').max(200, 'Højst 200 tegn'),
  url: z
    .string()
    .trim()
    .min(1, 'Skriv modtagerens adresse')
    .max(2000, 'Højst 2000 tegn')
    .superRefine((v, ctx) => {
      const problem = webhookUrlProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  events: list.refine((v) => v.length > 0, { error: 'Vælg mindst én hændelse' }),
  active: flag,
  /** On an existing endpoint: generate a new secret (shown once); the old one stops working at once. */
  rotateSecret: flag.optional(),
});

export const listDeliveriesSchema = z.object({
  organisationId: uuid('organisation'),
  endpointId: z.preprocess((v) => (v === '' ? undefined : v), uuid('modtager').optional()),
});

export const replayDeliverySchema = z.object({ organisationId: uuid('organisation'), deliveryId: uuid('levering') });
