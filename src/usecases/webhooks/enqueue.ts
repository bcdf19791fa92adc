import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { applications } from '../../db/schema/applications.js';
import { webhookDeliveries, webhookEndpoints, type WebhookEvent } from '../../db/schema/case-records.js';
import { organisations } from '../../db/schema/organisations.js';

/** The journal document a case event carries (what the ESDH system files under the case number). */
export interface CaseEventDocument {
  title: string;
  /** The kind of document, as the journal list names it (`application_version`, `decision`, …). */
  kind: string;
  /** The document itself: serialised as JSON and sent inline, base64-encoded. */
  body: Record<string, unknown>;
}

export interface CaseEventInput {
  event: WebhookEvent;
  applicationId: string;
  document: CaseEventDocument;
  occurredAt?: Date;
}

/**
 * Queues one delivery of a case event to every active endpoint of the case's organisation that
 * subscribes to it. Call it inside the transaction of the change, so the event is delivered exactly
 * when the change is committed (the dispatcher sends it afterwards). The payload is frozen here; the
 * document travels inline (base64 JSON) so the receiver needs no credentials to fetch it.
 */
export async function enqueueCaseEvent(tx: Db, input: CaseEventInput): Promise<number> {
  const [app] = await tx
    .select({
      id: applications.id,
      caseNumber: applications.caseNumber,
      title: applications.title,
      organisationId: applications.organisationId,
      orgName: organisations.name,
    })
    .from(applications)
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .where(eq(applications.id, input.applicationId));
  if (!app) return 0;
  const endpoints = await tx
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.organisationId, app.organisationId),
        eq(webhookEndpoints.active, true),
        sql`${webhookEndpoints.events} @> ${JSON.stringify([input.event])}::jsonb`,
      ),
    );
  const occurredAt = (input.occurredAt ?? new Date()).toISOString();
  const json = JSON.stringify(input.document.body);
  for (const endpoint of endpoints) {
    const deliveryId = randomUUID();
    await tx.insert(webhookDeliveries).values({
      id: deliveryId,
      endpointId: endpoint.id,
      organisationId: app.organisationId,
      applicationId: app.id,
      event: input.event,
      payload: {
        deliveryId,
        event: input.event,
        occurredAt,
        caseNumber: app.caseNumber,
        case: { id: app.id, title: app.title },
        organisation: { id: app.organisationId, name: app.orgName },
        document: {
          title: input.document.title,
          kind: input.document.kind,
          fileName: `${app.caseNumber.replace(/[^\w.-]+/g, '_')}-${input.document.kind}.json`,
          contentType: 'application/json',
          encoding: 'base64',
          content: Buffer.from(json, 'utf8').toString('base64'),
        },
      },
    });
  }
  return endpoints.length;
}
