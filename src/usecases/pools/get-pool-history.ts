import { and, asc, eq } from 'drizzle-orm';
import { isUuid } from '../../domain/ids.js';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/accounts.js';
import { auditEvents } from '../../db/schema/audit.js';
import { notFound } from '../../errors.js';
import { authorize } from '../../policies/authorize.js';
import type { Actor } from '../shared/actor.js';
import { loadPoolDetails } from './pool-details.js';
import { diffSetup, type SetupChange } from './setup-diff.js';

export interface PoolHistoryEvent {
  id: number;
  at: string;
  action: string;
  actorName: string | null;
  actorEmail: string | null;
  before: unknown;
  after: unknown;
  /** What changed, field by field (empty for the creation, whose `after` is the whole setup). */
  changes: SetupChange[];
}

/**
 * The pool's audit events (its own changes and the ledger's postings from its setup), oldest first,
 * for the owning organisation's secretariat and admins.
 */
export async function getPoolHistory(
  db: Db,
  actor: Actor,
  input: { poolId: string },
): Promise<{ poolId: string; poolName: string; lineNames: Record<string, string>; events: PoolHistoryEvent[] }> {
  if (!isUuid(input.poolId)) throw notFound();
  const pool = await loadPoolDetails(db, input.poolId);
  if (!pool) throw notFound();
  authorize(actor, 'pool.viewHistory', pool.organisationId);
  const rows = await db
    .select({ event: auditEvents, actorName: users.name, actorEmail: users.email })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(and(eq(auditEvents.objectType, 'pool'), eq(auditEvents.objectId, pool.id)))
    .orderBy(asc(auditEvents.at), asc(auditEvents.id));
  return {
    poolId: pool.id,
    poolName: pool.name,
    lineNames: Object.fromEntries(pool.budgetLines.flatMap((l) => [[l.id, l.name] as const, ...l.earmarks.map((e) => [e.id, e.name] as const)])),
    events: rows.map(({ event: e, actorName, actorEmail }) => ({
      id: e.id,
      at: e.at.toISOString(),
      action: e.action,
      actorName,
      actorEmail,
      before: e.before,
      after: e.after,
      changes: e.action.startsWith('pool.') && e.before !== null ? diffSetup(e.before, e.after) : [],
    })),
  };
}
