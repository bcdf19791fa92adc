import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { paths } from '../src/paths.js';
import { browserSuite, clickAndWait, expectNoAxeViolations, openPage, SCREENSHOTS } from './support/index.js';

/** The citizens' theme guide as an anonymous visitor: guide index → a municipality → a theme → a public entry. Axe at 1280 and 375 px. */
const suite = browserSuite();

async function checked(page: Page, name: string): Promise<void> {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/guide-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe("the citizens' guide in the browser", () => {
  it('an anonymous visitor goes from the guide index to a theme and on to a public entry', async () => {
    const { page, context, problems } = await openPage(suite.browser, suite.server.baseUrl);
    await page.goto(paths.guide.list());
    await checked(page, 'list');
    const orgLink = page.locator('main a[href^="/guide/"]').first();
    expect(await orgLink.count()).toBe(1);
    await clickAndWait(page, orgLink);
    await checked(page, 'organisation');
    const themeLink = page.locator('main a[href^="/guide/"]').filter({ hasNotText: /Tilbage|Alle/ });
    expect(await themeLink.count()).toBeGreaterThan(0);
    await clickAndWait(page, themeLink.first());
    await checked(page, 'theme');
    const entryLink = page.locator('main a[href^="/katalog/"]').first();
    expect(await entryLink.count()).toBe(1);
    const title = (await entryLink.textContent())?.trim() ?? '';
    await clickAndWait(page, entryLink);
    expect((await page.locator('h1').textContent())?.trim()).toBe(title);
    await checked(page, 'entry');
    expect(problems).toEqual([]);
    await context.close();
  });
});
