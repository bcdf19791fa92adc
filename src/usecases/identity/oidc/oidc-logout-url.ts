import * as client from 'openid-client';
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { identityProviders, ssoSessions } from '../../../db/schema/identity.js';
import { sha256 } from '../../accounts/secrets.js';
import type { SecretBox } from '../secret-box.js';
import { oidcConfiguration } from './configuration.js';

/**
 * Where to send the browser to end the provider's session too (RP-initiated logout), or null for a
 * local logout only: a session not opened through OIDC, no ID token kept, a provider without an
 * end_session_endpoint, or a provider that does not answer (logging out here must never fail).
 * Call it before the session is deleted (its sso_sessions row goes with it).
 */
export async function oidcLogoutUrl(db: Db, sessionId: string, ctx: { postLogoutRedirectUri: string; secrets: SecretBox }): Promise<string | null> {
  const [row] = await db
    .select({ idToken: ssoSessions.idToken, provider: identityProviders })
    .from(ssoSessions)
    .innerJoin(identityProviders, eq(identityProviders.id, ssoSessions.providerId))
    .where(eq(ssoSessions.sessionIdHash, sha256(sessionId)));
  if (!row?.idToken || row.provider.kind !== 'oidc') return null;
  try {
    const config = await oidcConfiguration(row.provider, ctx.secrets);
    if (!config.serverMetadata().end_session_endpoint) return null;
    return client.buildEndSessionUrl(config, { id_token_hint: row.idToken, post_logout_redirect_uri: ctx.postLogoutRedirectUri }).href;
  } catch {
    return null;
  }
}
