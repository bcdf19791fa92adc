import type { Db } from '../../db/client.js';
import { samlRequestStore } from './saml-request-store.js';
import { loadSamlProvider, samlContext, samlFor, type SamlContext } from './saml-service-provider.js';

/**
 * Our service-provider metadata for one SAML provider, public (the IdP's administrator reads it):
 * entity id, the ACS URL (HTTP-POST), that requests are signed and assertions must be, and our
 * signing certificate. It names no organisation and nothing else of the provider's settings.
 */
export async function getSamlMetadata(db: Db, providerId: string, ctx: Partial<SamlContext> = {}): Promise<string> {
  const provider = await loadSamlProvider(db, providerId);
  const saml = samlFor(provider, samlContext(ctx), samlRequestStore(db, provider.id));
  return saml.generateServiceProviderMetadata(null, provider.spCertificate.trim());
}
