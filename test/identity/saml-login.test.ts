/**
 * SAML 2.0 login (KOMBIT Context Handler) against the test IdP in test/support/saml-idp.ts: our signed
 * AuthnRequest, the ACS's checks (signature, audience, time, issuer, one-time InResponseTo), the
 * privileges attribute mapped to roles, the metadata, and that one organisation's provider cannot log
 * anybody into another organisation.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { identityProviders, loginStates, organisations, users } from '../../src/db/schema/index.js';
import { paths } from '../../src/paths.js';
import { actorFromSession } from '../../src/usecases/accounts/load-actor.js';
import { KOMBIT_PRIVILEGES_ATTRIBUTE } from '../../src/usecases/identity/saml-claims.js';
import { startSamlLogin } from '../../src/usecases/identity/saml-login.js';
import { spAcsUrl, spEntityId } from '../../src/usecases/identity/saml-service-provider.js';
import { saveIdentityProvider } from '../../src/usecases/identity/save-identity-provider.js';
import { saveRoleMapping } from '../../src/usecases/identity/save-role-mapping.js';
import { secretBox } from '../../src/usecases/identity/secret-box.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { privilegesAttribute, readAuthnRequest, samlResponse, testIdp, testSp, type ResponseOptions, type TestIdp } from '../support/saml-idp.js';

// The same installation settings the test app runs with, so the ACS opens the SP key we seal here.
const config = loadConfig({ NODE_ENV: 'test', DEMO: 'off', LOG_LEVEL: 'silent' });
const secrets = secretBox(config.sessionSecret);
const ctx = { publicUrl: config.publicUrl, secrets };
const SECRETARIAT_PRIVILEGE = 'http://vejle.dk/roles/usersystemrole/vtp-sekretariat/1';
const VEJLE_CVR = '29189404';

let t: TestApp;
let vejleId = '';
let horsensId = '';
let vejleProvider = '';
let horsensProvider = '';
const vejleIdp = testIdp('idp', 'https://saml.vejle.test/context-handler');
const horsensIdp = testIdp('other-idp', 'https://saml.horsens.test/context-handler');

async function samlProvider(organisationId: string, idp: TestIdp, displayName: string): Promise<string> {
  const admin = await t.actor(organisationId === vejleId ? 'admin@vejle.demo' : 'admin@horsens.demo');
  const sp = testSp();
  const saved = await saveIdentityProvider(
    t.db,
    admin,
    {
      organisationId,
      kind: 'saml',
      displayName,
      enabled: true,
      samlIdpEntityId: idp.entityId,
      samlSsoUrl: idp.ssoUrl,
      samlIdpCertificate: idp.certificate,
      spPrivateKey: sp.privateKey,
      spCertificate: sp.certificate,
      groupsClaim: KOMBIT_PRIVILEGES_ATTRIBUTE,
      emailClaim: 'email',
      nameClaim: 'name',
    },
    { secrets },
  );
  await saveRoleMapping(t.db, admin, { providerId: saved.id, claimValue: SECRETARIAT_PRIVILEGE, role: 'secretariat' });
  return saved.id;
}

beforeAll(async () => {
  t = await createTestApp('demo');
  const orgId = async (slug: string) => (await t.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, slug)))[0]?.id ?? '';
  vejleId = await orgId('vejle');
  horsensId = await orgId('horsens');
  await t.db.update(organisations).set({ cvr: VEJLE_CVR }).where(eq(organisations.id, vejleId));
  vejleProvider = await samlProvider(vejleId, vejleIdp, 'Vejle Kommune (KOMBIT)');
  horsensProvider = await samlProvider(horsensId, horsensIdp, 'Horsens Kommune (KOMBIT)');
});
afterAll(() => t?.close());

/** Start a login at our SP and return the AuthnRequest's id. */
async function start(providerId = vejleProvider, returnPath = '/puljer'): Promise<string> {
  const { redirectUrl } = await startSamlLogin(t.db, providerId, { returnPath, ...ctx });
  return readAuthnRequest(redirectUrl).id;
}

