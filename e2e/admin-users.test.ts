import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { paths } from '../src/paths.js';
import { browserSuite, clickAndWait, expectNoAxeViolations, login, openPage, SCREENSHOTS } from './support/index.js';

/**
 * The Vejle admin's users pages in the browser: the list, a refused and an accepted invitation, a
 * user's page; and the login page's "Glemt adgangskode?" link to its form. Each page: axe at 1280 px
 * and 375 px (zero violations) and no sideways scroll at 375 px.
 */
const suite = browserSuite();

async function checked(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 375, height: 800 });
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, `${name} scrolls sideways at 375 px`).toBeLessThanOrEqual(innerWidth);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/users-${name}-375.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

const main = (page: Page) => page.locator('main');

describe('users administration in the browser', () => {
  it('lists users, refuses a bad invitation with the values kept, invites, opens a user', { timeout: 200_000 }, async () => {
    const opened = await openPage(suite.browser, suite.server.baseUrl);
    const { page } = opened;
    await login(page, 'admin@vejle.demo');
    await clickAndWait(page, page.locator('nav').getByRole('link', { name: 'Brugere' }).first());
    expect(await main(page).textContent()).toContain('sekretariat@vejle.demo');
    await checked(page, 'list');

    await clickAndWait(page, main(page).getByRole('link', { name: 'Invitér en bruger' }));
    await checked(page, 'invite');
    await page.getByLabel('Navn').fill('Ny Kollega');
    await page.getByLabel('E-mail').fill('ikke-en-adresse');
    await page.getByLabel('Bedømmer').check();
    await clickAndWait(page, main(page).getByRole('button', { name: 'Send invitation' }));
    expect(await page.locator('#email-error').textContent()).toBeTruthy();
    expect(await page.getByLabel('Navn').inputValue()).toBe('Ny Kollega');
    expect(await page.getByLabel('Bedømmer').isChecked()).toBe(true);
    await checked(page, 'invite-error');

    await page.getByLabel('E-mail').fill('ny.kollega@vejle.demo');
    await clickAndWait(page, main(page).getByRole('button', { name: 'Send invitation' }));
    expect(new URL(page.url()).pathname).toMatch(/\/brugere$/);
    expect(await main(page).textContent()).toContain('ny.kollega@vejle.demo');

    await clickAndWait(page, main(page).getByRole('link', { name: 'Ny Kollega' }));
    expect(await main(page).textContent()).toContain('Deaktivér');
    await checked(page, 'user');
    expect(opened.problems.filter((p) => !p.includes('status of 422'))).toEqual([]);
    await opened.context.close();
  });

  it('the login page links to "Glemt adgangskode?" and its form answers', { timeout: 100_000 }, async () => {
    const opened = await openPage(suite.browser, suite.server.baseUrl);
    const { page } = opened;
    await page.goto(paths.accounts.login());
    await checked(page, 'login');
    await clickAndWait(page, main(page).getByRole('link', { name: 'Glemt adgangskode?' }));
    expect(new URL(page.url()).pathname).toBe(paths.accounts.forgotPassword());
    await checked(page, 'forgot');
    await page.getByLabel('E-mail').fill('ansoeger@vejle.demo');
    await clickAndWait(page, main(page).getByRole('button', { name: 'Send link' }));
    expect(await main(page).textContent()).toContain('Tjek din e-mail');
    await checked(page, 'forgot-sent');
    expect(opened.problems).toEqual([]);
    await opened.context.close();
  });
});
