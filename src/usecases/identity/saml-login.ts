import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { samlRequestStore } from './saml-request-store.js';
import { loadSamlProvider, samlContext, samlFor, type SamlContext } from './saml-service-provider.js';

/**
 * Start a login through an organisation's SAML provider (KOMBIT Context Handler): a signed AuthnRequest
 * (HTTP-Redirect binding, RSA-SHA256) whose id is stored for 10 minutes with where to land afterwards.
 * `returnPath` must already be a safe local path (the web layer checks it). Pass the installation's
 * `publicUrl` and `secrets` from the app's config; without them they are read from the environment.
 */
export async function startSamlLogin(
  db: Db,
  providerId: string,
  opts: { returnPath: string } & Partial<SamlContext> & { now?: () => Date },
): Promise<{ redirectUrl: string }> {
  const provider = await loadSamlProvider(db, providerId);
  if (!provider.enabled)
    throw new AppError('FORBIDDEN', {
      message: { da: 'Log ind via denne identitetsudbyder er slået fra.', en: 'Login through this identity provider is disabled.' },
    });
  if (!provider.spPrivateKeyEnc) throw new AppError('NOT_FOUND');
  const store = samlRequestStore(db, provider.id, { returnPath: opts.returnPath, now: opts.now });
  const saml = samlFor(provider, samlContext(opts), store);
  // RelayState is not trusted for anything: the return path comes from the stored request.
  const redirectUrl = await saml.getAuthorizeUrlAsync('', undefined, {});
  return { redirectUrl };
}
