import * as client from 'openid-client';
import { lt } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { loginStates } from '../../../db/schema/identity.js';
import { notFound } from '../../../errors.js';
import { sha256 } from '../../accounts/secrets.js';
import { loadProvider } from '../load-provider.js';
import type { SecretBox } from '../secret-box.js';
import { oidcConfiguration } from './configuration.js';

export const LOGIN_STATE_MINUTES = 10;
/** Entra ID and most providers know these scopes; groups come as a claim of the ID token (Entra) or userinfo. */
const SCOPE = 'openid profile email';

export interface OidcStartContext {
  /** A safe local path (the handler checks it) to land on after login. */
  returnPath: string;
  /** The installation's one callback address (PUBLIC_URL + paths.sso.oidcCallback). */
  redirectUri: string;
  secrets: SecretBox;
  now?: Date;
}

/**
 * Begin an authorization code login with PKCE (S256), state and nonce at an organisation's OIDC
 * provider. The state is kept server-side under its hash (so any instance can take the callback and a
 * leaked database row cannot be replayed as a state), with the nonce and PKCE verifier, for 10 minutes.
 */
export async function startOidcLogin(db: Db, providerId: string, ctx: OidcStartContext): Promise<{ authorizationUrl: string }> {
  const now = ctx.now ?? new Date();
  const provider = await loadProvider(db, providerId);
  if (provider.kind !== 'oidc' || !provider.enabled) throw notFound();
  const config = await oidcConfiguration(provider, ctx.secrets, now.getTime());

  const state = client.randomState();
  const nonce = client.randomNonce();
  const codeVerifier = client.randomPKCECodeVerifier();
  const codeChallenge = await client.calculatePKCECodeChallenge(codeVerifier);
  await db.delete(loginStates).where(lt(loginStates.expiresAt, now));
  await db.insert(loginStates).values({
    keyHash: sha256(state),
    providerId: provider.id,
    nonce,
    codeVerifier,
    returnPath: ctx.returnPath,
    expiresAt: new Date(now.getTime() + LOGIN_STATE_MINUTES * 60_000),
  });
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: ctx.redirectUri,
    scope: SCOPE,
    state,
    nonce,
    code_challenge: codeChallenge,
    code_challenge_method: 'S256',
  });
  return { authorizationUrl: url.href };
}
