import { z } from 'zod';

export const twoFactorCodeSchema = z.object({
  code: z.string({ error: 'Skriv koden fra din godkendelsesapp' }).trim().min(1, 'Skriv koden fra din godkendelsesapp').max(50, 'Koden er for lang'),
});

export const secondStepSchema = twoFactorCodeSchema.extend({ pendingToken: z.string().min(1).max(200) });

export const securitySettingsInputSchema = z.object({ organisationId: z.uuid({ error: 'Ugyldig organisation' }) });

/** A checkbox (`on`) or a JSON boolean; an unticked box sends nothing. */
const flag = z
  .union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('false'), z.literal('')])
  .optional()
  .transform((v) => v === true || v === 'on' || v === 'true');

export const saveSecuritySettingsSchema = securitySettingsInputSchema.extend({ requireAdminTwoFactor: flag });
