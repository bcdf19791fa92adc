import { and, eq, gt, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/accounts.js';
import { outbox } from '../../db/schema/notifications.js';
import { passwordTokens } from '../../db/schema/password-resets.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { issuePasswordToken, passwordLink } from './password-reset-tokens.js';
import { emailSchema } from './schemas.js';

export const requestPasswordResetSchema = z.object({ email: emailSchema });

/** At most one reset e-mail per account in this many minutes, so the form cannot flood someone's inbox. */
export const RESET_EMAIL_INTERVAL_MINUTES = 5;

/**
 * "Glemt adgangskode?": when an active account has the address, queue an e-mail with a one-time link
 * (an hour). The caller answers the same whatever happened, so the form does not reveal who has an
 * account; only a malformed address is refused.
 */
export async function requestPasswordReset(db: Db, input: unknown, ctx: { publicUrl: string; now?: Date }): Promise<void> {
  const { email } = parseInput(requestPasswordResetSchema, input);
  const now = ctx.now ?? new Date();
  await db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, locale: users.locale })
      .from(users)
      .where(and(eq(users.email, email), isNull(users.disabledAt)))
      .for('update');
    if (!user) return;
    const since = new Date(now.getTime() - RESET_EMAIL_INTERVAL_MINUTES * 60_000);
    const [recent] = await tx
      .select({ at: passwordTokens.createdAt })
      .from(passwordTokens)
      .where(and(eq(passwordTokens.userId, user.id), eq(passwordTokens.purpose, 'reset'), gt(passwordTokens.createdAt, since)));
    if (recent) return;
    const token = await issuePasswordToken(tx, user.id, 'reset', now);
    const link = passwordLink(ctx.publicUrl, token);
    const en = user.locale === 'en';
    await tx.insert(outbox).values({
      toAddress: email,
      subject: en ? 'Choose a new password' : 'Vælg en ny adgangskode',
      textBody: en
        ? `Someone (hopefully you) asked to reset the password for Velfærdsteknologipuljer.\n\nChoose a new password here within an hour:\n${link}\n\nThe link works once. If you did not ask, ignore this e-mail: your password stays as it is.`
        : `Nogen (forhåbentlig dig) har bedt om at nulstille adgangskoden til Velfærdsteknologipuljer.\n\nVælg en ny adgangskode her inden for en time:\n${link}\n\nLinket virker én gang. Har du ikke bedt om det, kan du se bort fra denne e-mail: din adgangskode er uændret.`,
    });
    await recordAudit(tx, null, { action: 'user.password_reset_requested', objectType: 'user', objectId: user.id, organisationId: null });
  });
}
