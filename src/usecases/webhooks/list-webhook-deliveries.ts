import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { applications } from '../../db/schema/applications.js';
import { webhookDeliveries, webhookEndpoints, type WebhookEvent } from '../../db/schema/case-records.js';
import { assertMayManageWebhooks } from '../../policies/webhooks.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { listDeliveriesSchema } from './schemas.js';

export interface WebhookDeliveryView {
  id: string;
  endpointId: string;
  endpointName: string;
  event: WebhookEvent;
  caseNumber: string | null;
  status: 'pending' | 'sending' | 'delivered' | 'failed';
  attempts: number;
  lastStatusCode: number | null;
  lastDurationMs: number | null;
  lastError: string | null;
  lastAttemptAt: Date | null;
  nextAttemptAt: Date;
  deliveredAt: Date | null;
  createdAt: Date;
}

/** The delivery log of the organisation's endpoints (or one endpoint), newest first, the latest 200. */
export async function listWebhookDeliveries(db: Db, actor: Actor, input: unknown): Promise<WebhookDeliveryView[]> {
  const { organisationId, endpointId } = parseInput(listDeliveriesSchema, input);
  assertMayManageWebhooks(actor, organisationId);
  const rows = await db
    .select({ d: webhookDeliveries, endpointName: webhookEndpoints.name, caseNumber: applications.caseNumber })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .leftJoin(applications, eq(applications.id, webhookDeliveries.applicationId))
    .where(and(eq(webhookDeliveries.organisationId, organisationId), endpointId ? eq(webhookDeliveries.endpointId, endpointId) : undefined))
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(200);
  return rows.map(({ d, endpointName, caseNumber }) => ({
    id: d.id,
    endpointId: d.endpointId,
    endpointName,
    event: d.event,
    caseNumber,
    status: d.status,
    attempts: d.attempts,
    lastStatusCode: d.lastStatusCode,
    lastDurationMs: d.lastDurationMs,
    lastError: d.lastError,
    lastAttemptAt: d.lastAttemptAt,
    nextAttemptAt: d.nextAttemptAt,
    deliveredAt: d.deliveredAt,
    createdAt: d.createdAt,
  }));
}
