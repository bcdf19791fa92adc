import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { z } from 'zod';
import { networkRoles, orgRoles } from '../../../db/schema/accounts.js';
import { createApiToken } from '../../../usecases/accounts/create-api-token.js';
import { listApiTokens, type ApiTokenInfo } from '../../../usecases/accounts/list-api-tokens.js';
import { login } from '../../../usecases/accounts/login.js';
import { revokeApiToken } from '../../../usecases/accounts/revoke-api-token.js';
import { logout } from '../../../usecases/accounts/logout.js';
import { createApiTokenSchema, loginSchema } from '../../../usecases/accounts/schemas.js';
import { listOrganisations } from '../../../usecases/organisations/list-organisations.js';
import type { AppEnv } from '../../env.js';
import { SESSION_COOKIE, clearSessionCookie, loginContext, rememberDevice, setSessionCookie } from '../../session.js';
import { defineOperation } from '../registry.js';

const currentUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  memberships: z.array(z.object({ organisationId: z.string(), organisationName: z.string(), role: z.enum(orgRoles) })),
  networkMemberships: z.array(z.object({ networkId: z.string(), role: z.enum(networkRoles) })),
});

const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(['active', 'expired', 'revoked']),
  createdAt: z.string(),
  expiresAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

const tokenJson = (t: ApiTokenInfo): z.infer<typeof apiTokenSchema> => ({
  id: t.id,
  name: t.name,
  status: t.status,
  createdAt: t.createdAt.toISOString(),
  expiresAt: t.expiresAt.toISOString(),
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  revokedAt: t.revokedAt?.toISOString() ?? null,
});

export function accountApi(): Hono<AppEnv> {
  const api = new Hono<AppEnv>();

  defineOperation(
    api,
    {
      operationId: 'login',
      method: 'post',
      path: '/session',
      summary: 'Log in with e-mail and password; sets the session cookie and returns the CSRF token for later calls',
      tag: 'Accounts',
      body: loginSchema,
      response: z.object({ userId: z.string(), csrfToken: z.string(), expiresAt: z.string() }),
      public: true,
      errors: ['BAD_REQUEST', 'VALIDATION_FAILED', 'INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS'],
      example: () => ({ email: 'sekretariat@vejle.demo', password: 'demo1234' }),
    },
    async (_actor, { c, body }) => {
      const session = await login(c.get('deps').db, body, loginContext(c));
      setSessionCookie(c, session.sessionId, session.expiresAt);
      rememberDevice(c, session.userId);
      return { userId: session.userId, csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() };
    },
  );

  defineOperation(
    api,
    { operationId: 'logout', method: 'delete', path: '/session', summary: 'End the current session', tag: 'Accounts', successStatus: 204, errors: [] },
    async (_actor, { c }) => {
      const sessionId = getCookie(c, SESSION_COOKIE);
      if (sessionId) await logout(c.get('deps').db, sessionId);
      clearSessionCookie(c);
      return null;
    },
  );

  defineOperation(
    api,
    {
      operationId: 'getCurrentUser',
      method: 'get',
      path: '/me',
      summary: 'The logged-in user and their roles',
      tag: 'Accounts',
      response: currentUserSchema,
      errors: [],
    },
    async (actor) => ({ id: actor.userId, email: actor.email, name: actor.name, memberships: actor.memberships, networkMemberships: actor.networkMemberships }),
  );

  defineOperation(
    api,
    {
      operationId: 'createApiToken',
      method: 'post',
      path: '/me/tokens',
      summary: 'Create a personal API token (shown once)',
      tag: 'Accounts',
      body: createApiTokenSchema,
      response: z.object({ id: z.string(), token: z.string(), expiresAt: z.string() }),
      successStatus: 201,
      errors: ['BAD_REQUEST', 'VALIDATION_FAILED'],
      example: () => ({ name: 'Regneark', expiresInDays: 90 }),
    },
    async (actor, { c, body }) => {
      const created = await createApiToken(c.get('deps').db, actor, actor.userId, body);
      return { ...created, expiresAt: created.expiresAt.toISOString() };
    },
  );

  defineOperation(
    api,
    {
      operationId: 'listApiTokens',
      method: 'get',
      path: '/me/tokens',
      summary: "The logged-in user's API tokens (never the secret): active, expired or revoked",
      tag: 'Accounts',
      response: z.array(apiTokenSchema),
      errors: [],
    },
    async (actor, { c }) => (await listApiTokens(c.get('deps').db, actor, {})).map(tokenJson),
  );

  defineOperation(
    api,
    {
      operationId: 'revokeApiToken',
      method: 'delete',
      path: '/me/tokens/:tokenId',
      summary: "Revoke one of the logged-in user's API tokens; it answers 401 from then on",
      tag: 'Accounts',
      response: apiTokenSchema,
      errors: ['VALIDATION_FAILED'],
    },
    async (actor, { c, params }) => tokenJson(await revokeApiToken(c.get('deps').db, actor, { tokenId: params.tokenId })),
  );

  defineOperation(
    api,
    {
      operationId: 'listOrganisations',
      method: 'get',
      path: '/organisations',
      summary: "The organisations the user belongs to, with the user's roles",
      tag: 'Organisations',
      response: z.array(z.object({ id: z.string(), slug: z.string(), name: z.string(), roles: z.array(z.enum(orgRoles)) })),
      errors: [],
    },
    async (actor, { c }) => listOrganisations(c.get('deps').db, actor),
  );

  return api;
}
