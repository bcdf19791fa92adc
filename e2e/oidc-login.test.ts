import type { Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { organisations, pools, users } from '../src/db/schema/index.js';
import { loadActor } from '../src/usecases/accounts/load-actor.js';
import { paths } from '../src/paths.js';
import { saveIdentityProvider } from '../src/usecases/identity/save-identity-provider.js';
import { saveRoleMapping } from '../src/usecases/identity/save-role-mapping.js';
import { secretBox } from '../src/usecases/identity/secret-box.js';
import { startTestIdp, type TestIdp } from '../test/support/oidc-provider.js';
import { browserSuite, clickAndWait, expectNoAxeViolations, openPage, SCREENSHOTS } from './support/index.js';

/**
 * Login through Vejle's own identity provider (`oidc-provider` on loopback) in the browser: the login
 * page's "Log ind med Vejle Kommune", the provider's own login and consent pages, back to the app as
 * Vejle's secretariat; and a person without a mapped group on the "no role" page. Axe on our pages at
 * 1280 and 375 px.
 */
const suite = browserSuite();
let idp: TestIdp;
let vejlePoolId = '';

async function checked(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 375, height: 800 });
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, `${name} scrolls sideways at 375 px`).toBeLessThanOrEqual(innerWidth);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/oidc-${name}-375.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

beforeAll(async () => {
  const { baseUrl, db } = suite.server;
  idp = await startTestIdp({ redirectUri: `${baseUrl}${paths.sso.oidcCallback()}`, postLogoutRedirectUri: `${baseUrl}${paths.accounts.login()}` });
  const [vejle] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, 'vejle'));
  const [pool] = await db
    .select({ id: pools.id })
    .from(pools)
    .where(eq(pools.organisationId, vejle?.id ?? ''))
    .limit(1);
  vejlePoolId = pool?.id ?? '';
  const admin = await adminActor();
  // The server's default test secret: what it opens the client secret with.
  const secrets = secretBox(loadConfig({ NODE_ENV: 'test' }).sessionSecret);
  const provider = await saveIdentityProvider(
    db,
    admin,
    {
      organisationId: vejle?.id,
      kind: 'oidc',
      displayName: 'Vejle Kommune (Entra ID)',
      enabled: true,
      issuer: idp.issuer,
      clientId: idp.clientId,
      clientSecret: idp.clientSecret,
    },
    { secrets },
  );
  await saveRoleMapping(db, admin, { providerId: provider.id, claimValue: 'VTP-Sekretariat', role: 'secretariat' });
  idp.accounts.set('anna-sub', { email: 'anna@vejle.idp', name: 'Anna Sekretær', groups: ['VTP-Sekretariat'] });
  idp.accounts.set('bo-sub', { email: 'bo@vejle.idp', name: 'Bo Uden Rolle', groups: ['Alle ansatte'] });
});
afterAll(() => idp?.close());

async function adminActor() {
  const [admin] = await suite.server.db.select({ id: users.id }).from(users).where(eq(users.email, 'admin@vejle.demo'));
  const actor = await loadActor(suite.server.db, admin?.id ?? '');
  if (!actor) throw new Error('no Vejle admin in the demo');
  return actor;
}

/** The provider's own development login page (any password) and its consent page. */
async function loginAtProvider(page: Page, login: string): Promise<void> {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('hvad-som-helst');
  await clickAndWait(page, page.locator('button[type="submit"]'));
  await clickAndWait(page, page.getByRole('button', { name: 'Continue' }));
}

describe('login through the organisation’s identity provider in the browser', () => {
  it('a secretariat member logs in with "Log ind med Vejle Kommune" and reaches Vejle’s inbox', { timeout: 200_000 }, async () => {
    const opened = await openPage(suite.browser, suite.server.baseUrl);
    const { page } = opened;
    await page.goto(paths.accounts.login());
    await checked(page, 'login');
    expect(opened.problems).toEqual([]);
    await clickAndWait(page, page.getByRole('link', { name: 'Log ind med Vejle Kommune' }));
    expect(page.url().startsWith(idp.issuer)).toBe(true);
    await loginAtProvider(page, 'anna-sub');
    // The provider's development pages load web fonts from the internet (unreachable here): not ours to judge.
    opened.problems.length = 0;
    expect(new URL(page.url()).pathname).toBe(paths.home());
    expect(await page.locator('header').textContent()).toContain('Anna Sekretær');
    await page.goto(paths.pools.inbox({ poolId: vejlePoolId }));
    expect(await page.locator('h1').textContent()).toBeTruthy();
    expect(await page.title()).not.toContain('Log ind');
    await checked(page, 'inbox');
    expect(opened.problems).toEqual([]);
    await opened.context.close();
  });

  it('a person without a mapped group sees the Danish "no role" page and is not logged in', { timeout: 200_000 }, async () => {
    const opened = await openPage(suite.browser, suite.server.baseUrl);
    const { page } = opened;
    await page.goto(paths.accounts.login());
    await clickAndWait(page, page.getByRole('link', { name: 'Log ind med Vejle Kommune' }));
    await loginAtProvider(page, 'bo-sub');
    expect(await page.locator('h1').textContent()).toBe('Du har ingen rolle i systemet endnu');
    expect(await page.locator('main').textContent()).toContain('admin@vejle.demo');
    await checked(page, 'no-role');
    await page.goto(paths.home());
    expect(new URL(page.url()).pathname).toBe(paths.accounts.login());
    await opened.context.close();
  });
});
