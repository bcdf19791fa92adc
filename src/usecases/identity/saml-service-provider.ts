import { SAML, ValidateInResponseTo, type CacheProvider } from '@node-saml/node-saml';
import { loadConfig } from '../../config.js';
import type { Db } from '../../db/client.js';
import type { identityProviders } from '../../db/schema/identity.js';
import { notFound } from '../../errors.js';
import { paths } from '../../paths.js';
import { loadProvider } from './load-provider.js';
import { secretBox, type SecretBox } from './secret-box.js';

/** What the SAML use cases need of the installation: its public address (our entity id and ACS URL) and the key that opens the SP key. */
export interface SamlContext {
  publicUrl: string;
  secrets: SecretBox;
}

/** The web layer passes its own config; a caller that passes nothing gets the one the server itself loads from the environment. */
export function samlContext(given: Partial<SamlContext> = {}): SamlContext {
  if (given.publicUrl && given.secrets) return { publicUrl: given.publicUrl, secrets: given.secrets };
  const config = loadConfig();
  return { publicUrl: given.publicUrl ?? config.publicUrl, secrets: given.secrets ?? secretBox(config.sessionSecret) };
}

/** A request id (and so a login state) lives 10 minutes; clocks may differ by a minute. */
export const SAML_REQUEST_TTL_MS = 10 * 60_000;
const CLOCK_SKEW_MS = 60_000;

type ProviderRow = typeof identityProviders.$inferSelect;
export type SamlProvider = ProviderRow & { samlIdpEntityId: string; samlSsoUrl: string; samlIdpCertificate: string; spCertificate: string };

const base = (publicUrl: string) => publicUrl.replace(/\/+$/, '');
/** Our entity id for one provider: `<PUBLIC_URL>/saml/<providerId>`, stable for as long as the provider exists. */
export const spEntityId = (publicUrl: string, providerId: string) => `${base(publicUrl)}${paths.saml.entity({ providerId })}`;
export const spAcsUrl = (publicUrl: string, providerId: string) => `${base(publicUrl)}${paths.saml.acs({ providerId })}`;

/** A SAML provider fully configured, or NOT_FOUND (an OIDC provider's id is no SAML endpoint). */
export async function loadSamlProvider(db: Db, providerId: string): Promise<SamlProvider> {
  const p = await loadProvider(db, providerId);
  if (p.kind !== 'saml' || !p.samlIdpEntityId || !p.samlSsoUrl || !p.samlIdpCertificate || !p.spCertificate) throw notFound();
  return p as SamlProvider;
}

/**
 * node-saml configured for one provider. What it checks on a response: the assertion's XML signature
 * against the IdP certificate from the provider row (the algorithm is the one the signature names:
 * RSA-SHA256/512 or RSASSA-PSS `sha256-rsa-MGF1`), exactly one assertion, audience = our entity id,
 * NotBefore/NotOnOrAfter of the conditions and the subject confirmation (±1 minute), and InResponseTo
 * against our stored request ids (`always`: an unsolicited response is refused).
 */
export function samlFor(provider: SamlProvider, ctx: SamlContext, cacheProvider: CacheProvider): SAML {
  const entityId = spEntityId(ctx.publicUrl, provider.id);
  return new SAML({
    issuer: entityId,
    audience: entityId,
    callbackUrl: spAcsUrl(ctx.publicUrl, provider.id),
    entryPoint: provider.samlSsoUrl,
    idpCert: provider.samlIdpCertificate.trim(),
    privateKey: provider.spPrivateKeyEnc ? ctx.secrets.open(provider.spPrivateKeyEnc) : undefined,
    publicCert: provider.spCertificate.trim(),
    signatureAlgorithm: 'sha256',
    digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
    authnRequestBinding: 'HTTP-Redirect',
    // Context Handler signs the assertion; a signed response around it is welcome but not required.
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: false,
    acceptedClockSkewMs: CLOCK_SKEW_MS,
    validateInResponseTo: ValidateInResponseTo.always,
    requestIdExpirationPeriodMs: SAML_REQUEST_TTL_MS,
    identifierFormat: null,
    disableRequestedAuthnContext: true,
    cacheProvider,
  });
}
