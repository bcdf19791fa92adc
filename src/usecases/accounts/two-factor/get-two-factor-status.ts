import { and, count, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { users } from '../../../db/schema/accounts.js';
import { totpRecoveryCodes } from '../../../db/schema/two-factor.js';
import type { Actor } from '../../shared/actor.js';
import { ownTotp } from './load-own-totp.js';
import { groupedSecret, otpauthUri } from './totp.js';

export interface TwoFactorStatus {
  /** off: never set up; pending: a secret waits for its first code; on: active. */
  state: 'off' | 'pending' | 'on';
  /** Only while pending: what the authenticator app is given. */
  enrolment: { secret: string; groupedSecret: string; otpauthUri: string } | null;
  recoveryCodesLeft: number;
  /** A local account (with a password); others have their two-factor at their identity provider. */
  localAccount: boolean;
}

/** The actor's own two-factor state (the account page). */
export async function getTwoFactorStatus(db: Db, actor: Actor): Promise<TwoFactorStatus> {
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.userId));
  const totp = await ownTotp(db, actor);
  const [left] = await db
    .select({ n: count() })
    .from(totpRecoveryCodes)
    .where(and(eq(totpRecoveryCodes.userId, actor.userId), isNull(totpRecoveryCodes.usedAt)));
  const state = !totp ? 'off' : totp.confirmedAt ? 'on' : 'pending';
  return {
    state,
    enrolment:
      totp && state === 'pending' ? { secret: totp.secret, groupedSecret: groupedSecret(totp.secret), otpauthUri: otpauthUri(totp.secret, actor.email) } : null,
    recoveryCodesLeft: state === 'on' ? (left?.n ?? 0) : 0,
    localAccount: Boolean(user?.passwordHash),
  };
}
