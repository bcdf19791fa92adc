import { index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns.js';
import { networks, organisations } from './organisations.js';

/** `consultant`: a welfare-technology consultant (Vejle's velfærdsteknologikonsulenter) who supports projects assigned to them. */
export const orgRoles = ['applicant', 'secretariat', 'reviewer', 'decision_body', 'finance', 'admin', 'consultant'] as const;
export type OrgRole = (typeof orgRoles)[number];
export const networkRoles = ['coordinator'] as const;
export type NetworkRole = (typeof networkRoles)[number];

export const orgRoleEnum = pgEnum('org_role', orgRoles);
export const networkRoleEnum = pgEnum('network_role', networkRoles);

export const users = pgTable(
  'users',
  {
    id: id(),
    /** Stored lower-cased; unique across the installation. */
    email: text('email').notNull(),
    name: text('name').notNull(),
    /** argon2id hash; null for accounts that only log in through an identity provider (later). */
    passwordHash: text('password_hash'),
    locale: text('locale').notNull().default('da'),
    createdAt: createdAt(),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    /** Set by every successful login (local here; the identity-provider logins set it too). */
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('users_email_uq').on(t.email)],
);

/** A role a user holds in an organisation; a user may hold several roles in several organisations. */
export const memberships = pgTable(
  'memberships',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    role: orgRoleEnum('role').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.organisationId, t.role] })],
);

export const networkMemberships = pgTable(
  'network_memberships',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id),
    role: networkRoleEnum('role').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.networkId, t.role] })],
);

/** Server-side sessions, so any app instance can serve any request. The cookie holds the raw id; we store its hash. */
export const sessions = pgTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Personal API tokens (Bearer). Only the hash is stored; the token is shown once. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    /** Chosen at creation (default 90 days, at most a year); an expired token answers 401. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('api_tokens_hash_uq').on(t.tokenHash), index('api_tokens_user_idx').on(t.userId)],
);

/** Failed logins per key (e-mail and client address), for throttling across instances. */
export const loginFailures = pgTable('login_failures', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});
