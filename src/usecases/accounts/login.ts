import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { loginFailures, sessions, users } from '../../db/schema/accounts.js';
import { AppError } from '../../errors.js';
import { parseInput } from '../shared/validate.js';
import { dummyPasswordHash, newSecret, sha256, verifyPassword } from './secrets.js';
import { loginSchema } from './schemas.js';

export const SESSION_HOURS = 12;
const MAX_FAILURES = 5;
const WINDOW_MINUTES = 15;

export interface LoginResult {
  sessionId: string;
  csrfToken: string;
  userId: string;
  expiresAt: Date;
}

/** Check the password, throttle repeated failures (per e-mail, in the database so every instance agrees), open a session. */
export async function login(db: Db, input: unknown, ctx: { now?: Date } = {}): Promise<LoginResult> {
  const { email, password } = parseInput(loginSchema, input);
  const now = ctx.now ?? new Date();
  const key = `email:${email}`;

  const [throttle] = await db.select().from(loginFailures).where(eq(loginFailures.key, key));
  if (throttle?.lockedUntil && throttle.lockedUntil > now) throw new AppError('TOO_MANY_ATTEMPTS');

  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.email, email), isNull(users.disabledAt)));
  const ok = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : (await verifyPassword(await dummyPasswordHash(), password), false);
  if (!user || !ok) {
    await registerFailure(db, key, now);
    throw new AppError('INVALID_CREDENTIALS', {
      fields: { password: 'E-mail eller adgangskode er forkert' },
    });
  }
  await db.delete(loginFailures).where(eq(loginFailures.key, key));

  const sessionId = newSecret();
  const csrfToken = newSecret(24);
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  await db.insert(sessions).values({ idHash: sha256(sessionId), userId: user.id, csrfToken, expiresAt });
  // Housekeeping: expired sessions of this user go when they log in again.
  await db.delete(sessions).where(and(eq(sessions.userId, user.id), gt(sql`${now.toISOString()}::timestamptz`, sessions.expiresAt)));
  return { sessionId, csrfToken, userId: user.id, expiresAt };
}

async function registerFailure(db: Db, key: string, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  const lockedUntil = new Date(now.getTime() + WINDOW_MINUTES * 60_000);
  // One statement, so concurrent failures on several instances count correctly.
  await db.execute(sql`
    insert into login_failures (key, failures, window_started_at)
    values (${key}, 1, ${now.toISOString()}::timestamptz)
    on conflict (key) do update set
      failures = case when login_failures.window_started_at < ${windowStart.toISOString()}::timestamptz then 1 else login_failures.failures + 1 end,
      window_started_at = case when login_failures.window_started_at < ${windowStart.toISOString()}::timestamptz then excluded.window_started_at else login_failures.window_started_at end,
      locked_until = case when (case when login_failures.window_started_at < ${windowStart.toISOString()}::timestamptz then 1 else login_failures.failures + 1 end) >= ${MAX_FAILURES}
        then ${lockedUntil.toISOString()}::timestamptz else login_failures.locked_until end
  `);
}
