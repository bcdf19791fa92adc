import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { notifications } from '../../db/schema/notifications.js';
import type { Actor } from '../shared/actor.js';
import { decodeCursor, microsOf, newestFirst, pageInputSchema, pageOf } from '../shared/keyset.js';
import { parseInput } from '../shared/validate.js';

export const listNotificationsSchema = pageInputSchema.extend({
  unreadOnly: z.preprocess((v) => v === 'true' || v === true, z.boolean()).default(false),
});

export type NotificationRow = typeof notifications.$inferSelect;

/** The actor's own notifications, newest first (keyset pages of `limit`, `after` a cursor), with the unread count. */
export async function listNotifications(
  db: Db,
  actor: Actor,
  input: unknown = {},
): Promise<{ notifications: NotificationRow[]; unread: number; nextCursor: string | null }> {
  const data = parseInput(listNotificationsSchema, input ?? {});
  const keyset = newestFirst(notifications.createdAt, notifications.id, decodeCursor(data.after));
  const where = and(eq(notifications.userId, actor.userId), data.unreadOnly ? isNull(notifications.readAt) : undefined, keyset.after);
  const rows = await db
    .select({ row: notifications, key: microsOf(notifications.createdAt) })
    .from(notifications)
    .where(where)
    .orderBy(...keyset.orderBy)
    .limit(data.limit + 1);
  const page = pageOf(rows, data.limit, (r) => ({ key: r.key, id: r.row.id }));
  return { notifications: page.items.map((r) => r.row), unread: await unreadCount(db, actor.userId), nextCursor: page.nextCursor };
}

/**
 * The person's unread notifications: one count on the partial index `notifications_unread_idx`
 * (user_id where read_at is null), cheap enough for the header of every page.
 */
export async function unreadCount(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}
