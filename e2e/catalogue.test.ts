import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoCatalogueTitles } from '../src/demo/catalogue.js';
import { paths } from '../src/paths.js';
import { browserSuite, clickAndWait, expectNoAxeViolations, login, openPage, SCREENSHOTS } from './support/index.js';

/**
 * The erfaringskatalog in the browser: a Sønderborg user searches from the navigation, filters, opens
 * the Tønder network entry; an anonymous visitor searches the public entries. Every page is checked
 * with axe at 1280 and 375 px, where it must not scroll sideways.
 */
const suite = browserSuite();

async function checked(page: Page, name: string): Promise<void> {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/catalogue-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('the catalogue pages in the browser', () => {
  it('a Sønderborg user searches, filters and opens the network entry', async () => {
    const { page, context, problems } = await openPage(suite.browser, suite.server.baseUrl);
    await login(page, 'ansoeger@soenderborg.demo');
    await clickAndWait(page, page.getByRole('link', { name: 'Erfaringskatalog' }).first());
    expect(await page.locator('h1').textContent()).toBe('Erfaringskatalog');
    await checked(page, 'search-empty');

    await page.getByLabel('Søg', { exact: true }).fill('spiserobot');
    await page.getByLabel('Modenhed').selectOption({ label: 'Klar' });
    await clickAndWait(page, page.getByRole('button', { name: 'Søg' }));
    expect(page.url()).toContain('q=spiserobot');
    expect(await page.locator('.catalogue-results mark').count()).toBeGreaterThan(0);
    await checked(page, 'search-results');

    await clickAndWait(page, page.getByRole('link', { name: demoCatalogueTitles.toenderSpiserobot }));
    expect(await page.locator('h1').textContent()).toBe(demoCatalogueTitles.toenderSpiserobot);
    expect(await page.getByText('Robotik Syd ApS').count()).toBe(1);
    await checked(page, 'entry');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('an anonymous visitor searches the public entries and opens one', async () => {
    const { page, context, problems } = await openPage(suite.browser, suite.server.baseUrl);
    await page.goto(paths.catalogue.index({ q: 'kalendere' }));
    expect(await page.getByRole('link', { name: demoCatalogueTitles.toenderSpiserobot }).count()).toBe(0);
    await checked(page, 'anonymous-search');
    await clickAndWait(page, page.getByRole('link', { name: demoCatalogueTitles.vejleHjaelpemidler }));
    expect(await page.locator('h1').textContent()).toBe(demoCatalogueTitles.vejleHjaelpemidler);
    await checked(page, 'anonymous-entry');
    expect(problems).toEqual([]);
    await context.close();
  });
});
