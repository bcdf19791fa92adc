import { count, eq } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations, sessions, totpRecoveryCodes, users } from '../../src/db/schema/index.js';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import { paths } from '../../src/paths.js';
import { createUser } from '../../src/usecases/accounts/create-user.js';
import { grantRole } from '../../src/usecases/accounts/grant-role.js';
import { login } from '../../src/usecases/accounts/login.js';
import { completeTwoFactorLogin } from '../../src/usecases/accounts/two-factor/complete-two-factor-login.js';
import { confirmTwoFactor } from '../../src/usecases/accounts/two-factor/confirm-two-factor.js';
import { disableTwoFactor } from '../../src/usecases/accounts/two-factor/disable-two-factor.js';
import { enrolTwoFactor } from '../../src/usecases/accounts/two-factor/enrol-two-factor.js';
import { twoFactorEnrolmentRequired } from '../../src/usecases/accounts/two-factor/enrolment-required.js';
import { getSecuritySettings, saveSecuritySettings } from '../../src/usecases/accounts/two-factor/security-settings.js';
import { startPasswordLogin } from '../../src/usecases/accounts/two-factor/start-password-login.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { expectRefusal } from '../support/expect-refusal.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp('demo');
});
afterAll(() => t?.close());

/** The code an authenticator app with this secret shows at this time. */
const codeAt = (secret: string, at: Date) => new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: at.getTime() });
const later = (at: Date, seconds: number) => new Date(at.getTime() + seconds * 1000);

let n = 0;
/** A fresh local account with two-factor on: its secret and recovery codes. */
async function userWithTwoFactor(at = new Date()) {
  const email = `tofaktor${++n}@test.dk`;
  await createUser(t.db, null, { email, name: `To-faktor ${n}`, password: DEMO_PASSWORD });
  const actor = await t.actor(email);
  const { secret, otpauthUri } = await enrolTwoFactor(t.db, actor);
  expect(otpauthUri).toMatch(new RegExp(`^otpauth://totp/.*secret=${secret}`));
  const { recoveryCodes } = await confirmTwoFactor(t.db, actor, { code: codeAt(secret, at) }, { now: at });
  return { email, actor, secret, recoveryCodes };
}
const sessionCount = async (userId: string) => (await t.db.select({ n: count() }).from(sessions).where(eq(sessions.userId, userId)))[0]?.n ?? 0;

describe('two-factor: enrolment', () => {
  it('turns on only with a right code, and gives 10 recovery codes that are stored hashed', async () => {
    const email = 'tilmeld@test.dk';
    await createUser(t.db, null, { email, name: 'Tilmeld', password: DEMO_PASSWORD });
    const actor = await t.actor(email);
    const { secret } = await enrolTwoFactor(t.db, actor);
    await expectRefusal(confirmTwoFactor(t.db, actor, { code: '000000' === codeAt(secret, new Date()) ? '111111' : '000000' }), 'INVALID_CREDENTIALS');
    // Not on yet: the password alone still logs in.
    await expect(login(t.db, { email, password: DEMO_PASSWORD })).resolves.toMatchObject({ userId: actor.userId });
    const { recoveryCodes } = await confirmTwoFactor(t.db, actor, { code: codeAt(secret, new Date()) });
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const stored = await t.db.select().from(totpRecoveryCodes).where(eq(totpRecoveryCodes.userId, actor.userId));
    expect(stored).toHaveLength(10);
    expect(JSON.stringify(stored)).not.toContain(recoveryCodes[0]?.replace('-', ''));
    await expectRefusal(enrolTwoFactor(t.db, actor), 'CONFLICT');
  });

  it('is for local accounts only (an SSO account has no password)', async () => {
    const [sso] = await t.db.insert(users).values({ email: 'sso-bruger@test.dk', name: 'SSO', passwordHash: null }).returning();
    const actor = { userId: sso?.id ?? '', email: 'sso-bruger@test.dk', name: 'SSO', memberships: [], networkMemberships: [] };
    await expectRefusal(enrolTwoFactor(t.db, actor), 'CONFLICT');
  });
});

