import * as client from 'openid-client';
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { loginStates } from '../../../db/schema/identity.js';
import { AppError } from '../../../errors.js';
import { sha256 } from '../../accounts/secrets.js';
import { completeExternalLogin, type ExternalLoginOutcome } from '../complete-external-login.js';
import { loadProvider } from '../load-provider.js';
import type { SecretBox } from '../secret-box.js';
import { oidcConfiguration } from './configuration.js';
import { loginRefused } from './login-refused.js';

export type OidcLoginOutcome = ExternalLoginOutcome & { returnPath: string };

/**
 * Finish an OIDC login from the provider's redirect to our callback (`callbackUrl` is the full
 * address as registered, with the provider's query). The login state is deleted as it is read, so
 * the same callback a second time finds nothing; then the code is exchanged with the PKCE verifier
 * and the ID token's signature, issuer, audience, expiry and nonce are checked by openid-client.
 */
export async function finishOidcLogin(db: Db, callbackUrl: URL, ctx: { secrets: SecretBox; now?: Date }): Promise<OidcLoginOutcome> {
  const now = ctx.now ?? new Date();
  const state = callbackUrl.searchParams.get('state');
  if (!state) throw loginRefused();
  const [saved] = await db
    .delete(loginStates)
    .where(eq(loginStates.keyHash, sha256(state)))
    .returning();
  if (!saved || saved.expiresAt.getTime() <= now.getTime()) throw loginRefused();
  const provider = await loadProvider(db, saved.providerId);
  if (provider.kind !== 'oidc') throw loginRefused();
  const config = await oidcConfiguration(provider, ctx.secrets, now.getTime());

  let claims: Record<string, unknown>;
  let idToken: string | undefined;
  try {
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: saved.codeVerifier,
      expectedState: state,
      expectedNonce: saved.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims) throw loginRefused();
    idToken = tokens.id_token;
    claims = { ...idClaims };
    // Entra ID puts groups in the ID token; other providers (oidc-provider among them) give profile claims at userinfo.
    const missing = [provider.groupsClaim, provider.emailClaim, provider.nameClaim].some((name) => claims[name] === undefined);
    if (missing && config.serverMetadata().userinfo_endpoint) {
      const info = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
      claims = { ...info, ...idClaims };
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw loginRefused();
  }

  const subject = stringClaim(claims[provider.subjectClaim || 'sub']);
  if (!subject) throw loginRefused();
  const outcome = await completeExternalLogin(
    db,
    {
      providerId: provider.id,
      subject,
      email: stringClaim(claims[provider.emailClaim]),
      name: stringClaim(claims[provider.nameClaim]),
      claimValues: claimValues(claims[provider.groupsClaim]),
      idToken: idToken ?? null,
    },
    { now },
  );
  return { ...outcome, returnPath: saved.returnPath };
}

const stringClaim = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : null;

/** A groups (or roles) claim is an array of values, or one value as a string. */
function claimValues(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' && value !== '' ? [value] : [];
}
