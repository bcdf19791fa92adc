import { z } from 'zod';
import { orgRoles } from '../../db/schema/accounts.js';
import { identityProviderKinds } from '../../db/schema/identity.js';

const uuid = (what: string) => z.uuid({ error: `Ugyldig ${what}` });
/** A form's empty field is "not given". */
const optionalText = (max = 200) =>
  z
    .string()
    .trim()
    .max(max, `Højst ${max} tegn`)
    .optional()
    .transform((v) => (v ? v : undefined));
const httpUrl = z
  .string()
  .trim()
  .url('Skriv en fuld adresse, fx https://login.microsoftonline.com/<tenant>/v2.0')
  .refine((v) => /^https?:\/\//.test(v), 'Adressen skal begynde med https://');
/** A checkbox (`on`) or a JSON boolean. */
const flag = z
  .union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('false'), z.literal('')])
  .transform((v) => v === true || v === 'on' || v === 'true');
const claimName = (fallback: string) =>
  z
    .string()
    .trim()
    .max(100, 'Højst 100 tegn')
    .regex(/^[\w:./-]*$/, 'Kun bogstaver, tal og : . / - _')
    .optional()
    .transform((v) => v || fallback);

export const organisationInputSchema = z.object({ organisationId: uuid('organisation') });
export const providerInputSchema = z.object({ providerId: uuid('identitetsudbyder') });

export const saveIdentityProviderSchema = z
  .object({
    organisationId: uuid('organisation'),
    /** Absent: a new provider. */
    providerId: z.preprocess((v) => (v === '' ? undefined : v), uuid('identitetsudbyder').optional()),
    kind: z.enum(identityProviderKinds, { error: 'Vælg OpenID Connect eller SAML' }),
    displayName: z.string().trim().min(1, 'Skriv et navn, fx "Vejle Kommune (Entra ID)"').max(100, 'Højst 100 tegn'),
    enabled: flag.optional().default(false),
    issuer: optionalText(500),
    clientId: optionalText(),
    /** Write-only: empty keeps the saved secret. */
    clientSecret: optionalText(2000),
    samlIdpEntityId: optionalText(500),
    samlSsoUrl: optionalText(500),
    samlIdpCertificate: optionalText(20_000),
    /** Write-only: empty keeps the saved key. */
    spPrivateKey: optionalText(20_000),
    spCertificate: optionalText(20_000),
    subjectClaim: claimName(''),
    groupsClaim: claimName('groups'),
    emailClaim: claimName('email'),
    nameClaim: claimName('name'),
  })
  .superRefine((v, ctx) => {
    const need = (field: keyof typeof v, message: string) => {
      if (!v[field]) ctx.addIssue({ code: 'custom', path: [field], message });
    };
    const url = (field: 'issuer' | 'samlSsoUrl') => {
      const value = v[field];
      if (value && !httpUrl.safeParse(value).success)
        ctx.addIssue({ code: 'custom', path: [field], message: 'Skriv en fuld adresse, der begynder med https://' });
    };
    if (v.kind === 'oidc') {
      need('issuer', 'Skriv udstederens adresse (issuer), fx https://login.microsoftonline.com/<tenant>/v2.0');
      need('clientId', 'Skriv klient-id (application id)');
      url('issuer');
    } else {
      need('samlIdpEntityId', 'Skriv identitetsudbyderens entity id');
      need('samlSsoUrl', 'Skriv adressen til single sign-on');
      need('samlIdpCertificate', 'Indsæt identitetsudbyderens signeringscertifikat');
      need('spCertificate', 'Indsæt tjenestens (SP) certifikat');
      url('samlSsoUrl');
    }
  });
export type SaveIdentityProviderInput = z.output<typeof saveIdentityProviderSchema>;

export const saveRoleMappingSchema = z.object({
  providerId: uuid('identitetsudbyder'),
  claimValue: z.string().trim().min(1, 'Skriv gruppens, rollens eller rettighedens værdi').max(500, 'Højst 500 tegn'),
  role: z.enum(orgRoles, { error: 'Vælg en rolle' }),
});

export const deleteRoleMappingSchema = z.object({ providerId: uuid('identitetsudbyder'), mappingId: uuid('rolletildeling') });
