import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/seed.js';
import { paths } from '../src/paths.js';
import { createUser } from '../src/usecases/accounts/create-user.js';
import { browserSuite, clickAndWait, expectNoAxeViolations, login, logout, openPage, SCREENSHOTS } from './support/index.js';

/**
 * The Vejle admin creates an OIDC login provider (the secret is not shown after saving) and maps a
 * group to a role; a user turns on two-factor and logs in with a code. Each page: axe at 1280 px and
 * 375 px (zero violations) and no sideways scroll at 375 px.
 */
const suite = browserSuite();

async function checked(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 375, height: 800 });
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, `${name} scrolls sideways at 375 px`).toBeLessThanOrEqual(innerWidth);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/identity-${name}-375.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

const main = (page: Page) => page.locator('main');
const codeAt = (secret: string, at: number) => new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: at });

describe('identity administration and two-factor in the browser', () => {
  it('the admin creates an OIDC provider (secret not shown after saving) and adds a role mapping', { timeout: 200_000 }, async () => {
    const opened = await openPage(suite.browser, suite.server.baseUrl);
    const { page } = opened;
    await login(page, 'admin@vejle.demo');
    await clickAndWait(page, page.locator('nav').getByRole('link', { name: 'Brugere' }).first());
    await clickAndWait(page, main(page).getByRole('link', { name: 'Login-udbydere' }));
    await checked(page, 'providers-empty');
    await clickAndWait(page, main(page).getByRole('link', { name: 'Ny OpenID Connect-udbyder' }));
    await checked(page, 'provider-new');
    await page.getByLabel('Navn på knappen').fill('Vejle Kommune (Entra ID)');
    await page.getByLabel('Udsteder (issuer)').fill('https://login.microsoftonline.com/vejle/v2.0');
    await page.getByLabel('Klient-id (client id)').fill('puljer');
    await page.getByLabel('Klienthemmelighed (client secret)').fill('e2e-hemmelig-klientnoegle');
    await clickAndWait(page, main(page).getByRole('button', { name: 'Gem udbyder' }));
    expect(await main(page).textContent()).toContain('Udbyderen er gemt');
    expect(await main(page).textContent()).toContain('Gemt — vises ikke igen');
    expect(await main(page).textContent()).toContain(paths.identityAdmin.oidcCallback());
    expect(await page.content()).not.toContain('e2e-hemmelig-klientnoegle');
    expect(await page.getByLabel('Klienthemmelighed (client secret)').inputValue()).toBe('');
    await checked(page, 'provider-saved');

    await clickAndWait(page, main(page).getByRole('link', { name: /Rolletildeling/ }));
    await checked(page, 'mappings-empty');
    await page.getByLabel('Værdi i kravet').fill('grp-puljer-sekretariat');
    await page.getByLabel('Rolle').selectOption({ label: 'Sekretariat' });
    await clickAndWait(page, main(page).getByRole('button', { name: 'Tilføj' }));
    const table = main(page).locator('table');
    expect(await table.textContent()).toContain('grp-puljer-sekretariat');
    expect(await table.textContent()).toContain('Sekretariat');
    await checked(page, 'mappings');

    await page.goto(paths.identityAdmin.providers({ organisationId: new URL(page.url()).pathname.split('/')[2] ?? '' }));
    expect(await main(page).textContent()).toContain('Vejle Kommune (Entra ID)');
    await checked(page, 'providers');
    expect(opened.problems).toEqual([]);
    await opened.context.close();
  });

  it('a user turns on two-factor and logs in with a code', { timeout: 200_000 }, async () => {
    const email = 'tofaktor.e2e@vejle.demo';
    await createUser(suite.server.db, null, { email, name: 'To-faktor Bruger', password: DEMO_PASSWORD });
    const opened = await openPage(suite.browser, suite.server.baseUrl);
    const { page } = opened;
    await login(page, email);
    await page.goto(paths.accounts.account());
    await clickAndWait(page, main(page).getByRole('link', { name: /To-faktor: en kode/ }));
    await checked(page, 'two-factor-off');
    await clickAndWait(page, main(page).getByRole('button', { name: 'Slå to-faktor til' }));
    const secret = ((await page.locator('.totp-secret').textContent()) ?? '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(await main(page).textContent()).toContain('otpauth://totp/');
    await checked(page, 'two-factor-enrol');
    await page.getByLabel('Kode').fill(codeAt(secret, Date.now()));
    await clickAndWait(page, main(page).getByRole('button', { name: 'Bekræft og slå til' }));
    expect(await page.locator('.recovery-codes li').count()).toBe(10);
    await checked(page, 'recovery-codes');

    await logout(page);
    await login(page, email);
    expect(new URL(page.url()).pathname).toBe(paths.accounts.twoFactor());
    await checked(page, 'login-code');
    // The next time step: the code used to confirm may not be used again.
    await page.getByLabel('Kode').fill(codeAt(secret, Date.now() + 30_000));
    await clickAndWait(page, main(page).getByRole('button', { name: 'Log ind' }));
    expect(new URL(page.url()).pathname).toBe(paths.home());
    expect(await page.locator('header').textContent()).toContain('To-faktor Bruger');
    expect(opened.problems).toEqual([]);
    await opened.context.close();
  });
});
