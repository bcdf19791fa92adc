import { index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { createdAt } from './columns.js';

/** Why a one-time password link was sent: an invitation to a new account, or "Glemt adgangskode?". */
export const PASSWORD_TOKEN_PURPOSES = ['invitation', 'reset'] as const;
export type PasswordTokenPurpose = (typeof PASSWORD_TOKEN_PURPOSES)[number];
export const passwordTokenPurposeEnum = pgEnum('password_token_purpose', PASSWORD_TOKEN_PURPOSES);

/**
 * One-time links to set a password. Only the SHA-256 of the token is stored; it works once
 * (`usedAt`) and until `expiresAt` (an hour for a reset, 7 days for an invitation).
 */
export const passwordTokens = pgTable(
  'password_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    purpose: passwordTokenPurposeEnum('purpose').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('password_tokens_user_idx').on(t.userId)],
);
