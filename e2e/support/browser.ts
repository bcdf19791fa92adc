import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';

/** Debian's Chromium (apt-get install chromium); CHROMIUM_PATH overrides. Playwright never downloads a browser here. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Chromium with the flags this machine needs (no sandbox as root, no background network). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /**
   * Console errors and failed same-origin requests seen so far (CSP violations show up here).
   * Assert it is empty at the end of a test: `expect(opened.problems).toEqual([])`.
   */
  problems: string[];
}

/**
 * A page in its own browser context (own cookies), with `baseURL` set so `page.goto('/login')` works.
 * Always open pages like this: axe refuses pages made by `browser.newPage()`.
 */
export async function openPage(browser: Browser, baseUrl: string, opts: { locale?: string } = {}): Promise<OpenedPage> {
  const context = await browser.newContext({ baseURL: baseUrl, locale: opts.locale ?? 'da-DK', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => {
    const error = req.failure()?.errorText ?? '?';
    // ERR_ABORTED: the page navigated on before a load finished (e.g. the favicon); not a fault.
    // Blocked or missing assets still show up, as console errors and as 4xx responses below.
    if (req.url().startsWith(baseUrl) && error !== 'net::ERR_ABORTED') problems.push(`request failed: ${req.url()} (${error})`);
  });
  page.on('response', (res) => {
    if (res.url().startsWith(`${baseUrl}/static/`) && res.status() >= 400) problems.push(`static ${res.status()}: ${res.url()}`);
  });
  return { context, page, problems };
}

/** Log in through the login form (as a person would) and wait for the page after it. */
export async function login(page: Page, email: string, password: string = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  const form = page.locator('form[action="/login"]');
  await form.locator('input[name="email"]').fill(email);
  await form.locator('input[name="password"]').fill(password);
  await Promise.all([page.waitForURL((url) => url.pathname !== '/login'), form.locator('button[type="submit"]').click()]);
}

/** Log out with the header's button (a POST form with the CSRF token). */
export async function logout(page: Page): Promise<void> {
  // The header has a wide-screen and a small-screen logout button; use the visible one.
  await Promise.all([page.waitForURL('**/login'), page.locator('form[action="/logout"] button[type="submit"]:visible').first().click()]);
}