describe('two-factor: login', () => {
  it('opens no session after the password alone; the code then does, once', async () => {
    const now = new Date();
    const { email, actor, secret } = await userWithTwoFactor(now);
    const before = await sessionCount(actor.userId);
    const started = await startPasswordLogin(t.db, { email, password: DEMO_PASSWORD }, { now: later(now, 60) });
    expect(started.kind).toBe('two-factor');
    expect(await sessionCount(actor.userId)).toBe(before);
    if (started.kind !== 'two-factor') return;
    const session = await completeTwoFactorLogin(t.db, { pendingToken: started.pendingToken, code: codeAt(secret, later(now, 60)) }, { now: later(now, 60) });
    expect(session.userId).toBe(actor.userId);
    expect(await sessionCount(actor.userId)).toBe(before + 1);
    // The pending login is spent.
    await expectRefusal(
      completeTwoFactorLogin(t.db, { pendingToken: started.pendingToken, code: codeAt(secret, later(now, 90)) }, { now: later(now, 90) }),
      'UNAUTHENTICATED',
    );
  });

  it('refuses a code used before (replay) and a pending login older than 5 minutes', async () => {
    const now = new Date();
    const { email, secret } = await userWithTwoFactor(now);
    const first = await startPasswordLogin(t.db, { email, password: DEMO_PASSWORD }, { now: later(now, 60) });
    const second = await startPasswordLogin(t.db, { email, password: DEMO_PASSWORD }, { now: later(now, 60) });
    if (first.kind !== 'two-factor' || second.kind !== 'two-factor') throw new Error('expected pending logins');
    const code = codeAt(secret, later(now, 60));
    await completeTwoFactorLogin(t.db, { pendingToken: first.pendingToken, code }, { now: later(now, 60) });
    await expectRefusal(completeTwoFactorLogin(t.db, { pendingToken: second.pendingToken, code }, { now: later(now, 61) }), 'INVALID_CREDENTIALS');
    await expectRefusal(
      completeTwoFactorLogin(t.db, { pendingToken: second.pendingToken, code: codeAt(secret, later(now, 360)) }, { now: later(now, 360) }),
      'UNAUTHENTICATED',
    );
  });

  it('takes a recovery code once', async () => {
    const now = new Date();
    const { email, recoveryCodes } = await userWithTwoFactor(now);
    const code = recoveryCodes[3] ?? '';
    const start = async () => {
      const s = await startPasswordLogin(t.db, { email, password: DEMO_PASSWORD });
      if (s.kind !== 'two-factor') throw new Error('expected a pending login');
      return s.pendingToken;
    };
    await expect(completeTwoFactorLogin(t.db, { pendingToken: await start(), code: code.toUpperCase() })).resolves.toMatchObject({
      sessionId: expect.any(String),
    });
    await expectRefusal(completeTwoFactorLogin(t.db, { pendingToken: await start(), code }), 'INVALID_CREDENTIALS');
  });

  it('throttles wrong codes like passwords: after 5, even the right code waits', async () => {
    const now = new Date();
    const { email, secret } = await userWithTwoFactor(now);
    const s = await startPasswordLogin(t.db, { email, password: DEMO_PASSWORD }, { now });
    if (s.kind !== 'two-factor') throw new Error('expected a pending login');
    const right = codeAt(secret, later(now, 60));
    const wrong = right === '123456' ? '654321' : '123456';
    for (let i = 0; i < 5; i++)
      await expectRefusal(completeTwoFactorLogin(t.db, { pendingToken: s.pendingToken, code: wrong }, { now: later(now, 60) }), 'INVALID_CREDENTIALS');
    await expectRefusal(completeTwoFactorLogin(t.db, { pendingToken: s.pendingToken, code: right }, { now: later(now, 60) }), 'TOO_MANY_ATTEMPTS');
  });

  it('the API login of a two-factor account needs the code in the same call', async () => {
    const now = new Date();
    const { email, secret } = await userWithTwoFactor(now);
    await expectRefusal(login(t.db, { email, password: DEMO_PASSWORD }, { now: later(now, 60) }), 'INVALID_CREDENTIALS', { code: expect.any(String) });
    await expect(login(t.db, { email, password: DEMO_PASSWORD, code: codeAt(secret, later(now, 60)) }, { now: later(now, 60) })).resolves.toMatchObject({
      sessionId: expect.any(String),
    });
  });

  it('turns off only with a code', async () => {
    const now = new Date();
    const { email, actor, secret } = await userWithTwoFactor(now);
    await expectRefusal(disableTwoFactor(t.db, actor, { code: 'forkert-kode' }, { now: later(now, 60) }), 'INVALID_CREDENTIALS');
    await disableTwoFactor(t.db, actor, { code: codeAt(secret, later(now, 60)) }, { now: later(now, 60) });
    expect((await startPasswordLogin(t.db, { email, password: DEMO_PASSWORD })).kind).toBe('session');
  });
});

