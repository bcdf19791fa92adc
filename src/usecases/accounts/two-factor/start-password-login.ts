import type { Db } from '../../../db/client.js';
import { pendingTwoFactorLogins } from '../../../db/schema/two-factor.js';
import { checkPassword, type LoginContext } from '../login.js';
import { openSession, type LoginResult } from '../open-session.js';
import { newSecret, sha256 } from '../secrets.js';
import { hasTwoFactor } from './second-factor.js';

/** How long the code page waits after a correct password. */
export const PENDING_LOGIN_MINUTES = 5;

export type PasswordLoginStart =
  | { kind: 'session'; session: LoginResult }
  /** The password was right, the code is still to come: no session yet, only this token (a cookie). */
  | { kind: 'two-factor'; pendingToken: string; expiresAt: Date };

/** The login page's first step: the password, then a session, or (with two-factor) a pending login. */
export async function startPasswordLogin(db: Db, input: unknown, ctx: LoginContext = {}): Promise<PasswordLoginStart> {
  const now = ctx.now ?? new Date();
  const { userId } = await checkPassword(db, input, ctx);
  if (!(await hasTwoFactor(db, userId))) return { kind: 'session', session: await openSession(db, userId, now) };
  const pendingToken = newSecret();
  const expiresAt = new Date(now.getTime() + PENDING_LOGIN_MINUTES * 60_000);
  await db.insert(pendingTwoFactorLogins).values({ idHash: sha256(pendingToken), userId, expiresAt });
  return { kind: 'two-factor', pendingToken, expiresAt };
}
