import { z } from 'zod';
import { orgRoles } from '../../db/schema/accounts.js';
import { emailSchema } from '../accounts/schemas.js';

const organisationId = z.uuid({ error: 'Organisationen findes ikke' });
const userId = z.uuid({ error: 'Brugeren findes ikke' });
const roles = z
  .array(z.enum(orgRoles, { error: 'Vælg en af rollerne' }), { error: 'Vælg mindst én rolle' })
  .min(1, 'Vælg mindst én rolle')
  .transform((r) => [...new Set(r)]);

export const USERS_PAGE_DEFAULT = 50;

export const listUsersSchema = z.object({
  organisationId,
  limit: z.coerce.number().int().min(1).max(200).default(USERS_PAGE_DEFAULT),
  /** The opaque cursor of the last row of the previous page. */
  after: z.string().max(400).optional(),
});

export const inviteUserSchema = z.object({
  organisationId,
  email: emailSchema,
  name: z.string({ error: 'Angiv et navn' }).trim().min(1, 'Angiv et navn').max(200, 'Højst 200 tegn'),
  roles,
});

export const updateUserRolesSchema = z.object({ organisationId, userId, roles });

export const userInOrganisationSchema = z.object({ organisationId, userId });

export const organisationTokensSchema = z.object({ organisationId });

export const revokeOrganisationTokenSchema = z.object({ organisationId, tokenId: z.uuid({ error: 'Nøglen findes ikke' }) });
