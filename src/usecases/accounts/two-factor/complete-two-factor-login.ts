import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { users } from '../../../db/schema/accounts.js';
import { pendingTwoFactorLogins } from '../../../db/schema/two-factor.js';
import { AppError } from '../../../errors.js';
import { recordAudit } from '../../shared/audit.js';
import { parseInput } from '../../shared/validate.js';
import { openSession, type LoginResult } from '../open-session.js';
import { sha256 } from '../secrets.js';
import { secondStepSchema } from './schemas.js';
import { requireSecondFactor } from './second-factor.js';

export const pendingLoginExpired = () =>
  new AppError('UNAUTHENTICATED', {
    message: { da: 'Log ind igen: der gik mere end 5 minutter, før koden kom.', en: 'Log in again: more than 5 minutes passed before the code.' },
  });

/** The user a pending login waits for, or null when the token is unknown or older than 5 minutes. */
export async function pendingLoginUser(db: Db, pendingToken: string, now = new Date()): Promise<string | null> {
  if (!pendingToken) return null;
  const [row] = await db
    .select({ userId: pendingTwoFactorLogins.userId })
    .from(pendingTwoFactorLogins)
    .where(and(eq(pendingTwoFactorLogins.idHash, sha256(pendingToken)), gt(pendingTwoFactorLogins.expiresAt, now)));
  return row?.userId ?? null;
}

/** The second login step: the code (or a recovery code) for a pending login; then the session, and the pending login is gone. */
export async function completeTwoFactorLogin(db: Db, input: unknown, ctx: { now?: Date } = {}): Promise<LoginResult> {
  const { pendingToken, code } = parseInput(secondStepSchema, input);
  const now = ctx.now ?? new Date();
  const userId = await pendingLoginUser(db, pendingToken, now);
  if (!userId) throw pendingLoginExpired();
  const { via } = await requireSecondFactor(db, userId, code, now);
  return db.transaction(async (tx) => {
    const [taken] = await tx
      .delete(pendingTwoFactorLogins)
      .where(eq(pendingTwoFactorLogins.idHash, sha256(pendingToken)))
      .returning();
    if (!taken) throw pendingLoginExpired();
    await tx.delete(pendingTwoFactorLogins).where(lt(pendingTwoFactorLogins.expiresAt, now));
    const [user] = await tx.select({ disabledAt: users.disabledAt }).from(users).where(eq(users.id, userId));
    if (!user || user.disabledAt) throw pendingLoginExpired();
    if (via === 'recovery')
      await recordAudit(tx, null, { action: 'two_factor.recovery_code_used', objectType: 'user', objectId: userId, organisationId: null });
    return openSession(tx, userId, now);
  });
}
