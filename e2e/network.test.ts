import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogueAdoptions, catalogueEntries } from '../src/db/schema/catalogue.js';
import { demoCatalogueTitles } from '../src/demo/catalogue.js';
import { vtSyd } from '../src/demo/organisations.js';
import { openPool } from '../test/support/catalogue-factory.js';
import { browserSuite, clickAndWait, expectNoAxeViolations, login, openPage, SCREENSHOTS } from './support/index.js';

/**
 * The VT Syd experience platform in the browser: a Sønderborg user finds Tønder's meal robots and asks
 * a question; Tønder's owner sees it on the front page; a Haderslev applicant adopts the entry (an
 * idea linked to it, one adoption on the entry); the coordinator's front page. Axe at 1280 and 375 px.
 */
const suite = browserSuite();
const QUESTION = 'Hvordan rengør I spiserobotten efter hvert måltid?';
let entryId = '';

beforeAll(async () => {
  const db = suite.server.db;
  await openPool(db, 'haderslev');
  const [e] = await db.select({ id: catalogueEntries.id }).from(catalogueEntries).where(eq(catalogueEntries.title, demoCatalogueTitles.toenderSpiserobot));
  entryId = e?.id ?? '';
});

async function checked(page: Page, name: string): Promise<void> {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/network-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('the network experience platform in the browser', () => {
  it('a Sønderborg user searches "spiserobot", finds the Tønder entry and posts a question', async () => {
    const { page, context, problems } = await openPage(suite.browser, suite.server.baseUrl);
    await login(page, 'ansoeger@soenderborg.demo');
    await clickAndWait(page, page.getByRole('link', { name: 'Erfaringskatalog' }).first());
    await page.getByLabel('Søg', { exact: true }).fill('spiserobot');
    await clickAndWait(page, page.getByRole('button', { name: 'Søg' }));
    await clickAndWait(page, page.getByRole('link', { name: demoCatalogueTitles.toenderSpiserobot }));
    expect(await page.locator('h1').textContent()).toBe(demoCatalogueTitles.toenderSpiserobot);
    await checked(page, 'entry');
    await clickAndWait(page, page.getByRole('link', { name: 'Skriv et spørgsmål eller en erfaring' }));
    await checked(page, 'experiences');
    await page.getByLabel('Spørgsmål', { exact: true }).check();
    await page.getByLabel('Indlæg', { exact: true }).fill(QUESTION);
    await clickAndWait(page, page.getByRole('button', { name: 'Send indlægget' }));
    expect(await page.getByText(QUESTION).count()).toBeGreaterThan(0);
    await checked(page, 'experiences-posted');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the Tønder owner sees the post on the front page and follows it', async () => {
    const { page, context, problems } = await openPage(suite.browser, suite.server.baseUrl);
    await login(page, 'sekretariat@toender.demo');
    const section = page.locator('section', { has: page.getByRole('heading', { name: /Nye indlæg om jeres projekter/ }) });
    expect(await section.count()).toBe(1);
    await checked(page, 'owner-front');
    await clickAndWait(page, section.getByRole('link', { name: `Nyt indlæg om "${demoCatalogueTitles.toenderSpiserobot}"` }).first());
    expect(await page.getByText(QUESTION).count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a Haderslev applicant adopts the entry: an idea linked to it, and the entry shows one adoption', async () => {
    const { page, context, problems } = await openPage(suite.browser, suite.server.baseUrl);
    await login(page, 'ansoeger@haderslev.demo');
    await page.goto(`/katalog/${entryId}`);
    expect(await page.getByText('Ingen har taget projektet i brug endnu.').count()).toBe(1);
    await clickAndWait(page, page.getByRole('link', { name: 'Brug dette projekt' }));
    await checked(page, 'adopt');
    await page.getByLabel('Pulje').selectOption({ index: 1 });
    await page.getByLabel('Titel').fill('Spiserobotter i Haderslevs plejeboliger');
    await clickAndWait(page, page.getByRole('button', { name: 'Send idéen' }));
    const ideaId = /\/ideer\/([0-9a-f-]{36})/.exec(page.url())?.[1];
    expect(ideaId).toBeDefined();
    await checked(page, 'adopted-idea');
    const adoptions = await suite.server.db.select().from(catalogueAdoptions).where(eq(catalogueAdoptions.entryId, entryId));
    expect(adoptions.map((a) => a.ideaId)).toEqual([ideaId]);
    await page.goto(`/katalog/${entryId}`);
    const list = page.locator('h2:has-text("Hvem bygger videre på projektet") + ul > li');
    expect(await list.count()).toBe(1);
    expect(await list.first().textContent()).toContain('Haderslev Kommune');
    expect(await list.first().textContent()).toContain('Spiserobotter i Haderslevs plejeboliger');
    await checked(page, 'entry-adopted');
    expect(problems).toEqual([]);
    await context.close();
  });

  it("the coordinator's front page shows every member municipality and links to the overview", async () => {
    const { page, context, problems } = await openPage(suite.browser, suite.server.baseUrl);
    await login(page, vtSyd.coordinator.email);
    expect(await page.getByRole('heading', { name: 'Det afprøver kommunerne i VT Syd' }).count()).toBe(1);
    for (const m of ['Aabenraa Kommune', 'Haderslev Kommune', 'Sønderborg Kommune', 'Tønder Kommune']) {
      expect(await page.getByRole('rowheader', { name: m }).count()).toBe(1);
    }
    await checked(page, 'coordinator-front');
    await clickAndWait(page, page.getByRole('link', { name: 'Se netværksoversigten for VT Syd' }));
    expect(await page.locator('h1').textContent()).toContain('VT Syd');
    await checked(page, 'overview');
    expect(problems).toEqual([]);
    await context.close();
  });
});
