import { boolean, index, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns.js';
import { orgRoleEnum, sessions, users } from './accounts.js';
import { organisations } from './organisations.js';

export const identityProviderKinds = ['oidc', 'saml'] as const;
export type IdentityProviderKind = (typeof identityProviderKinds)[number];
export const identityProviderKindEnum = pgEnum('identity_provider_kind', identityProviderKinds);

/**
 * An organisation's identity provider: OpenID Connect (Entra ID's per-tenant issuer) or SAML 2.0
 * (KOMBIT's Context Handler). Secrets (`*_enc`) are AES-256-GCM encrypted and never shown again.
 */
export const identityProviders = pgTable(
  'identity_providers',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    kind: identityProviderKindEnum('kind').notNull(),
    displayName: text('display_name').notNull(),
    enabled: boolean('enabled').notNull().default(true),
    /** OIDC: the issuer, whose `/.well-known/openid-configuration` is read (discovery). */
    issuer: text('issuer'),
    clientId: text('client_id'),
    clientSecretEnc: text('client_secret_enc'),
    /** SAML: the IdP's entity id, its SSO URL (HTTP-Redirect) and its signing certificate (PEM or base64). */
    samlIdpEntityId: text('saml_idp_entity_id'),
    samlSsoUrl: text('saml_sso_url'),
    samlIdpCertificate: text('saml_idp_certificate'),
    /** SAML: our (the SP's) signing key and certificate for AuthnRequests. */
    spPrivateKeyEnc: text('sp_private_key_enc'),
    spCertificate: text('sp_certificate'),
    /** Claim (OIDC) or attribute (SAML) names. An empty subject claim means `sub` / the NameID. */
    subjectClaim: text('subject_claim').notNull().default(''),
    groupsClaim: text('groups_claim').notNull().default('groups'),
    emailClaim: text('email_claim').notNull().default('email'),
    nameClaim: text('name_claim').notNull().default('name'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('identity_providers_org_idx').on(t.organisationId)],
);

/** A claim value (group, role or KOMBIT privilege) that gives a role in the provider's organisation. */
export const roleMappings = pgTable(
  'role_mappings',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => identityProviders.id),
    claimValue: text('claim_value').notNull(),
    role: orgRoleEnum('role').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('role_mappings_uq').on(t.providerId, t.claimValue, t.role)],
);

/** Who a provider's stable subject is here: users are matched by this, not by e-mail. */
export const externalIdentities = pgTable(
  'external_identities',
  {
    providerId: uuid('provider_id')
      .notNull()
      .references(() => identityProviders.id),
    subject: text('subject').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.providerId, t.subject] }), index('external_identities_user_idx').on(t.userId)],
);

/**
 * A login under way, server-side so any instance can take the callback: keyed by the hash of the
 * OIDC `state` (or the SAML request id); deleted when used, so a replayed callback finds nothing.
 */
export const loginStates = pgTable('login_states', {
  keyHash: text('key_hash').primaryKey(),
  providerId: uuid('provider_id')
    .notNull()
    .references(() => identityProviders.id),
  nonce: text('nonce').notNull().default(''),
  codeVerifier: text('code_verifier').notNull().default(''),
  /** Where to land after login (a safe local path; the login use case always sets it). */
  returnPath: text('return_path').notNull(),
  createdAt: createdAt(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

/** A session opened through an identity provider: what RP-initiated logout needs. */
export const ssoSessions = pgTable('sso_sessions', {
  sessionIdHash: text('session_id_hash')
    .primaryKey()
    .references(() => sessions.idHash, { onDelete: 'cascade' }),
  providerId: uuid('provider_id')
    .notNull()
    .references(() => identityProviders.id),
  idToken: text('id_token'),
  createdAt: createdAt(),
});
