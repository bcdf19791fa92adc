import { boolean, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { createdAt } from './columns.js';
import { organisations } from './organisations.js';

/** A local account's TOTP secret (RFC 6238). Active once a code has been verified (`confirmedAt`). */
export const userTotp = pgTable('user_totp', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  /** Base32 secret; the authenticator app holds the same. */
  secret: text('secret').notNull(),
  createdAt: createdAt(),
  confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  /** The time step of the last accepted code, so a code cannot be replayed within its window. */
  lastUsedStep: integer('last_used_step'),
});

/** Recovery codes, stored hashed (SHA-256); each works once. */
export const totpRecoveryCodes = pgTable(
  'totp_recovery_codes',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.codeHash] })],
);

/** An organisation's security settings: "kræv to-faktor for lokale administratorer". */
export const organisationSecuritySettings = pgTable('organisation_security_settings', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id),
  requireAdminTwoFactor: boolean('require_admin_two_factor').notNull().default(false),
});

/** A login whose password was right and which waits for the code (the cookie holds the raw id; we store its hash). */
export const pendingTwoFactorLogins = pgTable('pending_two_factor_logins', {
  idHash: text('id_hash').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});
