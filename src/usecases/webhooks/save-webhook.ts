import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { webhookEndpoints } from '../../db/schema/case-records.js';
import { notFound } from '../../errors.js';
import { assertMayManageWebhooks } from '../../policies/webhooks.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { endpointView, type WebhookEndpointView } from './list-webhooks.js';
import { saveWebhookSchema } from './schemas.js';

export interface SavedWebhook {
  endpoint: WebhookEndpointView;
  /** Only when a new secret was generated (a new endpoint, or `rotateSecret`): shown this once, never again. */
  secret: string | null;
}

const newSecret = () => `whsec_${randomBytes(32).toString('hex')}`;

/**
 * Registers or changes a webhook endpoint of the organisation (its admin). A new endpoint gets a
 * generated secret, returned once; the audit event records the change but never the secret.
 */
export async function saveWebhook(db: Db, actor: Actor, input: unknown): Promise<SavedWebhook> {
  // Access before the values: another organisation's form is 404 even when the input is bad.
  const orgId = (input as { organisationId?: unknown } | null)?.organisationId;
  if (typeof orgId === 'string') assertMayManageWebhooks(actor, orgId);
  const data = parseInput(saveWebhookSchema, input);
  assertMayManageWebhooks(actor, data.organisationId);
  return db.transaction(async (tx) => {
    const values = { name: data.name, url: data.url, events: data.events, active: data.active };
    if (!data.endpointId) {
      const secret = newSecret();
      const [row] = await tx
        .insert(webhookEndpoints)
        .values({ ...values, organisationId: data.organisationId, secret, createdByUserId: actor.userId })
        .returning();
      if (!row) throw new Error('insert returned no row');
      await recordAudit(tx, actor, {
        action: 'webhook.created',
        objectType: 'webhook_endpoint',
        objectId: row.id,
        organisationId: row.organisationId,
        after: values,
      });
      return { endpoint: endpointView(row), secret };
    }
    const [before] = await tx
      .select()
      .from(webhookEndpoints)
      .where(and(eq(webhookEndpoints.id, data.endpointId), eq(webhookEndpoints.organisationId, data.organisationId)))
      .for('update');
    if (!before) throw notFound();
    const secret = data.rotateSecret ? newSecret() : null;
    const [row] = await tx
      .update(webhookEndpoints)
      .set({ ...values, ...(secret ? { secret } : {}), updatedAt: new Date() })
      .where(eq(webhookEndpoints.id, before.id))
      .returning();
    if (!row) throw new Error('update returned no row');
    await recordAudit(tx, actor, {
      action: 'webhook.updated',
      objectType: 'webhook_endpoint',
      objectId: row.id,
      organisationId: row.organisationId,
      before: { name: before.name, url: before.url, events: before.events, active: before.active },
      after: { ...values, secretRotated: secret !== null },
    });
    return { endpoint: endpointView(row), secret };
  });
}
