import { and, eq, isNotNull, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { loginFailures } from '../../../db/schema/accounts.js';
import { totpRecoveryCodes, userTotp } from '../../../db/schema/two-factor.js';
import { AppError } from '../../../errors.js';
import { anyLocked, registerFailure } from '../throttle.js';
import { codeStep, isTotpCode, normaliseCode, recoveryCodeHash } from './totp.js';

/** Wrong codes for one account (from anywhere) before it waits, as with passwords. */
export const TWO_FACTOR_MAX_FAILURES = 5;
const throttleKey = (userId: string) => `two-factor:${userId}`;

/** Whether the user has confirmed two-factor (then a password alone opens no session). */
export async function hasTwoFactor(db: Db, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: userTotp.userId })
    .from(userTotp)
    .where(and(eq(userTotp.userId, userId), isNotNull(userTotp.confirmedAt)));
  return Boolean(row);
}

/**
 * Accept a code from the authenticator app (not one already used: its time step must be after the
 * last accepted one) or an unused recovery code (then spent), or refuse; wrong codes are counted and,
 * after five in 15 minutes, the account waits as it does for wrong passwords.
 */
export async function requireSecondFactor(db: Db, userId: string, code: string, now: Date): Promise<{ via: 'totp' | 'recovery' }> {
  const key = throttleKey(userId);
  if (await anyLocked(db, [key], now)) throw new AppError('TOO_MANY_ATTEMPTS');
  const via = await acceptCode(db, userId, normaliseCode(code), now);
  if (!via) {
    await registerFailure(db, { key, max: TWO_FACTOR_MAX_FAILURES }, now);
    throw new AppError('INVALID_CREDENTIALS', {
      message: { da: 'Koden er forkert eller udløbet.', en: 'The code is wrong or has expired.' },
      fields: { code: 'Koden er forkert eller udløbet. Prøv den nye kode fra appen.' },
    });
  }
  await db.delete(loginFailures).where(eq(loginFailures.key, key));
  return { via };
}

async function acceptCode(db: Db, userId: string, code: string, now: Date): Promise<'totp' | 'recovery' | null> {
  if (code === '') return null;
  if (isTotpCode(code)) {
    const [totp] = await db.select().from(userTotp).where(eq(userTotp.userId, userId));
    const step = totp ? codeStep(totp.secret, code, now) : null;
    if (step === null) return null;
    // One statement: two instances cannot both accept the same code.
    const [updated] = await db
      .update(userTotp)
      .set({ lastUsedStep: step })
      .where(and(eq(userTotp.userId, userId), or(isNull(userTotp.lastUsedStep), lt(userTotp.lastUsedStep, step))))
      .returning({ userId: userTotp.userId });
    return updated ? 'totp' : null;
  }
  const [spent] = await db
    .update(totpRecoveryCodes)
    .set({ usedAt: now })
    .where(and(eq(totpRecoveryCodes.userId, userId), eq(totpRecoveryCodes.codeHash, recoveryCodeHash(code)), isNull(totpRecoveryCodes.usedAt)))
    .returning({ userId: totpRecoveryCodes.userId });
  return spent ? 'recovery' : null;
}
