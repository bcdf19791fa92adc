import { and, desc, eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/accounts.js';
import { auditEvents } from '../../db/schema/audit.js';

export interface HistoryEntry {
  at: string;
  action: string;
  actorName: string | null;
  after: unknown;
}

/** The case's audit events and its reports', newest first (the project page's history). */
export async function projectHistory(db: Db, applicationId: string, reportIds: readonly string[], limit = 100): Promise<HistoryEntry[]> {
  const rows = await db
    .select({ at: auditEvents.at, action: auditEvents.action, actorName: users.name, after: auditEvents.after })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(
      or(
        and(eq(auditEvents.objectType, 'application'), eq(auditEvents.objectId, applicationId)),
        reportIds.length > 0 ? and(eq(auditEvents.objectType, 'follow_up_report'), inArray(auditEvents.objectId, [...reportIds])) : undefined,
      ),
    )
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
}
