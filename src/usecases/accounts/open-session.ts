import { and, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { sessions, users } from '../../db/schema/accounts.js';
import { newSecret, sha256 } from './secrets.js';

export const SESSION_HOURS = 12;

export interface LoginResult {
  sessionId: string;
  csrfToken: string;
  userId: string;
  expiresAt: Date;
}

/**
 * Open a session for a user who has proved who they are (a password, or an identity provider's
 * signed answer): store the hash of a fresh id, note the login, drop the user's expired sessions.
 */
export async function openSession(db: Db, userId: string, now: Date): Promise<LoginResult> {
  const sessionId = newSecret();
  const csrfToken = newSecret(24);
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  await db.insert(sessions).values({ idHash: sha256(sessionId), userId, csrfToken, expiresAt });
  await db.update(users).set({ lastLoginAt: now }).where(eq(users.id, userId));
  await db.delete(sessions).where(and(eq(sessions.userId, userId), gt(sql`${now.toISOString()}::timestamptz`, sessions.expiresAt)));
  return { sessionId, csrfToken, userId, expiresAt };
}
