import { describe, expect, it } from 'vitest';
import { browserSuite, expectNoAxeViolations, login, logout, openPage, SCREENSHOTS } from './support/index.js';
import { paths } from '../src/paths.js';

const suite = browserSuite();
const shots = SCREENSHOTS;

describe('foundation in the browser', () => {
  it('shows the login page with DKFDS styles, fonts and icons and no axe violations', async () => {
    const { page, context, problems } = await openPage(suite.browser, suite.server.baseUrl);
    const res = await page.goto(paths.accounts.login());
    expect(res?.status()).toBe(200);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Log ind');
    expect(await page.getAttribute('html', 'lang')).toBe('da');

    // DKFDS's stylesheet and its IBM Plex Sans font are in use (not the browser's defaults).
    await page.evaluate(() => document.fonts.ready);
    const style = await page.evaluate(() => ({
      font: getComputedStyle(document.body).fontFamily,
      fontLoaded: document.fonts.check('16px "IBM Plex Sans"'),
      headerBorder: getComputedStyle(document.querySelector('.portal-info') ?? document.body).borderBottomStyle,
      buttonBackground: getComputedStyle(document.querySelector('.button-primary') ?? document.body).backgroundColor,
    }));
    expect(style.font).toContain('IBM Plex Sans');
    expect(style.fontLoaded).toBe(true);
    expect(style.buttonBackground).not.toBe('rgba(0, 0, 0, 0)');
    await page.screenshot({ path: `${shots}/login.png`, fullPage: true });

    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('logs in through the form, switches to English and back, and logs out', async () => {
    const { page, context, problems } = await openPage(suite.browser, suite.server.baseUrl);
    await login(page, 'sekretariat@vejle.demo');
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.locator('h1').textContent()).toMatch(/^Velkommen/);
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    await expect.poll(() => page.locator('.portal-user .user').textContent()).toContain('Vejle');
    // The logout button's lock icon comes from the DKFDS sprite.
    const sprite = await page.request.get(paths.static.iconSprite);
    expect(sprite.status()).toBe(200);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${shots}/start.png`, fullPage: true });
    await expectNoAxeViolations(page);

    await Promise.all([page.waitForURL('**/'), page.locator('.language-switcher a[lang="en"]').click()]);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toMatch(/^Welcome/);
    expect(await page.locator('.language-switcher a[lang="en"]').getAttribute('aria-current')).toBe('true');
    await expectNoAxeViolations(page);

    await Promise.all([page.waitForURL('**/'), page.locator('.language-switcher a[lang="da"]').click()]);
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    expect(await page.locator('h1').textContent()).toMatch(/^Velkommen/);

    await logout(page);
    expect(new URL(page.url()).pathname).toBe('/login');
    // Logged out for real: the start page sends us back to the login.
    await page.goto('/');
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('has no axe violations on the accessibility statement and a 404 page', async () => {
    const { page, context, problems } = await openPage(suite.browser, suite.server.baseUrl);
    await login(page, 'ansoeger@horsens.demo');

    const statement = await page.goto(paths.accessibility());
    expect(statement?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('Tilgængelighedserklæring');
    await expectNoAxeViolations(page);

    const missing = await page.goto('/findes-ikke');
    expect(missing?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Siden findes ikke');
    await expectNoAxeViolations(page);
    // The 404 is an expected console error in Chromium ("Failed to load resource"); nothing else is.
    expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
    await context.close();
  });

  it('shows the accessibility statement and a 404 page without logging in', async () => {
    const { page, context } = await openPage(suite.browser, suite.server.baseUrl);
    expect((await page.goto(paths.accessibility()))?.status()).toBe(200);
    await expectNoAxeViolations(page);
    expect((await page.goto('/findes-ikke'))?.status()).toBe(404);
    await expectNoAxeViolations(page);
    await context.close();
  });
});
