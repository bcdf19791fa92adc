import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../src/db/schema/applications.js';
import { seedDemoCases } from '../src/demo/cases.js';
import { paths } from '../src/paths.js';
import { browserSuite, clickAndWait, expectNoAxeViolations, login, openPage } from './support/index.js';

/**
 * The Vejle secretariat's journal list and aktindsigt page of the demo's approved case, in the
 * browser: from the case page to the journal, withhold a partner's row (first refused without a
 * reason), release it, and download the export. Every page is checked with axe at 1280 px and
 * 375 px, where it must not scroll sideways.
 */
const suite = browserSuite();
const ids = { applicationId: '' };
const findings: string[] = [];

beforeAll(async () => {
  const db = suite.server.db;
  await seedDemoCases(db);
  const [robot] = await db.select({ id: applications.id }).from(applications).where(eq(applications.title, 'Robotstøvsugere i plejeboliger'));
  ids.applicationId = robot!.id;
}, 120_000);

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

describe('journal and aktindsigt in the browser', () => {
  it('journal list, withhold with a refusal first, release, export download', { timeout: 200_000 }, async () => {
    const o = await openPage(suite.browser, suite.server.baseUrl);
    const { page } = o;
    await login(page, 'sekretariat@vejle.demo');
    await page.goto(paths.assessment.case(ids));
    await clickAndWait(page, main(page).getByRole('link', { name: 'Journalliste', exact: true }));
    expect(new URL(page.url()).pathname).toBe(paths.records.journal(ids));
    expect(await main(page).locator('table tbody tr').count()).toBeGreaterThan(2);
    await checked(page, 'journal');

    await clickAndWait(page, main(page).getByRole('link', { name: 'Aktindsigt og eksport af sagen' }));
    expect(new URL(page.url()).pathname).toBe(paths.records.aktindsigt(ids));
    await checked(page, 'aktindsigt');

    // Without a reason: 422, the error next to the field, the chosen field kept.
    await page.getByLabel('Felt i ansøgningen').selectOption('privatePartners.0');
    await clickAndWait(page, main(page).getByRole('button', { name: 'Undtag feltet' }));
    expect(await page.locator('#reason-error').textContent()).toContain('Skriv, hvorfor oplysningen undtages');
    expect(await page.getByLabel('Felt i ansøgningen').inputValue()).toBe('privatePartners.0');
    await checked(page, 'aktindsigt-error');

    await page.getByLabel('Begrundelse', { exact: true }).fill('Leverandørens forretningsforhold');
    await clickAndWait(page, main(page).getByRole('button', { name: 'Undtag feltet' }));
    expect(await main(page).locator('table').textContent()).toContain('Leverandørens forretningsforhold');
    await checked(page, 'aktindsigt-withheld');

    await page.getByLabel('Aktindsigt', { exact: true }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), main(page).getByRole('button', { name: 'Eksportér sagen' }).click()]);
    expect(download.suggestedFilename()).toMatch(/-aktindsigt\.zip$/);

    await clickAndWait(page, main(page).getByRole('button', { name: /^Frigiv/ }));
    expect(await main(page).textContent()).toContain('Ingen felter er undtaget');

    expect(o.problems.filter((p) => !p.includes('status of 422'))).toEqual([]);
    await o.context.close();
    expect(findings).toEqual([]);
  });
});
