import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { notifications } from '../../db/schema/notifications.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';

export const listNotificationsSchema = z.object({
  unreadOnly: z.preprocess((v) => v === 'true' || v === true, z.boolean()).default(false),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export type NotificationRow = typeof notifications.$inferSelect;

/** The actor's own notifications, newest first, with the unread count. */
export async function listNotifications(db: Db, actor: Actor, input: unknown = {}): Promise<{ notifications: NotificationRow[]; unread: number }> {
  const data = parseInput(listNotificationsSchema, input ?? {});
  const where = data.unreadOnly ? and(eq(notifications.userId, actor.userId), isNull(notifications.readAt)) : eq(notifications.userId, actor.userId);
  const rows = await db.select().from(notifications).where(where).orderBy(desc(notifications.createdAt)).limit(data.limit);
  return { notifications: rows, unread: await unreadCount(db, actor.userId) };
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
