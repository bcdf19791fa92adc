import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../src/paths.js';
import { loadActor } from '../src/usecases/accounts/load-actor.js';
import { startProject } from '../src/usecases/projects/start-project.js';
import { buildProject, userId } from '../test/support/factories.js';
import { browserSuite, clickAndWait, expectNoAxeViolations, login, openPage, SCREENSHOTS } from './support/index.js';

/**
 * Publishing to the erfaringskatalog in the browser: Horsens's secretariat shares a started project
 * from its project page (the form comes prefilled), edits the entry, finds it in search; then adds an
 * older project as a history entry. Every page with axe at 1280 and 375 px, no sideways scroll.
 */
const suite = browserSuite();
const TITLE = 'Skærmbesøg i aftenvagten';
let applicationId = '';

beforeAll(async () => {
  const db = suite.server.db;
  ({ applicationId } = await buildProject(db, 'horsens', { title: TITLE }));
  const secretariat = await loadActor(db, await userId(db, 'sekretariat@horsens.demo'));
  if (!secretariat) throw new Error('no secretariat');
  await startProject(db, secretariat, { applicationId, startedOn: '2026-01-15' });
});

async function checked(page: Page, name: string): Promise<void> {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/catalogue-publish-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('publishing to the catalogue in the browser', () => {
  it('the secretariat shares a project, edits the entry and finds it', async () => {
    const { page, context, problems } = await openPage(suite.browser, suite.server.baseUrl);
    await login(page, 'sekretariat@horsens.demo');
    await page.goto(paths.projects.show({ applicationId }));
    await clickAndWait(page, page.getByRole('link', { name: 'Del i erfaringskataloget' }).first());
    expect(await page.getByLabel('Titel', { exact: true }).inputValue()).toBe(TITLE);
    await checked(page, 'form');

    await page.getByLabel('Offentlig').check();
    await clickAndWait(page, page.getByRole('button', { name: 'Del i kataloget' }));
    expect(await page.locator('h1').textContent()).toBe(TITLE);
    await checked(page, 'entry');

    await clickAndWait(page, page.getByRole('link', { name: 'Ret indgangen' }));
    await page.getByLabel('Resumé').fill('Borgere får et kort skærmbesøg om aftenen i stedet for et fysisk tilsyn.');
    await clickAndWait(page, page.getByRole('button', { name: 'Gem' }));
    expect(await page.getByText('kort skærmbesøg om aftenen').count()).toBeGreaterThan(0);

    await page.goto(paths.catalogue.index({ q: 'skærmbesøg aftenvagten' }));
    expect(await page.getByRole('link', { name: TITLE }).count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the secretariat adds an older project as a history entry; a missing title is said at the field', async () => {
    const { page, context, problems } = await openPage(suite.browser, suite.server.baseUrl);
    await login(page, 'sekretariat@horsens.demo');
    await page.goto(paths.catalogue.newHistory());
    await checked(page, 'history-form');
    await page.getByLabel('Resumé').fill('Et ældre projekt med GPS-sporing.');
    await clickAndWait(page, page.getByRole('button', { name: 'Opret indgangen' }));
    expect(await page.locator('.form-error-message').count()).toBeGreaterThan(0);
    expect(await page.getByLabel('Resumé').inputValue()).toBe('Et ældre projekt med GPS-sporing.');
    await checked(page, 'history-errors');
    await page.getByLabel('Titel', { exact: true }).fill('GPS-sporing af borgere med demens (2019)');
    await clickAndWait(page, page.getByRole('button', { name: 'Opret indgangen' }));
    expect(await page.locator('h1').textContent()).toBe('GPS-sporing af borgere med demens (2019)');
    // The refused post answers 422 on purpose (the form again with its errors), which Chromium logs.
    expect(problems.filter((p) => !p.includes('status of 422'))).toEqual([]);
    await context.close();
  });
});
