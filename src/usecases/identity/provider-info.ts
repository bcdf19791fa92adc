import type { identityProviders } from '../../db/schema/identity.js';

type ProviderRow = typeof identityProviders.$inferSelect;

/** A provider as pages and the API show it: secrets only as "saved" or not, never their value. */
export interface IdentityProviderInfo {
  id: string;
  organisationId: string;
  kind: ProviderRow['kind'];
  displayName: string;
  enabled: boolean;
  issuer: string | null;
  clientId: string | null;
  clientSecretSaved: boolean;
  samlIdpEntityId: string | null;
  samlSsoUrl: string | null;
  samlIdpCertificate: string | null;
  spPrivateKeySaved: boolean;
  spCertificate: string | null;
  subjectClaim: string;
  groupsClaim: string;
  emailClaim: string;
  nameClaim: string;
  updatedAt: Date;
}

export const providerInfo = (p: ProviderRow): IdentityProviderInfo => ({
  id: p.id,
  organisationId: p.organisationId,
  kind: p.kind,
  displayName: p.displayName,
  enabled: p.enabled,
  issuer: p.issuer,
  clientId: p.clientId,
  clientSecretSaved: p.clientSecretEnc !== null,
  samlIdpEntityId: p.samlIdpEntityId,
  samlSsoUrl: p.samlSsoUrl,
  samlIdpCertificate: p.samlIdpCertificate,
  spPrivateKeySaved: p.spPrivateKeyEnc !== null,
  spCertificate: p.spCertificate,
  subjectClaim: p.subjectClaim,
  groupsClaim: p.groupsClaim,
  emailClaim: p.emailClaim,
  nameClaim: p.nameClaim,
  updatedAt: p.updatedAt,
});
