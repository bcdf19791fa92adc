import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { loginFailures, users } from '../../db/schema/accounts.js';
import { AppError } from '../../errors.js';
import { parseInput } from '../shared/validate.js';
import { hasTwoFactor, requireSecondFactor } from './two-factor/second-factor.js';
import { anyLocked, registerFailure, type Limit } from './throttle.js';
import { openSession, type LoginResult } from './open-session.js';
import { dummyPasswordHash, verifyPassword } from './secrets.js';
import { loginSchema } from './schemas.js';

export { SESSION_HOURS, type LoginResult } from './open-session.js';
/** Wrong passwords for one account from one address (or one trusted device) before that pair waits. */
export const ACCOUNT_ADDRESS_MAX_FAILURES = 5;
/** Wrong passwords from one address over all accounts (a password spray) before the address waits. */
export const ADDRESS_MAX_FAILURES = 20;
/** Wrong passwords for one account from everywhere (a spread-out attack) before logins without a trusted device wait. */
export const ACCOUNT_MAX_FAILURES = 50;

export interface LoginContext {
  now?: Date;
  /** The client's address (socket, or X-Forwarded-For behind a trusted proxy); 'unknown' when there is none. */
  clientAddress?: string;
  /** A device this browser logged in from before (a signed cookie, checked by the web layer). */
  trustedDevice?: { userId: string; deviceId: string } | null;
}

/**
 * The counters a login attempt is judged by. A browser that has logged in to this account before (the
 * signed device cookie) is counted on its own, so nobody else's guesses can lock its owner out. Any
 * other attempt counts per account and address (the owner at their own address is not locked out by
 * guesses from elsewhere), per address (a spray over many accounts) and, at a much higher bar, per account.
 */
function limitsFor(email: string, address: string, device: { deviceId: string } | null): Limit[] {
  if (device) return [{ key: `device:${device.deviceId}|${email}`, max: ACCOUNT_ADDRESS_MAX_FAILURES }];
  return [
    { key: `account-address:${email}|${address}`, max: ACCOUNT_ADDRESS_MAX_FAILURES },
    { key: `address:${address}`, max: ADDRESS_MAX_FAILURES },
    { key: `account:${email}`, max: ACCOUNT_MAX_FAILURES },
  ];
}

/**
 * Check the password, throttle repeated failures (counters in the database, so every instance agrees),
 * open a session. A user with two-factor must send the code in the same call (`code`, the API's way);
 * the login page instead asks for it on a page of its own (two-factor/start-password-login.ts).
 */
export async function login(db: Db, input: unknown, ctx: LoginContext = {}): Promise<LoginResult> {
  const now = ctx.now ?? new Date();
  const { userId, code } = await checkPassword(db, input, ctx);
  if (await hasTwoFactor(db, userId)) {
    if (!code)
      throw new AppError('INVALID_CREDENTIALS', {
        message: {
          da: 'Kontoen bruger to-faktor: send også koden fra godkendelsesappen (code).',
          en: 'The account uses two-factor: send the code too (code).',
        },
        fields: { code: 'Skriv koden fra din godkendelsesapp' },
      });
    await requireSecondFactor(db, userId, code, now);
  }
  return openSession(db, userId, now);
}

/** The password step alone: the user it proves, or a refusal (counted towards the throttle). */
export async function checkPassword(db: Db, input: unknown, ctx: LoginContext = {}): Promise<{ userId: string; code: string | undefined }> {
  const { email, password, code } = parseInput(loginSchema, input);
  const now = ctx.now ?? new Date();
  const address = ctx.clientAddress ?? 'unknown';

  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.email, email), isNull(users.disabledAt)));
  const device = user && ctx.trustedDevice?.userId === user.id ? ctx.trustedDevice : null;
  const limits = limitsFor(email, address, device);

  if (
    await anyLocked(
      db,
      limits.map((l) => l.key),
      now,
    )
  )
    throw new AppError('TOO_MANY_ATTEMPTS');

  const ok = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : (await verifyPassword(await dummyPasswordHash(), password), false);
  if (!user || !ok) {
    for (const limit of limits) await registerFailure(db, limit, now);
    throw new AppError('INVALID_CREDENTIALS', {
      fields: { password: 'E-mail eller adgangskode er forkert' },
    });
  }
  // The pair (or device) that got it right starts afresh; the address's and the account's counts run out with their window.
  const [first] = limits;
  if (first) await db.delete(loginFailures).where(eq(loginFailures.key, first.key));
  return { userId: user.id, code };
}
