import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite, clickAndWait, expectNoAxeViolations, login, openPage } from './support/index.js';
import { paths } from '../src/paths.js';

const suite = browserSuite();

async function axeAtBothWidths(page: Page): Promise<void> {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoAxeViolations(page);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('staff training and the import of older projects in the browser', () => {
  it('records a training for a unit and sees it in the overview', async () => {
    const { page, context, problems } = await openPage(suite.browser, suite.server.baseUrl);
    await login(page, 'sekretariat@aarhus.demo');
    await page.goto(paths.training.index());
    await axeAtBothWidths(page);
    await clickAndWait(page, page.locator('main table a').first());
    await axeAtBothWidths(page);
    await clickAndWait(page, page.getByRole('link', { name: 'Registrér en uddannelse' }));
    await axeAtBothWidths(page);
    // A refusal first: the error is next to the field and what was typed stays.
    await page.getByLabel('Anden teknologi').fill('Digital medicinhåndtering');
    await page.getByLabel('Navn på den uddannede').fill('Anne Hansen');
    await page.getByLabel('Dato for uddannelsen').fill('15-03-2026');
    await clickAndWait(page, page.getByRole('button', { name: 'Registrér' }));
    expect(await page.getByLabel('Navn på den uddannede').inputValue()).toBe('Anne Hansen');
    await axeAtBothWidths(page);
    await page.getByLabel('Superbruger').check();
    await clickAndWait(page, page.getByRole('button', { name: 'Registrér' }));
    expect(await page.locator('main').textContent()).toContain('Anne Hansen');
    await axeAtBothWidths(page);
    // The deliberate refusal above answers 422, which the browser logs; nothing else may go wrong.
    expect(problems.filter((p) => !p.includes('status of 422'))).toEqual([]);
    await context.close();
  });

  it('uploads a small CSV, previews it and imports it', async () => {
    const { page, context, problems } = await openPage(suite.browser, suite.server.baseUrl);
    await login(page, 'sekretariat@aarhus.demo');
    await page.goto(paths.imports.index());
    await axeAtBothWidths(page);
    await page.getByLabel('Regneark').setInputFiles(fileURLToPath(new URL('../test/fixtures/historiske-projekter.csv', import.meta.url)));
    await clickAndWait(page, page.getByRole('button', { name: 'Indlæs filen' }));
    expect(await page.locator('main').textContent()).toContain('3 rækker: 3 nye');
    await axeAtBothWidths(page);
    await clickAndWait(page, page.getByRole('button', { name: 'Importér 3 projekter' }));
    expect(await page.locator('main').textContent()).toContain('Importen er gennemført');
    expect(await page.locator('main').textContent()).toContain('0 nye, 0 ændrede og 3 uændrede');
    await axeAtBothWidths(page);
    expect(problems).toEqual([]);
    await context.close();
  });
});
