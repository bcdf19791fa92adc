import { and, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { loginFailures } from '../../db/schema/accounts.js';

/** Failures count within this window; a key that reaches its limit waits as long. */
export const WINDOW_MINUTES = 15;

export interface Limit {
  key: string;
  max: number;
}

/** Whether any of the keys is waiting (counters live in the database, so every instance agrees). */
export async function anyLocked(db: Db, keys: readonly string[], now: Date): Promise<boolean> {
  if (keys.length === 0) return false;
  const locked = await db
    .select({ key: loginFailures.key })
    .from(loginFailures)
    .where(and(inArray(loginFailures.key, [...keys]), gt(loginFailures.lockedUntil, now)));
  return locked.length > 0;
}

export async function registerFailure(db: Db, { key, max }: Limit, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  const lockedUntil = new Date(now.getTime() + WINDOW_MINUTES * 60_000);
  // One statement, so concurrent failures on several instances count correctly.
  await db.execute(sql`
    insert into login_failures (key, failures, window_started_at)
    values (${key}, 1, ${now.toISOString()}::timestamptz)
    on conflict (key) do update set
      failures = case when login_failures.window_started_at < ${windowStart.toISOString()}::timestamptz then 1 else login_failures.failures + 1 end,
      window_started_at = case when login_failures.window_started_at < ${windowStart.toISOString()}::timestamptz then excluded.window_started_at else login_failures.window_started_at end,
      locked_until = case when (case when login_failures.window_started_at < ${windowStart.toISOString()}::timestamptz then 1 else login_failures.failures + 1 end) >= ${max}
        then ${lockedUntil.toISOString()}::timestamptz else login_failures.locked_until end
  `);
}