/** What the IdP would answer for `providerId`'s request: a secretariat privilege in Vejle, unless told otherwise. */
const answer = (requestId: string | null, o: Partial<ResponseOptions> = {}, providerId = vejleProvider, idp = vejleIdp): string =>
  samlResponse(idp, {
    inResponseTo: requestId,
    audience: spEntityId(config.publicUrl, providerId),
    acsUrl: spAcsUrl(config.publicUrl, providerId),
    nameId: 'kombit-user-1',
    attributes: {
      email: ['kirsten.saml@vejle.test'],
      name: ['Kirsten Saml'],
      [KOMBIT_PRIVILEGES_ATTRIBUTE]: [privilegesAttribute([SECRETARIAT_PRIVILEGE], VEJLE_CVR)],
    },
    ...o,
  });

/** The IdP's auto-submitting form: a cross-site POST with no cookie and no CSRF token. */
const post = (SAMLResponse: string, providerId = vejleProvider) =>
  t.app.request(paths.saml.acs({ providerId }), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ SAMLResponse, RelayState: '' }),
  });

const sessionOf = (res: Response) => res.headers.get('set-cookie')?.match(/vtp_session=([^;]+)/)?.[1] ?? '';

async function expectRefused(res: Response, danish: RegExp): Promise<void> {
  const html = await res.text();
  expect(res.status, html.slice(0, 300)).toBe(401);
  expect(sessionOf(res)).toBe('');
  expect(html).toMatch(danish);
  expect(html).toContain('Prøv at logge ind igen');
  expect(html).not.toMatch(/at \w+ \(|node_modules|Error:/); // no stack trace
}

describe('SAML: the AuthnRequest', () => {
  it('is signed (HTTP-Redirect, RSA-SHA256) by our SP key, names our entity id and ACS, and its id is stored for 10 minutes', async () => {
    const before = Date.now();
    const { redirectUrl } = await startSamlLogin(t.db, vejleProvider, { returnPath: '/puljer', ...ctx });
    expect(redirectUrl.startsWith(`${vejleIdp.ssoUrl}?`)).toBe(true);
    const request = readAuthnRequest(redirectUrl);
    expect(request.sigAlg).toBe('http://www.w3.org/2001/04/xmldsig-more#rsa-sha256');
    expect(request.signatureValidWith(testSp().certificate)).toBe(true);
    expect(request.signatureValidWith(vejleIdp.certificate)).toBe(false);
    expect(request.issuer).toBe(spEntityId(config.publicUrl, vejleProvider));
    expect(request.acsUrl).toBe(`${config.publicUrl}/saml/${vejleProvider}/acs`);
    expect(request.destination).toBe(vejleIdp.ssoUrl);
    const rows = await t.db.select().from(loginStates).where(eq(loginStates.providerId, vejleProvider));
    const row = rows.find((r) => r.returnPath === '/puljer' && r.createdAt.getTime() >= before - 1000);
    expect(row).toBeDefined();
    expect((row?.expiresAt.getTime() ?? 0) - (row?.createdAt.getTime() ?? 0)).toBe(10 * 60_000);
    expect(row?.keyHash).not.toContain(request.id);
  });

  it('is refused for a disabled provider and for an OIDC provider’s id', async () => {
    const [oidc] = await t.db
      .insert(identityProviders)
      .values({ organisationId: vejleId, kind: 'oidc', displayName: 'Entra', issuer: 'https://login.example/vejle', clientId: 'x' })
      .returning({ id: identityProviders.id });
    await expect(startSamlLogin(t.db, oidc?.id ?? '', { returnPath: '/', ...ctx })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await t.db.update(identityProviders).set({ enabled: false }).where(eq(identityProviders.id, horsensProvider));
    await expect(startSamlLogin(t.db, horsensProvider, { returnPath: '/', ...ctx })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await t.db.update(identityProviders).set({ enabled: true }).where(eq(identityProviders.id, horsensProvider));
  });
});

describe('SAML: the assertion consumer service', () => {
  it('accepts a signed response: a session with the roles the privileges attribute maps to, back where the login started', async () => {
    const res = await post(answer(await start(vejleProvider, '/puljer')));
    expect(res.status, await res.clone().text()).toBe(303);
    expect(res.headers.get('location')).toBe('/puljer');
    const session = await actorFromSession(t.db, sessionOf(res));
    expect(session?.actor.email).toBe('kirsten.saml@vejle.test');
    expect(session?.actor.memberships).toEqual([expect.objectContaining({ organisationId: vejleId, role: 'secretariat' })]);
    const home = await t.app.request('/', { headers: { cookie: `vtp_session=${sessionOf(res)}` } });
    expect(home.status).toBe(200);
  });

  it('accepts an assertion signed with RSASSA-PSS (sha256-rsa-MGF1), as Context Handler signs', async () => {
    const res = await post(answer(await start(), { algorithm: 'pss' }));
    expect(res.status, await res.clone().text()).toBe(303);
    expect(sessionOf(res)).not.toBe('');
  });

  it('also takes the privileges as a plain multi-valued attribute', async () => {
    const res = await post(
      answer(await start(), { attributes: { email: ['kirsten.saml@vejle.test'], [KOMBIT_PRIVILEGES_ATTRIBUTE]: ['other', SECRETARIAT_PRIVILEGE] } }),
    );
    expect(res.status).toBe(303);
    expect((await actorFromSession(t.db, sessionOf(res)))?.actor.memberships.map((m) => m.role)).toEqual(['secretariat']);
  });

  it('refuses the same response with one changed byte', async () => {
    const id = await start();
    const tampered = answer(id, { tamper: (xml) => xml.replace('kirsten.saml@vejle.test', 'kirsten.saml@vejle.tesu') });
    await expectRefused(await post(tampered), /Signaturen på svaret/);
    // The genuine response to the same request still works: the refusal did not log anybody in.
    expect((await post(answer(id))).status).toBe(303);
  });

  it('refuses a response for another audience', async () => {
    await expectRefused(await post(answer(await start(), { audience: 'https://another-service.example/saml' })), /ikke udstedt til denne tjeneste/);
  });

  it('refuses an expired NotOnOrAfter, and one not yet valid', async () => {
    const past = new Date(Date.now() - 10 * 60_000);
    await expectRefused(
      await post(answer(await start(), { notBefore: new Date(past.getTime() - 60_000), notOnOrAfter: past })),
      /udløbet eller endnu ikke gyldigt/,
    );
    await expectRefused(await post(answer(await start(), { notBefore: new Date(Date.now() + 10 * 60_000) })), /udløbet eller endnu ikke gyldigt/);
  });

  it('refuses a replay: the same InResponseTo twice', async () => {
    const response = answer(await start());
    expect((await post(response)).status).toBe(303);
    await expectRefused(await post(response), /allerede brugt/);
  });

  it('refuses an unsolicited response and one answering a request we never sent', async () => {
    await expectRefused(await post(answer(null)), /login-anmodning herfra/);
    await expectRefused(await post(answer('_never-sent-by-us')), /login-anmodning herfra/);
  });

  it('refuses an expired request (older than 10 minutes)', async () => {
    const id = await start();
    await t.db
      .update(loginStates)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(loginStates.providerId, vejleProvider));
    await expectRefused(await post(answer(id)), /login-anmodning herfra/);
  });

  it('refuses an assertion from another issuer, a SHA-1 signature, and garbage', async () => {
    await expectRefused(await post(answer(await start(), { issuer: 'https://saml.evil.test' })), /ikke fra den identitetsudbyder/);
    await expectRefused(await post(answer(await start(), { algorithm: 'rsa-sha1' })), /algoritme/);
    await expectRefused(await post('bm90IHhtbA=='), /kunne ikke læses/);
    const empty = await t.app.request(paths.saml.acs({ providerId: vejleProvider }), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(empty.status).toBe(401);
  });

  it('gives a known person without a mapped privilege the Danish "no role" page and no session', async () => {
    const res = await post(
      answer(await start(), {
        nameId: 'kombit-user-2',
        attributes: { email: ['uden.rolle@vejle.test'], [KOMBIT_PRIVILEGES_ATTRIBUTE]: [privilegesAttribute(['http://vejle.dk/roles/other/1'], VEJLE_CVR)] },
      }),
    );
    expect(res.status).toBe(403);
    expect(sessionOf(res)).toBe('');
    expect(await res.text()).toContain('ingen rolle i puljesystemet');
  });

  it('ignores privileges scoped to another organisation’s CVR number', async () => {
    const res = await post(
      answer(await start(), {
        nameId: 'kombit-user-3',
        attributes: { email: ['anden.cvr@vejle.test'], [KOMBIT_PRIVILEGES_ATTRIBUTE]: [privilegesAttribute([SECRETARIAT_PRIVILEGE], '11111111')] },
      }),
    );
    expect(res.status).toBe(403);
  });
});

describe('SAML: one organisation’s provider cannot log anybody into another organisation', () => {
  it('refuses at Vejle’s ACS a response signed by Horsens’ IdP, even for Vejle’s request and audience', async () => {
    await expectRefused(await post(answer(await start(vejleProvider), {}, vejleProvider, horsensIdp)), /Signaturen på svaret/);
  });

  it('refuses at Horsens’ ACS a Vejle response and a Vejle request', async () => {
    // Vejle's genuine response posted to Horsens: wrong signer (and audience, and request) for Horsens.
    await expectRefused(await post(answer(await start(vejleProvider)), horsensProvider), /login-anmodning herfra/);
    // Vejle's IdP answering Horsens' own request for Horsens' audience: not Horsens' IdP's signature.
    await expectRefused(await post(answer(await start(horsensProvider), {}, horsensProvider, vejleIdp), horsensProvider), /Signaturen på svaret/);
    // Horsens' IdP answering a request started at Vejle: the request is unknown to Horsens' provider.
    const vejleRequest = await start(vejleProvider);
    await expectRefused(await post(answer(vejleRequest, {}, horsensProvider, horsensIdp), horsensProvider), /login-anmodning herfra/);
  });

  it('gives Horsens’ own IdP’s users roles in Horsens only, whatever the privilege says', async () => {
    const res = await post(
      answer(
        await start(horsensProvider),
        { nameId: 'horsens-user', attributes: { email: ['h@horsens.test'], [KOMBIT_PRIVILEGES_ATTRIBUTE]: [SECRETARIAT_PRIVILEGE] } },
        horsensProvider,
        horsensIdp,
      ),
      horsensProvider,
    );
    expect(res.status).toBe(303);
    const session = await actorFromSession(t.db, sessionOf(res));
    expect(session?.actor.memberships.map((m) => m.organisationId)).toEqual([horsensId]);
    const [user] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, 'h@horsens.test'));
    expect(user).toBeDefined();
  });
});

describe('SAML: our metadata', () => {
  it('is public XML with our entity id, the ACS URL (HTTP-POST) and our signing certificate, and no organisation data', async () => {
    const res = await t.anonymous().get(paths.saml.metadata({ providerId: vejleProvider }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('xml');
    const xml = await res.text();
    expect(xml).toContain(`entityID="${spEntityId(config.publicUrl, vejleProvider)}"`);
    expect(xml).toMatch(
      new RegExp(
        `AssertionConsumerService[^>]*Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"[^>]*Location="${spAcsUrl(config.publicUrl, vejleProvider)}"`,
      ),
    );
    expect(xml).toContain('AuthnRequestsSigned="true"');
    expect(xml).toContain('WantAssertionsSigned="true"');
    const certBody = testSp().certificate.replace(/-----[A-Z ]+-----|\s/g, '');
    expect(xml.replace(/\s/g, '')).toContain(certBody);
    for (const secret of ['Vejle', VEJLE_CVR, vejleIdp.entityId, 'PRIVATE KEY']) expect(xml).not.toContain(secret);
  });

  it('answers 404 for an unknown id, a malformed one and an OIDC provider', async () => {
    const anon = t.anonymous();
    expect((await anon.get(paths.saml.metadata({ providerId: '00000000-0000-4000-8000-000000000000' }))).status).toBe(404);
    expect((await anon.get(paths.saml.metadata({ providerId: 'nope' }))).status).toBe(404);
  });
});
