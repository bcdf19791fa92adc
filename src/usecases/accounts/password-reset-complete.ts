import { and, eq, gt, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { sessions, users } from '../../db/schema/accounts.js';
import { passwordTokens } from '../../db/schema/password-resets.js';
import { AppError } from '../../errors.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { hashPassword, sha256 } from './secrets.js';
import { passwordSchema } from './schemas.js';

export const setPasswordSchema = z
  .object({
    token: z.string().min(10).max(200),
    password: passwordSchema,
    passwordAgain: z.string().max(200),
  })
  .refine((v) => v.password === v.passwordAgain, { path: ['passwordAgain'], message: 'De to adgangskoder er ikke ens' });

export const invalidPasswordLink = () =>
  new AppError('NOT_FOUND', {
    message: {
      da: 'Linket er ugyldigt, udløbet eller allerede brugt. Bed om et nyt under "Glemt adgangskode?".',
      en: 'The link is invalid, has expired or has been used. Ask for a new one under "Forgot password?".',
    },
  });

/** The link is still good (for showing the form): unused, not expired, an active account. */
export async function passwordTokenIsValid(db: Db, token: string, now = new Date()): Promise<boolean> {
  const [row] = await db
    .select({ userId: passwordTokens.userId })
    .from(passwordTokens)
    .innerJoin(users, eq(users.id, passwordTokens.userId))
    .where(and(eq(passwordTokens.tokenHash, sha256(token)), isNull(passwordTokens.usedAt), gt(passwordTokens.expiresAt, now), isNull(users.disabledAt)));
  return Boolean(row);
}

/**
 * Set the password through a one-time link (an invitation or a reset). The token works once and
 * until it expires; every session of the user ends, and the user's other open links stop working.
 */
export async function setPasswordWithToken(db: Db, input: unknown, ctx: { now?: Date } = {}): Promise<{ userId: string; email: string }> {
  const data = parseInput(setPasswordSchema, input);
  const now = ctx.now ?? new Date();
  const passwordHash = await hashPassword(data.password);
  return db.transaction(async (tx) => {
    // Claiming the row by the update itself makes the token single-use even under concurrent requests.
    const [claimed] = await tx
      .update(passwordTokens)
      .set({ usedAt: now })
      .where(and(eq(passwordTokens.tokenHash, sha256(data.token)), isNull(passwordTokens.usedAt), gt(passwordTokens.expiresAt, now)))
      .returning({ userId: passwordTokens.userId, purpose: passwordTokens.purpose });
    if (!claimed) throw invalidPasswordLink();
    const [user] = await tx
      .update(users)
      .set({ passwordHash })
      .where(and(eq(users.id, claimed.userId), isNull(users.disabledAt)))
      .returning({ id: users.id, email: users.email });
    if (!user) throw invalidPasswordLink();
    await tx
      .update(passwordTokens)
      .set({ usedAt: now })
      .where(and(eq(passwordTokens.userId, user.id), isNull(passwordTokens.usedAt)));
    await tx.delete(sessions).where(eq(sessions.userId, user.id));
    await recordAudit(tx, null, {
      action: claimed.purpose === 'invitation' ? 'user.invitation_accepted' : 'user.password_reset',
      objectType: 'user',
      objectId: user.id,
      organisationId: null,
    });
    return { userId: user.id, email: user.email };
  });
}
