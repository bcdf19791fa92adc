import type { Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { organisations } from '../src/db/schema/organisations.js';
import { paths } from '../src/paths.js';
import { browserSuite, clickAndWait, expectNoAxeViolations, login, openPage } from './support/index.js';

/**
 * Vejle's admin in the browser: adds a journalisation webhook (a plain-http address outside loopback
 * is refused first), sees its secret once, opens the delivery log, and opens the retention page. Every
 * page is checked with axe at 1280 px and 375 px, where it must not scroll sideways.
 */
const suite = browserSuite();
const findings: string[] = [];

async function checked(page: Page, name: string): Promise<void> {
  const axe = async (width: string) => {
    try {
      await expectNoAxeViolations(page);
    } catch (err) {
      findings.push(`${name} (${width}): ${(err as Error).message}`);
    }
  };
  await axe('1280 px');
  await page.setViewportSize({ width: 375, height: 800 });
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  if (scrollWidth > innerWidth) findings.push(`${name}: scrolls sideways at 375 px (scrollWidth ${scrollWidth} > ${innerWidth})`);
  await axe('375 px');
  await page.setViewportSize({ width: 1280, height: 900 });
}

const main = (page: Page) => page.locator('main');

describe('webhooks and retention in the browser', () => {
  it('adds a webhook, sees the secret once and the log; opens the retention page', { timeout: 200_000 }, async () => {
    const [vejle] = await suite.server.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, 'vejle'));
    const organisationId = vejle!.id;
    const o = await openPage(suite.browser, suite.server.baseUrl);
    const { page } = o;
    await login(page, 'admin@vejle.demo');

    await page.goto(paths.webhooks.list({ organisationId }));
    await checked(page, 'webhooks (empty)');
    await clickAndWait(page, main(page).getByRole('link', { name: 'Tilføj en modtager' }));
    await checked(page, 'webhook form');

    await page.getByLabel('Navn', { exact: true }).fill('SBSYS');
    await page.getByLabel('Adresse').fill('http://esdh.vejle.dk/hook');
    await clickAndWait(page, main(page).getByRole('button', { name: 'Gem' }));
    expect(await page.locator('#url-error').textContent()).toContain('Adressen skal begynde med https://');
    expect(await page.getByLabel('Navn', { exact: true }).inputValue()).toBe('SBSYS');
    await checked(page, 'webhook form error');

    await page.getByLabel('Adresse').fill('https://esdh.vejle.dk/hook');
    await page.getByLabel('Ansøgning indsendt').check();
    await page.getByLabel('Projekt afsluttet').check();
    await clickAndWait(page, main(page).getByRole('button', { name: 'Gem' }));
    expect(await page.locator('#webhook-secret').textContent()).toMatch(/^whsec_[0-9a-f]{64}$/);
    expect(await main(page).locator('table').textContent()).toContain('SBSYS');
    await checked(page, 'webhooks (secret shown)');
    await page.goto(paths.webhooks.list({ organisationId }));
    expect(await page.locator('#webhook-secret').count()).toBe(0);

    await clickAndWait(page, main(page).getByRole('link', { name: 'Se leveringsloggen' }));
    expect(await main(page).locator('h1').textContent()).toBe('Leveringslog');
    await checked(page, 'delivery log');

    await page.goto(paths.admin.retention());
    expect(new URL(page.url()).pathname).toBe(paths.admin.organisationRetention({ organisationId }));
    expect(await main(page).locator('h1').textContent()).toBe('Sletning af afsluttede sager');
    await checked(page, 'retention');

    expect(o.problems.filter((p) => !p.includes('status of 422'))).toEqual([]);
    await o.context.close();
    expect(findings).toEqual([]);
  });
});
