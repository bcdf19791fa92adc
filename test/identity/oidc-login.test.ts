import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { externalIdentities, loginStates, memberships, organisations, pools, sessions, ssoSessions, users } from '../../src/db/schema/index.js';
import { paths } from '../../src/paths.js';
import { sha256 } from '../../src/usecases/accounts/secrets.js';
import { saveIdentityProvider } from '../../src/usecases/identity/save-identity-provider.js';
import { saveRoleMapping } from '../../src/usecases/identity/save-role-mapping.js';
import { secretBox } from '../../src/usecases/identity/secret-box.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { loginAtTestIdp, startTestIdp, type TestIdp } from '../support/oidc-provider.js';

/**
 * OpenID Connect login against a real provider (`oidc-provider` on loopback) as Vejle's identity
 * provider, through the app's own routes: start, the provider's login and consent pages, callback.
 */
const PUBLIC_URL = 'http://localhost:3999';
const SESSION_SECRET = 'oidc-test-session-secret-0000000000000';
const callbackUrl = `${PUBLIC_URL}${paths.sso.oidcCallback()}`;
let t: TestApp;
let idp: TestIdp;
let providerId = '';
let vejleId = '';
let vejlePoolId = '';

beforeAll(async () => {
  t = await createTestApp('demo', { env: { PUBLIC_URL, SESSION_SECRET } });
  idp = await startTestIdp({ redirectUri: callbackUrl, postLogoutRedirectUri: `${PUBLIC_URL}${paths.accounts.login()}` });
  const [vejle] = await t.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, 'vejle'));
  vejleId = vejle?.id ?? '';
  const [pool] = await t.db.select({ id: pools.id }).from(pools).where(eq(pools.organisationId, vejleId)).limit(1);
  vejlePoolId = pool?.id ?? '';
  const admin = await t.actor('admin@vejle.demo');
  const provider = await saveIdentityProvider(
    t.db,
    admin,
    {
      organisationId: vejleId,
      kind: 'oidc',
      displayName: 'Vejle Kommune (test-IdP)',
      enabled: true,
      issuer: idp.issuer,
      clientId: idp.clientId,
      clientSecret: idp.clientSecret,
    },
    { secrets: secretBox(SESSION_SECRET) },
  );
  providerId = provider.id;
  await saveRoleMapping(t.db, admin, { providerId, claimValue: 'VTP-Sekretariat', role: 'secretariat' });
}, 60_000);
afterAll(async () => {
  await idp?.close();
  await t?.close();
});

/** Press "Log ind med Vejle Kommune": our start route, redirected to the provider. */
async function start(): Promise<string> {
  const res = await t.anonymous().get(paths.sso.start({ providerId }));
  expect(res.status).toBe(302);
  const location = res.headers.get('location') ?? '';
  expect(location.startsWith(idp.issuer)).toBe(true);
  return location;
}
const callback = (url: URL) => t.anonymous().get(url.pathname + url.search);
const sessionCookie = (res: Response) =>
  res.headers
    .getSetCookie()
    .find((c) => c.startsWith('vtp_session='))
    ?.split(';')[0] ?? '';

