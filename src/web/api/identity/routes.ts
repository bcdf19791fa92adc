import { EXAMPLE_ROLE } from '../../../policies/users.js';
import { Hono } from 'hono';
import { z } from 'zod';
import { orgRoles } from '../../../db/schema/accounts.js';
import { identityProviderKinds } from '../../../db/schema/identity.js';
import { deleteRoleMapping } from '../../../usecases/identity/delete-role-mapping.js';
import { getIdentityProvider } from '../../../usecases/identity/get-identity-provider.js';
import { listIdentityProviders } from '../../../usecases/identity/list-identity-providers.js';
import { listRoleMappings } from '../../../usecases/identity/list-role-mappings.js';
import type { IdentityProviderInfo } from '../../../usecases/identity/provider-info.js';
import type { RoleMappingInfo } from '../../../usecases/identity/role-mapping-info.js';
import { saveIdentityProvider } from '../../../usecases/identity/save-identity-provider.js';
import { saveRoleMapping } from '../../../usecases/identity/save-role-mapping.js';
import { saveIdentityProviderSchema, saveRoleMappingSchema } from '../../../usecases/identity/schemas.js';
import { secretBox } from '../../../usecases/identity/secret-box.js';
import type { AppEnv } from '../../env.js';
import { defineOperation } from '../registry.js';

const providerSchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  kind: z.enum(identityProviderKinds),
  displayName: z.string(),
  enabled: z.boolean(),
  issuer: z.string().nullable(),
  clientId: z.string().nullable(),
  /** The secret itself is never returned. */
  clientSecretSaved: z.boolean(),
  samlIdpEntityId: z.string().nullable(),
  samlSsoUrl: z.string().nullable(),
  samlIdpCertificate: z.string().nullable(),
  spPrivateKeySaved: z.boolean(),
  spCertificate: z.string().nullable(),
  subjectClaim: z.string(),
  groupsClaim: z.string(),
  emailClaim: z.string(),
  nameClaim: z.string(),
  updatedAt: z.string(),
});
const mappingSchema = z.object({
  id: z.string(),
  providerId: z.string(),
  organisationId: z.string(),
  claimValue: z.string(),
  role: z.enum(orgRoles),
  createdAt: z.string(),
});

const providerJson = (p: IdentityProviderInfo): z.infer<typeof providerSchema> => ({ ...p, updatedAt: p.updatedAt.toISOString() });
const mappingJson = (m: RoleMappingInfo): z.infer<typeof mappingSchema> => ({ ...m, createdAt: m.createdAt.toISOString() });

export function identityApi(): Hono<AppEnv> {
  const api = new Hono<AppEnv>();

  defineOperation(
    api,
    {
      operationId: 'listIdentityProviders',
      method: 'get',
      path: '/organisations/:organisationId/identity-providers',
      summary: "The organisation's identity providers (OIDC, SAML); secrets only as saved or not (organisation admin)",
      tag: 'Identity',
      response: z.array(providerSchema),
      errors: ['VALIDATION_FAILED'],
    },
    async (actor, { c, params }) => (await listIdentityProviders(c.get('deps').db, actor, { organisationId: params.organisationId })).map(providerJson),
  );

  defineOperation(
    api,
    {
      operationId: 'saveIdentityProvider',
      method: 'post',
      path: '/organisations/:organisationId/identity-providers',
      summary: 'Create an identity provider, or update one when `providerId` is given; empty secrets keep the saved ones (organisation admin)',
      tag: 'Identity',
      body: saveIdentityProviderSchema,
      response: providerSchema,
      errors: ['BAD_REQUEST', 'VALIDATION_FAILED'],
      example: (id) => ({
        providerId: id('providerId'),
        kind: 'oidc',
        displayName: 'Entra ID',
        enabled: true,
        issuer: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0',
        clientId: 'puljer',
        clientSecret: 'hemmelig',
      }),
    },
    async (actor, { c, params, body }) => {
      const { db, config } = c.get('deps');
      const input = { ...(body as Record<string, unknown>), organisationId: params.organisationId };
      return providerJson(await saveIdentityProvider(db, actor, input, { secrets: secretBox(config.sessionSecret) }));
    },
  );

  defineOperation(
    api,
    {
      operationId: 'listRoleMappings',
      method: 'get',
      path: '/identity-providers/:providerId/role-mappings',
      summary: "The provider's claim-to-role mappings (organisation admin)",
      tag: 'Identity',
      response: z.array(mappingSchema),
      errors: ['VALIDATION_FAILED'],
    },
    async (actor, { c, params }) => (await listRoleMappings(c.get('deps').db, actor, { providerId: params.providerId })).map(mappingJson),
  );

  defineOperation(
    api,
    {
      operationId: 'saveRoleMapping',
      method: 'post',
      path: '/identity-providers/:providerId/role-mappings',
      summary: 'Map a claim value (group, role or privilege) to a role in the organisation (organisation admin)',
      tag: 'Identity',
      body: saveRoleMappingSchema,
      response: mappingSchema,
      errors: ['BAD_REQUEST', 'VALIDATION_FAILED'],
      example: () => ({ claimValue: 'sekretariat', role: EXAMPLE_ROLE }),
    },
    async (actor, { c, params, body }) =>
      mappingJson(await saveRoleMapping(c.get('deps').db, actor, { ...(body as Record<string, unknown>), providerId: params.providerId })),
  );

  defineOperation(
    api,
    {
      operationId: 'getIdentityProvider',
      method: 'get',
      path: '/identity-providers/:providerId',
      summary: 'One identity provider; secrets only as saved or not (organisation admin)',
      tag: 'Identity',
      response: providerSchema,
      errors: ['VALIDATION_FAILED'],
    },
    async (actor, { c, params }) => providerJson(await getIdentityProvider(c.get('deps').db, actor, { providerId: params.providerId })),
  );

  defineOperation(
    api,
    {
      operationId: 'deleteRoleMapping',
      method: 'delete',
      path: '/identity-providers/:providerId/role-mappings/:mappingId',
      summary: "Remove a claim-to-role mapping; the roles it gave go at each user's next login (organisation admin)",
      tag: 'Identity',
      successStatus: 204,
      errors: ['VALIDATION_FAILED'],
    },
    async (actor, { c, params }) => (await deleteRoleMapping(c.get('deps').db, actor, { providerId: params.providerId, mappingId: params.mappingId }), null),
  );

  return api;
}
