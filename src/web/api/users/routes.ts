import { Hono } from 'hono';
import { z } from 'zod';
import { orgRoles } from '../../../db/schema/accounts.js';
import { EXAMPLE_ROLE } from '../../../policies/users.js';
import { deactivateUser } from '../../../usecases/users/deactivate-user.js';
import { getUser } from '../../../usecases/users/get-user.js';
import { inviteUser } from '../../../usecases/users/invite-user.js';
import { listUsers } from '../../../usecases/users/list-users.js';
import type { Member } from '../../../usecases/users/members.js';
import { reactivateUser } from '../../../usecases/users/reactivate-user.js';
import { updateUserRoles } from '../../../usecases/users/update-user-roles.js';
import type { AppEnv } from '../../env.js';
import { defineOperation } from '../registry.js';

const memberSchema = z.object({ id: z.string(), email: z.string(), name: z.string(), roles: z.array(z.enum(orgRoles)), disabledAt: z.string().nullable() });
const memberJson = (m: Member): z.infer<typeof memberSchema> => ({
  id: m.id,
  email: m.email,
  name: m.name,
  roles: m.roles,
  disabledAt: m.disabledAt?.toISOString() ?? null,
});

/** An organisation's users, administered by its own admin. */
export function userApi(): Hono<AppEnv> {
  const api = new Hono<AppEnv>();

  defineOperation(
    api,
    {
      operationId: 'listUsers',
      method: 'get',
      path: '/organisations/:organisationId/users',
      summary: "The organisation's users with their roles and last login (keyset pagination: limit, after)",
      tag: 'Users',
      query: z.object({ limit: z.string().optional(), after: z.string().optional() }),
      response: z.object({
        items: z.array(memberSchema.extend({ lastLoginAt: z.string().nullable(), invitationPending: z.boolean() })),
        nextCursor: z.string().nullable(),
      }),
      errors: ['VALIDATION_FAILED'],
      example: () => ({ limit: '50' }),
    },
    async (actor, { c, params, query }) => {
      const page = await listUsers(c.get('deps').db, actor, { organisationId: params.organisationId, ...query });
      return {
        nextCursor: page.nextCursor,
        items: page.items.map((u) => ({ ...memberJson(u), lastLoginAt: u.lastLoginAt?.toISOString() ?? null, invitationPending: u.invitationPending })),
      };
    },
  );

  defineOperation(
    api,
    {
      operationId: 'inviteUser',
      method: 'post',
      path: '/organisations/:organisationId/users',
      summary: 'Invite someone by e-mail with roles; they get a one-time link to choose a password (7 days)',
      tag: 'Users',
      body: z.object({ email: z.string(), name: z.string(), roles: z.array(z.enum(orgRoles)) }),
      response: z.object({ id: z.string(), email: z.string(), created: z.boolean() }),
      successStatus: 201,
      errors: ['BAD_REQUEST', 'VALIDATION_FAILED', 'ALREADY_EXISTS'],
      example: () => ({ email: 'ny.medarbejder@kommune.dk', name: 'Ny Medarbejder', roles: [EXAMPLE_ROLE] }),
    },
    async (actor, { c, params, body }) =>
      inviteUser(c.get('deps').db, actor, { ...(body as object), organisationId: params.organisationId }, { publicUrl: c.get('deps').config.publicUrl }),
  );

  defineOperation(
    api,
    {
      operationId: 'updateUserRoles',
      method: 'put',
      path: '/organisations/:organisationId/users/:userId/roles',
      summary: "Set the user's roles in the organisation (at least one)",
      tag: 'Users',
      body: z.object({ roles: z.array(z.enum(orgRoles)) }),
      response: memberSchema,
      errors: ['BAD_REQUEST', 'VALIDATION_FAILED', 'CONFLICT'],
      example: () => ({ roles: [EXAMPLE_ROLE] }),
    },
    async (actor, { c, params, body }) =>
      memberJson(await updateUserRoles(c.get('deps').db, actor, { ...(body as object), organisationId: params.organisationId, userId: params.userId })),
  );

  defineOperation(
    api,
    {
      operationId: 'getUser',
      method: 'get',
      path: '/organisations/:organisationId/users/:userId',
      summary: 'One member of the organisation with their roles',
      tag: 'Users',
      response: memberSchema,
      errors: ['VALIDATION_FAILED'],
    },
    async (actor, { c, params }) => memberJson(await getUser(c.get('deps').db, actor, { organisationId: params.organisationId, userId: params.userId })),
  );

  defineOperation(
    api,
    {
      operationId: 'deactivateUser',
      method: 'post',
      path: '/organisations/:organisationId/users/:userId/deactivate',
      summary: 'Deactivate the account: its sessions end and its API tokens are revoked at once',
      tag: 'Users',
      response: memberSchema,
      errors: ['VALIDATION_FAILED', 'CONFLICT'],
    },
    async (actor, { c, params }) => memberJson(await deactivateUser(c.get('deps').db, actor, { organisationId: params.organisationId, userId: params.userId })),
  );

  defineOperation(
    api,
    {
      operationId: 'reactivateUser',
      method: 'post',
      path: '/organisations/:organisationId/users/:userId/reactivate',
      summary: 'Let a deactivated user log in again',
      tag: 'Users',
      response: memberSchema,
      errors: ['VALIDATION_FAILED', 'CONFLICT'],
    },
    async (actor, { c, params }) => memberJson(await reactivateUser(c.get('deps').db, actor, { organisationId: params.organisationId, userId: params.userId })),
  );

  return api;
}
