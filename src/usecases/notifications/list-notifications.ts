import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
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

export async function unreadCount(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

export const markNotificationsReadSchema = z.object({
  /** Ids to mark read; empty or absent marks all. */
  ids: z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(z.uuid()).max(500)).default([]),
});

/** Marks the actor's own notifications read (others' ids are ignored). Not audited: no case data changes. */
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
