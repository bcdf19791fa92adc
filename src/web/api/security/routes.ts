import { Hono } from 'hono';
import { z } from 'zod';
import { setPasswordWithToken, setPasswordSchema } from '../../../usecases/accounts/password-reset-complete.js';
import { requestPasswordReset, requestPasswordResetSchema } from '../../../usecases/accounts/password-reset-request.js';
import { confirmTwoFactor } from '../../../usecases/accounts/two-factor/confirm-two-factor.js';
import { disableTwoFactor } from '../../../usecases/accounts/two-factor/disable-two-factor.js';
import { enrolTwoFactor } from '../../../usecases/accounts/two-factor/enrol-two-factor.js';
import { getTwoFactorStatus } from '../../../usecases/accounts/two-factor/get-two-factor-status.js';
import { saveSecuritySettingsSchema, twoFactorCodeSchema } from '../../../usecases/accounts/two-factor/schemas.js';
import { getSecuritySettings, saveSecuritySettings } from '../../../usecases/accounts/two-factor/security-settings.js';
import { listOrganisationApiTokens, type OrganisationApiToken } from '../../../usecases/users/list-organisation-api-tokens.js';
import { revokeOrganisationApiToken } from '../../../usecases/users/revoke-organisation-api-token.js';
import type { AppEnv } from '../../env.js';
import { defineOperation } from '../registry.js';

const enrolmentSchema = z.object({ secret: z.string(), groupedSecret: z.string(), otpauthUri: z.string() });
const settingsSchema = z.object({ organisationId: z.string(), requireAdminTwoFactor: z.boolean() });
const tokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(['active', 'expired', 'revoked']),
  createdAt: z.string(),
  expiresAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
const orgTokenSchema = tokenSchema.extend({ userId: z.string(), userName: z.string(), userEmail: z.string() });
const iso = (d: Date | null) => d?.toISOString() ?? null;
const tokenJson = (t: Omit<OrganisationApiToken, 'userId' | 'userName' | 'userEmail'>) => ({
  id: t.id,
  name: t.name,
  status: t.status,
  createdAt: t.createdAt.toISOString(),
  expiresAt: t.expiresAt.toISOString(),
  lastUsedAt: iso(t.lastUsedAt),
  revokedAt: iso(t.revokedAt),
});

