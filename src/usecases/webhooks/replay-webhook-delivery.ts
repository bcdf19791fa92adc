import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { webhookDeliveries } from '../../db/schema/case-records.js';
import { notFound } from '../../errors.js';
import { assertMayManageWebhooks } from '../../policies/webhooks.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { replayDeliverySchema } from './schemas.js';

/**
 * Sends one delivery again (its admin): back to pending, due now, with a fresh set of attempts; the
 * same payload and delivery id, so the receiver can recognise a repeat. Audited.
 */
export async function replayWebhookDelivery(db: Db, actor: Actor, input: unknown): Promise<{ id: string; status: 'pending' }> {
  const { organisationId, deliveryId } = parseInput(replayDeliverySchema, input);
  assertMayManageWebhooks(actor, organisationId);
  return db.transaction(async (tx) => {
    const [d] = await tx
      .select()
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.organisationId, organisationId)))
      .for('update');
    if (!d) throw notFound();
    await tx
      .update(webhookDeliveries)
      .set({ status: 'pending', attempts: 0, nextAttemptAt: new Date(), claimedAt: null })
      .where(eq(webhookDeliveries.id, d.id));
    await recordAudit(tx, actor, {
      action: 'webhook.delivery_replayed',
      objectType: 'webhook_delivery',
      objectId: d.id,
      organisationId,
      before: { status: d.status, attempts: d.attempts, lastStatusCode: d.lastStatusCode },
    });
    return { id: d.id, status: 'pending' as const };
  });
}
