import { Hono } from 'hono';
import { z } from 'zod';
import { WEBHOOK_EVENTS } from '../../../db/schema/case-records.js';
import { listWebhookDeliveries, type WebhookDeliveryView } from '../../../usecases/webhooks/list-webhook-deliveries.js';
import { listWebhooks, type WebhookEndpointView } from '../../../usecases/webhooks/list-webhooks.js';
import { replayWebhookDelivery } from '../../../usecases/webhooks/replay-webhook-delivery.js';
import { saveWebhook } from '../../../usecases/webhooks/save-webhook.js';
import type { AppEnv } from '../../env.js';
import { defineOperation } from '../registry.js';

const TAG = 'Webhooks';
const iso = (d: Date | null) => d?.toISOString() ?? null;

const endpointSchema = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENTS)),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const endpointJson = (e: WebhookEndpointView): z.infer<typeof endpointSchema> => ({
  ...e,
  createdAt: e.createdAt.toISOString(),
  updatedAt: e.updatedAt.toISOString(),
});

const deliverySchema = z.object({
  id: z.string(),
  endpointId: z.string(),
  endpointName: z.string(),
  event: z.enum(WEBHOOK_EVENTS),
  caseNumber: z.string().nullable(),
  status: z.enum(['pending', 'sending', 'delivered', 'failed']),
  attempts: z.number(),
  lastStatusCode: z.number().nullable(),
  lastDurationMs: z.number().nullable(),
  lastError: z.string().nullable(),
  lastAttemptAt: z.string().nullable(),
  nextAttemptAt: z.string(),
  deliveredAt: z.string().nullable(),
  createdAt: z.string(),
});
const deliveryJson = (d: WebhookDeliveryView): z.infer<typeof deliverySchema> => ({
  ...d,
  lastAttemptAt: iso(d.lastAttemptAt),
  nextAttemptAt: d.nextAttemptAt.toISOString(),
  deliveredAt: iso(d.deliveredAt),
  createdAt: d.createdAt.toISOString(),
});

/** Journalisation webhooks of an organisation (its admin): endpoints, the delivery log, replay. */
export function webhookApi(): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  defineOperation(
    api,
    {
      operationId: 'listWebhooks',
      method: 'get',
      path: '/organisations/:organisationId/webhooks',
      summary: "The organisation's webhook endpoints (never their secrets)",
      tag: TAG,
      response: z.object({ items: z.array(endpointSchema) }),
    },
    async (actor, { c, params }) => ({ items: (await listWebhooks(c.get('deps').db, actor, { organisationId: params.organisationId })).map(endpointJson) }),
  );
  defineOperation(
    api,
    {
      operationId: 'saveWebhook',
      method: 'post',
      path: '/organisations/:organisationId/webhooks',
      summary:
        'Register an endpoint (no endpointId; its secret is generated and returned this once) or change one (endpointId; rotateSecret for a new secret). https only; http for a loopback host',
      tag: TAG,
      body: z.object({
        endpointId: z.string().optional(),
        name: z.string(),
        url: z.string(),
        events: z.array(z.enum(WEBHOOK_EVENTS)),
        active: z.boolean(),
        rotateSecret: z.boolean().optional(),
      }),
      response: z.object({ endpoint: endpointSchema, secret: z.string().nullable() }),
      errors: ['VALIDATION_FAILED'],
      example: () => ({ name: 'SBSYS', url: 'https://esdh.kommune.dk/webhooks/puljer', events: ['submitted', 'decided'], active: true }),
    },
    async (actor, { c, params, body }) => {
      const saved = await saveWebhook(c.get('deps').db, actor, { ...(body && typeof body === 'object' ? body : {}), organisationId: params.organisationId });
      return { endpoint: endpointJson(saved.endpoint), secret: saved.secret };
    },
  );
  defineOperation(
    api,
    {
      operationId: 'listWebhookDeliveries',
      method: 'get',
      path: '/organisations/:organisationId/webhook-deliveries',
      summary: 'The delivery log (newest first, the latest 200): status, attempts, last status code, duration and error; `endpointId` for one endpoint',
      tag: TAG,
      query: z.object({ endpointId: z.string().optional() }),
      response: z.object({ items: z.array(deliverySchema) }),
      errors: ['VALIDATION_FAILED'],
      example: (id) => ({ endpointId: id('endpointId') }),
    },
    async (actor, { c, params, query }) => ({
      items: (await listWebhookDeliveries(c.get('deps').db, actor, { ...query, organisationId: params.organisationId })).map(deliveryJson),
    }),
  );
  defineOperation(
    api,
    {
      operationId: 'replayWebhookDelivery',
      method: 'post',
      path: '/organisations/:organisationId/webhook-deliveries/:deliveryId/replay',
      summary: 'Send one delivery again (same payload and delivery id, a fresh set of attempts); audited',
      tag: TAG,
      response: z.object({ id: z.string(), status: z.literal('pending') }),
    },
    (actor, { c, params }) => replayWebhookDelivery(c.get('deps').db, actor, { organisationId: params.organisationId, deliveryId: params.deliveryId }),
  );
  return api;
}