/** Two-factor for one's own account, the organisation's security settings and API tokens, and password reset. */
export function securityApi(): Hono<AppEnv> {
  const api = new Hono<AppEnv>();

  defineOperation(
    api,
    {
      operationId: 'getTwoFactorStatus',
      method: 'get',
      path: '/me/two-factor',
      summary: "The logged-in user's two-factor state (off, pending, on) and recovery codes left",
      tag: 'Accounts',
      response: z.object({
        state: z.enum(['off', 'pending', 'on']),
        enrolment: enrolmentSchema.nullable(),
        recoveryCodesLeft: z.number().int(),
        localAccount: z.boolean(),
      }),
      errors: [],
    },
    async (actor, { c }) => getTwoFactorStatus(c.get('deps').db, actor),
  );

  defineOperation(
    api,
    {
      operationId: 'enrolTwoFactor',
      method: 'post',
      path: '/me/two-factor',
      summary: 'Start setting up two-factor (TOTP): a new secret and its otpauth URI; active once confirmed with a code (local accounts)',
      tag: 'Accounts',
      response: enrolmentSchema,
      successStatus: 201,
      errors: ['CONFLICT'],
    },
    async (actor, { c }) => enrolTwoFactor(c.get('deps').db, actor),
  );

  defineOperation(
    api,
    {
      operationId: 'confirmTwoFactor',
      method: 'post',
      path: '/me/two-factor/confirm',
      summary: 'Turn two-factor on with the first code from the app; returns 10 recovery codes, shown this once',
      tag: 'Accounts',
      body: twoFactorCodeSchema,
      response: z.object({ recoveryCodes: z.array(z.string()) }),
      errors: ['BAD_REQUEST', 'VALIDATION_FAILED', 'INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS', 'CONFLICT'],
      example: () => ({ code: '123456' }),
    },
    async (actor, { c, body }) => confirmTwoFactor(c.get('deps').db, actor, body),
  );

  defineOperation(
    api,
    {
      operationId: 'disableTwoFactor',
      method: 'post',
      path: '/me/two-factor/disable',
      summary: 'Turn two-factor off, proved by a current code or a recovery code',
      tag: 'Accounts',
      body: twoFactorCodeSchema,
      successStatus: 204,
      errors: ['BAD_REQUEST', 'VALIDATION_FAILED', 'INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS', 'CONFLICT'],
      example: () => ({ code: '123456' }),
    },
    async (actor, { c, body }) => (await disableTwoFactor(c.get('deps').db, actor, body), null),
  );

  defineOperation(
    api,
    {
      operationId: 'getSecuritySettings',
      method: 'get',
      path: '/organisations/:organisationId/security-settings',
      summary: "The organisation's security settings: require two-factor for local admins (organisation admin)",
      tag: 'Users',
      response: settingsSchema,
      errors: ['VALIDATION_FAILED'],
    },
    async (actor, { c, params }) => getSecuritySettings(c.get('deps').db, actor, { organisationId: params.organisationId }),
  );

  defineOperation(
    api,
    {
      operationId: 'saveSecuritySettings',
      method: 'put',
      path: '/organisations/:organisationId/security-settings',
      summary: "Save the organisation's security settings (organisation admin)",
      tag: 'Users',
      body: saveSecuritySettingsSchema.omit({ organisationId: true }),
      response: settingsSchema,
      errors: ['BAD_REQUEST', 'VALIDATION_FAILED'],
      example: () => ({ requireAdminTwoFactor: false }),
    },
    async (actor, { c, params, body }) =>
      saveSecuritySettings(c.get('deps').db, actor, { ...(body as Record<string, unknown>), organisationId: params.organisationId }),
  );

  defineOperation(
    api,
    {
      operationId: 'listOrganisationApiTokens',
      method: 'get',
      path: '/organisations/:organisationId/api-tokens',
      summary: "The API tokens of the organisation's members, newest first; never the secret (organisation admin)",
      tag: 'Users',
      response: z.array(orgTokenSchema),
      errors: ['VALIDATION_FAILED'],
    },
    async (actor, { c, params }) =>
      (await listOrganisationApiTokens(c.get('deps').db, actor, { organisationId: params.organisationId })).map((t) => ({
        ...tokenJson(t),
        userId: t.userId,
        userName: t.userName,
        userEmail: t.userEmail,
      })),
  );

  defineOperation(
    api,
    {
      operationId: 'revokeOrganisationApiToken',
      method: 'delete',
      path: '/organisations/:organisationId/api-tokens/:tokenId',
      summary: "Revoke a member's API token at once (organisation admin)",
      tag: 'Users',
      response: tokenSchema,
      errors: ['VALIDATION_FAILED'],
    },
    async (actor, { c, params }) =>
      tokenJson(await revokeOrganisationApiToken(c.get('deps').db, actor, { organisationId: params.organisationId, tokenId: params.tokenId })),
  );

  defineOperation(
    api,
    {
      operationId: 'requestPasswordReset',
      method: 'post',
      path: '/password-resets',
      summary: 'Ask for a one-time link to choose a new password; the answer is the same whether or not the address has an account',
      tag: 'Accounts',
      body: requestPasswordResetSchema,
      response: z.object({ status: z.literal('accepted') }),
      successStatus: 202,
      public: true,
      errors: ['BAD_REQUEST', 'VALIDATION_FAILED'],
      example: () => ({ email: 'navn@kommune.dk' }),
    },
    async (_actor, { c, body }) => {
      await requestPasswordReset(c.get('deps').db, body, { publicUrl: c.get('deps').config.publicUrl });
      return { status: 'accepted' as const };
    },
  );

  defineOperation(
    api,
    {
      operationId: 'completePasswordReset',
      method: 'post',
      path: '/password-resets/complete',
      summary: "Choose a new password with the link's token (single use); every session of the user ends",
      tag: 'Accounts',
      body: setPasswordSchema,
      successStatus: 204,
      public: true,
      errors: ['BAD_REQUEST', 'VALIDATION_FAILED', 'NOT_FOUND'],
      example: () => ({ token: 'token-fra-linket-i-e-mailen', password: 'ny-adgangskode', passwordAgain: 'ny-adgangskode' }),
    },
    async (_actor, { c, body }) => (await setPasswordWithToken(c.get('deps').db, body), null),
  );

  return api;
}
