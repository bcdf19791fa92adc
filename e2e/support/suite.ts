import { mkdirSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.js';
import { startServer, type TestServer } from './server.js';

export const SCREENSHOTS = 'test-results/screenshots';

export interface BrowserSuite {
  readonly server: TestServer;
  readonly browser: Browser;
}

/**
 * For one test file: the app on a fresh demo database and Chromium, started before the file's tests
 * (a file's own beforeAll, registered after this call, runs after the start) and closed after them.
 * `today`: the Copenhagen date the app's rules of the day use (budget years that have ended).
 */
export function browserSuite(opts: { today?: string } = {}): BrowserSuite {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer('demo', opts), launchBrowser()]);
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('browserSuite: not started yet (use it inside tests or a later beforeAll)');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
  };
}

/** Click a button or link and wait until the page it leads to has loaded. */
export async function clickAndWait(page: Page, target: Locator): Promise<void> {
  await Promise.all([page.waitForEvent('framenavigated'), target.click()]);
  await page.waitForLoadState('load');
}
