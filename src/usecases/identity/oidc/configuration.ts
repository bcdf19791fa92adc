import * as client from 'openid-client';
import type { identityProviders } from '../../../db/schema/identity.js';
import { AppError } from '../../../errors.js';
import type { SecretBox } from '../secret-box.js';

type ProviderRow = typeof identityProviders.$inferSelect;

/** Discovery documents change rarely; five minutes keeps a login fast and a changed key set picked up soon. */
const DISCOVERY_TTL_MS = 5 * 60_000;
const discovered = new Map<string, { metadata: client.ServerMetadata; expiresAt: number }>();

/** Plain http is accepted only for an issuer on this machine (the tests' loopback provider), never for a real one. */
export const isLoopbackIssuer = (issuer: string): boolean => {
  const url = new URL(issuer);
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
};

export const providerUnavailable = () =>
  new AppError('IDENTITY_PROVIDER_UNAVAILABLE', {
    message: {
      da: 'Organisationens identitetsudbyder svarer ikke lige nu. Prøv igen om lidt, eller log ind med e-mail og adgangskode.',
      en: "The organisation's identity provider is not answering right now. Try again shortly.",
    },
  });

/** The openid-client configuration of an OIDC provider: its discovered metadata (cached per issuer) and our client credentials. */
export async function oidcConfiguration(provider: ProviderRow, secrets: SecretBox, now = Date.now()): Promise<client.Configuration> {
  if (provider.kind !== 'oidc' || !provider.issuer || !provider.clientId || !provider.clientSecretEnc) throw new AppError('NOT_FOUND');
  const insecure = isLoopbackIssuer(provider.issuer);
  const metadata = await serverMetadata(provider.issuer, provider.clientId, insecure, now);
  const config = new client.Configuration(metadata, provider.clientId, secrets.open(provider.clientSecretEnc));
  if (insecure) client.allowInsecureRequests(config);
  return config;
}

async function serverMetadata(issuer: string, clientId: string, insecure: boolean, now: number): Promise<client.ServerMetadata> {
  const cached = discovered.get(issuer);
  if (cached && cached.expiresAt > now) return cached.metadata;
  try {
    const config = await client.discovery(new URL(issuer), clientId, undefined, undefined, insecure ? { execute: [client.allowInsecureRequests] } : {});
    const metadata = config.serverMetadata();
    discovered.set(issuer, { metadata, expiresAt: now + DISCOVERY_TTL_MS });
    return metadata;
  } catch {
    throw providerUnavailable();
  }
}

/** Tests that restart a provider on a new key set call this. */
export const forgetDiscovery = (): void => discovered.clear();