describe('OIDC login through the organisation’s own provider', () => {
  it('lists the provider on the login page as "Log ind med Vejle Kommune"', async () => {
    const html = await (await t.anonymous().get(paths.accounts.login())).text();
    expect(html).toContain('Log ind med Vejle Kommune');
    expect(html).toContain(paths.sso.start({ providerId }));
  });

  it('asks for the code with PKCE S256, a state and a nonce, kept hashed for 10 minutes', async () => {
    const url = new URL(await start());
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('redirect_uri')).toBe(callbackUrl);
    const state = url.searchParams.get('state') ?? '';
    const [saved] = await t.db
      .select()
      .from(loginStates)
      .where(eq(loginStates.keyHash, sha256(state)));
    expect(saved?.nonce).toBe(url.searchParams.get('nonce'));
    expect(saved?.codeVerifier).not.toBe('');
    expect((saved?.expiresAt.getTime() ?? 0) - Date.now()).toBeGreaterThan(9 * 60_000);
  });

  it('a mapped group gives a session with the secretariat role in Vejle, and the inbox opens', async () => {
    idp.accounts.set('anna-sub-1', { email: 'anna@vejle.idp', name: 'Anna Sekretær', groups: ['Alle ansatte', 'VTP-Sekretariat'] });
    const res = await callback(await loginAtTestIdp(await start(), 'anna-sub-1', callbackUrl));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(paths.home());
    const cookie = sessionCookie(res);
    expect(cookie).not.toBe('');
    const [user] = await t.db.select().from(users).where(eq(users.email, 'anna@vejle.idp'));
    const roles = await t.db
      .select()
      .from(memberships)
      .where(eq(memberships.userId, user?.id ?? ''));
    expect(roles.map((r) => [r.organisationId, r.role])).toEqual([[vejleId, 'secretariat']]);
    const inbox = await t.app.request(paths.pools.inbox({ poolId: vejlePoolId }), { headers: { cookie } });
    expect(inbox.status).toBe(200);
  });

  it('an unmapped group gets the Danish "no role" page naming Vejle’s admins, and no session', async () => {
    idp.accounts.set('bo-sub-2', { email: 'bo@vejle.idp', name: 'Bo Uden Rolle', groups: 'Alle ansatte' });
    const res = await callback(await loginAtTestIdp(await start(), 'bo-sub-2', callbackUrl));
    expect(res.status).toBe(403);
    const html = await res.text();
    expect(html).toContain('Du er kendt af Vejle Kommunes identitetsudbyder, men du har ingen rolle');
    expect(html).toContain('admin@vejle.demo');
    expect(sessionCookie(res)).toBe('');
    expect(await t.db.select().from(users).where(eq(users.email, 'bo@vejle.idp'))).toEqual([]);
  });

  it('refuses the same callback a second time (replay) with a Danish message', async () => {
    idp.accounts.set('cai-sub-3', { email: 'cai@vejle.idp', name: 'Cai', groups: ['VTP-Sekretariat'] });
    const url = await loginAtTestIdp(await start(), 'cai-sub-3', callbackUrl);
    expect((await callback(url)).status).toBe(303);
    const again = await callback(url);
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('Login blev afvist');
    expect(sessionCookie(again)).toBe('');
  });

  it('refuses a tampered state, and a missing one', async () => {
    idp.accounts.set('cai-sub-3', { email: 'cai@vejle.idp', name: 'Cai', groups: ['VTP-Sekretariat'] });
    const url = await loginAtTestIdp(await start(), 'cai-sub-3', callbackUrl);
    const tampered = new URL(url);
    tampered.searchParams.set('state', `${url.searchParams.get('state')}x`);
    const res = await callback(tampered);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Login blev afvist');
    const none = new URL(url);
    none.searchParams.delete('state');
    expect((await callback(none)).status).toBe(400);
  });

  it('refuses an ID token whose nonce is not the one this login asked for', async () => {
    const authorizationUrl = await start();
    const state = new URL(authorizationUrl).searchParams.get('state') ?? '';
    await t.db
      .update(loginStates)
      .set({ nonce: 'another-nonce' })
      .where(eq(loginStates.keyHash, sha256(state)));
    idp.accounts.set('cai-sub-3', { email: 'cai@vejle.idp', name: 'Cai', groups: ['VTP-Sekretariat'] });
    const res = await callback(await loginAtTestIdp(authorizationUrl, 'cai-sub-3', callbackUrl));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Login blev afvist');
    expect(sessionCookie(res)).toBe('');
  });

  it('refuses an expired login state', async () => {
    const authorizationUrl = await start();
    const state = new URL(authorizationUrl).searchParams.get('state') ?? '';
    await t.db
      .update(loginStates)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(loginStates.keyHash, sha256(state)));
    const res = await callback(await loginAtTestIdp(authorizationUrl, 'cai-sub-3', callbackUrl));
    expect(res.status).toBe(400);
  });

  it('matches the user by subject on the next login, even when the e-mail changed', async () => {
    idp.accounts.set('dorte-sub-4', { email: 'dorte@vejle.idp', name: 'Dorte', groups: ['VTP-Sekretariat'] });
    expect((await callback(await loginAtTestIdp(await start(), 'dorte-sub-4', callbackUrl))).status).toBe(303);
    const [first] = await t.db.select().from(externalIdentities).where(eq(externalIdentities.subject, 'dorte-sub-4'));
    idp.accounts.set('dorte-sub-4', { email: 'dorte.ny@vejle.idp', name: 'Dorte', groups: ['VTP-Sekretariat'] });
    expect((await callback(await loginAtTestIdp(await start(), 'dorte-sub-4', callbackUrl))).status).toBe(303);
    const identities = await t.db.select().from(externalIdentities).where(eq(externalIdentities.subject, 'dorte-sub-4'));
    expect(identities.map((i) => i.userId)).toEqual([first?.userId]);
    expect(await t.db.select().from(users).where(eq(users.email, 'dorte.ny@vejle.idp'))).toEqual([]);
  });

  it('logs out at the provider too (RP-initiated logout with the ID token), and ends the session here', async () => {
    idp.accounts.set('anna-sub-1', { email: 'anna@vejle.idp', name: 'Anna Sekretær', groups: ['VTP-Sekretariat'] });
    const res = await callback(await loginAtTestIdp(await start(), 'anna-sub-1', callbackUrl));
    const cookie = sessionCookie(res);
    const sessionId = cookie.split('=')[1] ?? '';
    const [sso] = await t.db
      .select()
      .from(ssoSessions)
      .where(eq(ssoSessions.sessionIdHash, sha256(sessionId)));
    expect(sso?.idToken).toBeTruthy();
    const csrf = (await (await t.app.request(paths.home(), { headers: { cookie } })).text()).match(/name="_csrf" value="([^"]+)"/)?.[1] ?? '';
    const out = await t.app.request(paths.accounts.logout(), {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrf }),
    });
    expect(out.status).toBe(303);
    const location = new URL(out.headers.get('location') ?? '', PUBLIC_URL);
    expect(location.origin).toBe(idp.issuer);
    expect(location.searchParams.get('post_logout_redirect_uri')).toBe(`${PUBLIC_URL}${paths.accounts.login()}`);
    expect(location.searchParams.get('id_token_hint')).toBe(sso?.idToken);
    expect(
      await t.db
        .select()
        .from(sessions)
        .where(eq(sessions.idHash, sha256(sessionId))),
    ).toEqual([]);
  });

  it('a password session logs out locally only', async () => {
    const client = await t.as('sekretariat@vejle.demo');
    const out = await client.postForm(paths.accounts.logout(), {});
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe(paths.accounts.login());
  });

  it('an unknown or disabled provider has no start (404)', async () => {
    expect((await t.anonymous().get(paths.sso.start({ providerId: '00000000-0000-4000-8000-000000000000' }))).status).toBe(404);
    expect((await t.anonymous().get(paths.sso.start({ providerId: 'not-a-uuid' }))).status).toBe(404);
  });
});
