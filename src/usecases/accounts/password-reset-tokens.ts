import type { Db } from '../../db/client.js';
import { passwordTokens, type PasswordTokenPurpose } from '../../db/schema/password-resets.js';
import { paths } from '../../paths.js';
import { newSecret, sha256 } from './secrets.js';

/** How long a one-time link works: a reset an hour, an invitation a week. */
export const PASSWORD_TOKEN_HOURS: Record<PasswordTokenPurpose, number> = { reset: 1, invitation: 7 * 24 };

/** A fresh one-time token for the user (only its hash is stored); returns the raw token for the link. */
export async function issuePasswordToken(tx: Db, userId: string, purpose: PasswordTokenPurpose, now: Date): Promise<string> {
  const token = newSecret();
  const expiresAt = new Date(now.getTime() + PASSWORD_TOKEN_HOURS[purpose] * 3600_000);
  await tx.insert(passwordTokens).values({ tokenHash: sha256(token), userId, purpose, createdAt: now, expiresAt });
  return token;
}

/** The absolute link in the e-mail. */
export const passwordLink = (publicUrl: string, token: string): string => `${publicUrl.replace(/\/$/, '')}${paths.accounts.setPassword({ token })}`;
