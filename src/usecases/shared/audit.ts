import type { Db } from '../../db/client.js';
import { auditEvents } from '../../db/schema/audit.js';
import type { Actor } from './actor.js';

export interface AuditInput {
  action: string;
  objectType: string;
  objectId: string;
  organisationId: string | null;
  before?: unknown;
  after?: unknown;
}

/** Write an audit event. Call it with the same transaction as the change it records. */
export async function recordAudit(tx: Db, actor: Actor | null, event: AuditInput): Promise<void> {
  await tx.insert(auditEvents).values({
    actorUserId: actor?.userId ?? null,
    organisationId: event.organisationId,
    action: event.action,
    objectType: event.objectType,
    objectId: event.objectId,
    before: event.before ?? null,
    after: event.after ?? null,
  });
}
