import { z } from 'zod';
import { orgRoles } from '../../db/schema/accounts.js';

export const emailSchema = z
  .string({ error: 'Angiv en e-mailadresse' })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'Angiv en gyldig e-mailadresse, fx navn@kommune.dk' }));

export const loginSchema = z.object({
  email: emailSchema,
  password: z.string({ error: 'Angiv din adgangskode' }).min(1, 'Angiv din adgangskode').max(200),
  /** The code from the authenticator app (or a recovery code), for an account with two-factor. */
  code: z
    .string()
    .trim()
    .max(50)
    .optional()
    .transform((v) => v || undefined),
});
export type LoginInput = z.infer<typeof loginSchema>;

export const passwordSchema = z.string().min(8, 'Adgangskoden skal være mindst 8 tegn').max(200, 'Højst 200 tegn');

export const createUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, 'Angiv et navn').max(200),
  password: passwordSchema.optional(),
});

export const grantRoleSchema = z.object({
  email: emailSchema,
  organisationSlug: z.string().trim().min(1),
  role: z.enum(orgRoles, { error: `Rollen skal være en af: ${orgRoles.join(', ')}` }),
});

export const API_TOKEN_DEFAULT_DAYS = 90;
export const API_TOKEN_MAX_DAYS = 365;

export const createApiTokenSchema = z.object({
  name: z.string().trim().min(1, 'Giv nøglen et navn').max(100, 'Højst 100 tegn'),
  /** How long the token works, in days: 1 to 365, 90 when left out. */
  expiresInDays: z
    .number({ error: 'Angiv antal dage som et helt tal' })
    .int('Angiv antal dage som et helt tal')
    .min(1, 'Mindst 1 dag')
    .max(API_TOKEN_MAX_DAYS, `Højst ${API_TOKEN_MAX_DAYS} dage (et år)`)
    .default(API_TOKEN_DEFAULT_DAYS),
});

export const revokeApiTokenSchema = z.object({
  tokenId: z.uuid({ error: 'Nøglen findes ikke' }),
});
