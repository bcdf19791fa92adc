import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { organisations } from '../../db/schema/organisations.js';
import { AppError, type Message } from '../../errors.js';
import { completeExternalLogin, type ExternalLoginOutcome } from './complete-external-login.js';
import { samlClaimValues, attributeStrings } from './saml-claims.js';
import { samlRequestStore } from './saml-request-store.js';
import { loadSamlProvider, samlContext, samlFor, type SamlContext } from './saml-service-provider.js';

/** A posted SAMLResponse larger than this is not read at all. */
const MAX_RESPONSE_CHARS = 1_000_000;
/** Defence in depth beside xml-crypto: no SHA-1 signature or digest, whatever the IdP sends. */
const SIGNATURE_METHODS = new Set([
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512',
  'http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1',
]);
const DIGEST_METHODS = new Set(['http://www.w3.org/2001/04/xmlenc#sha256', 'http://www.w3.org/2001/04/xmlenc#sha512']);

const RETRY = { da: ' Prøv at logge ind igen.', en: ' Try logging in again.' };
const refusal = (message: Message) => new AppError('UNAUTHENTICATED', { message: { da: message.da + RETRY.da, en: message.en + RETRY.en } });
const REFUSALS = {
  unreadable: { da: 'Svaret fra identitetsudbyderen kunne ikke læses.', en: 'The identity provider’s response could not be read.' },
  algorithm: {
    da: 'Svaret fra identitetsudbyderen er signeret med en algoritme, vi ikke accepterer.',
    en: 'The response is signed with an algorithm we do not accept.',
  },
  signature: {
    da: 'Signaturen på svaret fra identitetsudbyderen kunne ikke godkendes.',
    en: 'The signature on the identity provider’s response could not be verified.',
  },
  audience: { da: 'Svaret fra identitetsudbyderen var ikke udstedt til denne tjeneste.', en: 'The response was not issued for this service.' },
  time: { da: 'Svaret fra identitetsudbyderen er udløbet eller endnu ikke gyldigt.', en: 'The response has expired or is not yet valid.' },
  request: {
    da: 'Svaret hører ikke til en login-anmodning herfra, eller det er allerede brugt.',
    en: 'The response does not belong to a login request from here, or it has already been used.',
  },
  issuer: { da: 'Svaret kommer ikke fra den identitetsudbyder, organisationen har sat op.', en: 'The response is not from the configured identity provider.' },
  status: { da: 'Identitetsudbyderen afviste login.', en: 'The identity provider refused the login.' },
} satisfies Record<string, Message>;

/** node-saml's refusal (English, technical) → which Danish message the person gets. */
function refusalFor(err: unknown): AppError {
  const text = err instanceof Error ? err.message : String(err);
  if (/InResponseTo/i.test(text)) return refusal(REFUSALS.request);
  if (/audience/i.test(text)) return refusal(REFUSALS.audience);
  if (/expired|not yet valid|subject confirmation/i.test(text)) return refusal(REFUSALS.time);
  if (/signature/i.test(text)) return refusal(REFUSALS.signature);
  if (/SAML provider returned/i.test(text)) return refusal(REFUSALS.status);
  return refusal(REFUSALS.unreadable);
}

function onlyStrongAlgorithms(xml: string): boolean {
  const algorithms = (element: string) => [...xml.matchAll(new RegExp(`${element}\\b[^>]*?Algorithm\\s*=\\s*["']([^"']*)["']`, 'g'))].map((m) => m[1] ?? '');
  return algorithms('SignatureMethod').every((a) => SIGNATURE_METHODS.has(a)) && algorithms('DigestMethod').every((a) => DIGEST_METHODS.has(a));
}

export interface SamlLoginResult {
  outcome: ExternalLoginOutcome;
  /** Where the login was started from (stored with the request, never taken from the response). */
  returnPath: string;
}

/**
 * The assertion consumer service: validate a posted SAMLResponse for this provider (see `samlFor` for
 * what node-saml checks), check the assertion's issuer is the provider's IdP, use up the request it
 * answers (a replay finds nothing), and finish the login with `completeExternalLogin`. Subject = the
 * configured attribute or the NameID; claim values = the configured attribute and KOMBIT's privileges.
 */
export async function finishSamlLogin(
  db: Db,
  providerId: string,
  form: { SAMLResponse?: unknown },
  ctx: Partial<SamlContext> & { now?: () => Date } = {},
): Promise<SamlLoginResult> {
  const provider = await loadSamlProvider(db, providerId);
  const encoded = form.SAMLResponse;
  if (typeof encoded !== 'string' || encoded.trim() === '' || encoded.length > MAX_RESPONSE_CHARS) throw refusal(REFUSALS.unreadable);
  if (!onlyStrongAlgorithms(Buffer.from(encoded, 'base64').toString('utf8'))) throw refusal(REFUSALS.algorithm);

  const store = samlRequestStore(db, provider.id, { now: ctx.now });
  const saml = samlFor(provider, samlContext(ctx), store);
  let profile;
  try {
    ({ profile } = await saml.validatePostResponseAsync({ SAMLResponse: encoded }));
  } catch (err) {
    throw refusalFor(err);
  }
  if (!profile) throw refusal(REFUSALS.unreadable);
  if (profile.issuer !== provider.samlIdpEntityId) throw refusal(REFUSALS.issuer);
  const requestId = typeof profile.inResponseTo === 'string' ? profile.inResponseTo : '';
  const returnPath = requestId ? await store.claim(requestId) : null;
  if (returnPath === null) throw refusal(REFUSALS.request);

  const attributes = (profile.attributes ?? {}) as Record<string, unknown>;
  const first = (name: string) => attributeStrings(attributes[name])[0] ?? null;
  const [org] = await db.select({ cvr: organisations.cvr }).from(organisations).where(eq(organisations.id, provider.organisationId));
  const outcome = await completeExternalLogin(
    db,
    {
      providerId: provider.id,
      subject: provider.subjectClaim ? (first(provider.subjectClaim) ?? '') : (profile.nameID ?? ''),
      email: first(provider.emailClaim) ?? (typeof profile.email === 'string' ? profile.email : null),
      name: first(provider.nameClaim),
      claimValues: await samlClaimValues(attributes, provider.groupsClaim, { cvr: org?.cvr }),
    },
    { now: ctx.now?.() },
  );
  return { outcome, returnPath };
}
