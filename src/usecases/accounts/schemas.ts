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

export const createApiTokenSchema = z.object({
  name: z.string().trim().min(1, 'Giv nøglen et navn').max(100, 'Højst 100 tegn'),
});