describe('two-factor: the login pages', () => {
  it('sends a two-factor account from the password to the code page, and logs in with the code', async () => {
    const { email, secret } = await userWithTwoFactor(new Date(Date.now() - 120_000));
    const anon = t.anonymous();
    const loginPage = await anon.get(paths.accounts.login());
    const cookie = loginPage.headers.get('set-cookie')?.split(';')[0] ?? '';
    const csrf = (await loginPage.text()).match(/name="_csrf" value="([^"]+)"/)?.[1] ?? '';
    const post = (path: string, fields: Record<string, string>, extraCookie = '') =>
      t.app.request(path, {
        method: 'POST',
        headers: { cookie: [cookie, extraCookie].filter(Boolean).join('; '), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: csrf, ...fields }),
      });
    const res = await post(paths.accounts.login(), { email, password: DEMO_PASSWORD, tilbage: paths.accounts.account() });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(paths.accounts.twoFactor({ tilbage: paths.accounts.account() }));
    const setCookies = res.headers.getSetCookie().join('\n');
    expect(setCookies).not.toContain('vtp_session=');
    const pending = setCookies.match(/vtp_2fa=([^;]+)/)?.[0] ?? '';
    expect(pending).not.toBe('');

    const wrong = await post(
      paths.accounts.twoFactor(),
      { code: '000000' === codeAt(secret, new Date()) ? '111111' : '000000', tilbage: paths.accounts.account() },
      pending,
    );
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('Koden er forkert');

    const ok = await post(paths.accounts.twoFactor(), { code: codeAt(secret, new Date()), tilbage: paths.accounts.account() }, pending);
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe(paths.accounts.account());
    expect(ok.headers.getSetCookie().join('\n')).toContain('vtp_session=');
  });

  it('the code page without a pending login goes back to the password', async () => {
    const res = await t.anonymous().get(paths.accounts.twoFactor());
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(paths.accounts.login());
  });
});

describe('two-factor: required for local administrators', () => {
  it('sends an admin without two-factor to set it up before anything else, until it is on', async () => {
    const [horsens] = await t.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, 'horsens'));
    const organisationId = horsens?.id ?? '';
    const orgAdmin = await t.actor('admin@horsens.demo');
    expect((await getSecuritySettings(t.db, orgAdmin, { organisationId })).requireAdminTwoFactor).toBe(false);
    // Another organisation's admin, and a non-admin here, may not see or change it.
    await expectRefusal(getSecuritySettings(t.db, await t.actor('admin@vejle.demo'), { organisationId }), 'NOT_FOUND');
    await expectRefusal(saveSecuritySettings(t.db, await t.actor('sekretariat@horsens.demo'), { organisationId, requireAdminTwoFactor: true }), 'FORBIDDEN');

    const email = 'ny-admin@horsens.test';
    await createUser(t.db, null, { email, name: 'Ny admin', password: DEMO_PASSWORD });
    await grantRole(t.db, null, { email, organisationSlug: 'horsens', role: 'admin' });
    const admin = await t.actor(email);
    expect(await twoFactorEnrolmentRequired(t.db, admin)).toBe(false);
    await saveSecuritySettings(t.db, orgAdmin, { organisationId, requireAdminTwoFactor: 'on' });
    expect(await twoFactorEnrolmentRequired(t.db, admin)).toBe(true);
    expect(await twoFactorEnrolmentRequired(t.db, await t.actor('sekretariat@horsens.demo'))).toBe(false);

    const browser = await t.as(email);
    const home = await browser.get(paths.home());
    expect(home.status).toBe(303);
    expect(home.headers.get('location')).toBe(paths.accounts.twoFactorEnrol());
    expect((await browser.api('GET', '/pools')).status).toBe(403);
    const enrolPage = await browser.get(paths.accounts.twoFactorEnrol());
    expect(enrolPage.status).toBe(200);
    expect(await enrolPage.text()).toContain('Din organisation kræver to-faktor');

    const { secret } = await enrolTwoFactor(t.db, admin);
    await confirmTwoFactor(t.db, admin, { code: codeAt(secret, new Date()) });
    expect(await twoFactorEnrolmentRequired(t.db, admin)).toBe(false);
    expect((await browser.get(paths.home())).status).toBe(200);
  });
});

describe('password reset by API', () => {
  it('answers the same 202 whether or not the address has an account; a bad token is 404', async () => {
    const anon = t.anonymous();
    const known = await anon.api('POST', '/password-resets', { email: 'ansoeger@vejle.demo' });
    const unknown = await anon.api('POST', '/password-resets', { email: 'ingen@nowhere.dk' });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(await known.json()).toEqual(await unknown.json());
    expect((await anon.api('POST', '/password-resets', { email: 'ikke-en-adresse' })).status).toBe(422);
    const bad = await anon.api('POST', '/password-resets/complete', { token: 'x'.repeat(20), password: 'ny-adgangskode', passwordAgain: 'ny-adgangskode' });
    expect(bad.status).toBe(404);
  });
});
