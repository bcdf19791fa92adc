import { and, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { notifications } from '../../db/schema/notifications.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';

export const markNotificationsReadSchema = z.object({
  /** Ids to mark read; empty or absent marks all. */
  ids: z
    .preprocess(
      (v) => (typeof v === 'string' ? [v] : v),
      z.array(z.uuid({ error: 'Ukendt notifikation' }), { error: 'Angiv notifikationerne som en liste' }).max(500),
    )
    .default([]),
});

/**
 * Marks the actor's own notifications read: the given ids, or all when none are given (others' ids are
 * ignored, so nobody learns whether someone else's notification exists). The page's buttons and the
 * API's `markNotificationsRead` call it. Not audited: no case data changes.
 */
export async function markNotificationsRead(db: Db, actor: Actor, input: unknown = {}): Promise<{ marked: number }> {
  const { ids } = parseInput(markNotificationsReadSchema, input ?? {});
  const cond = [eq(notifications.userId, actor.userId), isNull(notifications.readAt)];
  if (ids.length > 0) cond.push(inArray(notifications.id, ids));
  const rows = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(...cond))
    .returning({ id: notifications.id });
  return { marked: rows.length };
}
