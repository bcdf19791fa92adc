import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { webhookEndpoints, type WebhookEvent } from '../../db/schema/case-records.js';
import { assertMayManageWebhooks } from '../../policies/webhooks.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { organisationIdSchema } from './schemas.js';

/** An endpoint as the admin sees it: never its secret. */
export interface WebhookEndpointView {
  id: string;
  name: string;
  url: string;
  events: WebhookEvent[];
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export const endpointView = (e: typeof webhookEndpoints.$inferSelect): WebhookEndpointView => ({
  id: e.id,
  name: e.name,
  url: e.url,
  events: e.events,
  active: e.active,
  createdAt: e.createdAt,
  updatedAt: e.updatedAt,
});

/** The organisation's webhook endpoints (its admin). */
export async function listWebhooks(db: Db, actor: Actor, input: unknown): Promise<WebhookEndpointView[]> {
  const { organisationId } = parseInput(organisationIdSchema, input);
  assertMayManageWebhooks(actor, organisationId);
  const rows = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.organisationId, organisationId)).orderBy(asc(webhookEndpoints.createdAt));
  return rows.map(endpointView);
}
