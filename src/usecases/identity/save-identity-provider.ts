import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { identityProviders } from '../../db/schema/identity.js';
import { validationFailed } from '../../errors.js';
import { authorizeIdentityAdmin, requireSameOrganisation } from '../../policies/identity.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { providerInfo, type IdentityProviderInfo } from './provider-info.js';
import { saveIdentityProviderSchema } from './schemas.js';
import type { SecretBox } from './secret-box.js';

/**
 * Create or update an identity provider of the organisation. Secrets are write-only: an empty field
 * keeps the saved one; they are stored encrypted and never returned (the audit event names only
 * which were changed).
 */
export async function saveIdentityProvider(db: Db, actor: Actor, input: unknown, ctx: { secrets: SecretBox }): Promise<IdentityProviderInfo> {
  const data = parseInput(saveIdentityProviderSchema, input);
  authorizeIdentityAdmin(actor, data.organisationId);
  return db.transaction(async (tx) => {
    const before = data.providerId ? (await tx.select().from(identityProviders).where(eq(identityProviders.id, data.providerId)).for('update'))[0] : undefined;
    if (data.providerId) requireSameOrganisation(before, data.organisationId);
    if (before && before.kind !== data.kind) throw validationFailed({ kind: 'En udbyders type kan ikke ændres; opret en ny udbyder' });
    if (data.kind === 'oidc' && !data.clientSecret && !before?.clientSecretEnc)
      throw validationFailed({ clientSecret: 'Skriv klienthemmeligheden (client secret)' });
    if (data.kind === 'saml' && !data.spPrivateKey && !before?.spPrivateKeyEnc)
      throw validationFailed({ spPrivateKey: 'Indsæt tjenestens (SP) private nøgle' });
    const values = {
      organisationId: data.organisationId,
      kind: data.kind,
      displayName: data.displayName,
      enabled: data.enabled,
      issuer: data.kind === 'oidc' ? (data.issuer ?? null) : null,
      clientId: data.kind === 'oidc' ? (data.clientId ?? null) : null,
      samlIdpEntityId: data.kind === 'saml' ? (data.samlIdpEntityId ?? null) : null,
      samlSsoUrl: data.kind === 'saml' ? (data.samlSsoUrl ?? null) : null,
      samlIdpCertificate: data.kind === 'saml' ? (data.samlIdpCertificate ?? null) : null,
      spCertificate: data.kind === 'saml' ? (data.spCertificate ?? null) : null,
      subjectClaim: data.subjectClaim,
      groupsClaim: data.groupsClaim,
      emailClaim: data.emailClaim,
      nameClaim: data.nameClaim,
      ...(data.clientSecret ? { clientSecretEnc: ctx.secrets.seal(data.clientSecret) } : {}),
      ...(data.spPrivateKey ? { spPrivateKeyEnc: ctx.secrets.seal(data.spPrivateKey) } : {}),
      updatedAt: new Date(),
    };
    const [saved] = before
      ? await tx.update(identityProviders).set(values).where(eq(identityProviders.id, before.id)).returning()
      : await tx.insert(identityProviders).values(values).returning();
    if (!saved) throw new Error('save returned no row');
    const info = providerInfo(saved);
    await recordAudit(tx, actor, {
      action: before ? 'identity_provider.updated' : 'identity_provider.created',
      objectType: 'identity_provider',
      objectId: saved.id,
      organisationId: saved.organisationId,
      before: before ? providerInfo(before) : undefined,
      after: { ...info, clientSecretChanged: Boolean(data.clientSecret), spPrivateKeyChanged: Boolean(data.spPrivateKey) },
    });
    return info;
  });
}
