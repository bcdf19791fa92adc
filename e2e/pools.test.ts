import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, clickAndWait, expectNoAxeViolations, login, openPage, SCREENSHOTS, kr } from './support/index.js';
import { paths } from '../src/paths.js';
import { VEJLE_POOL_NAME } from '../test/support/demo-years.js';

const suite = browserSuite();
const shots = SCREENSHOTS;

/** Submit the page's main form with the given button and wait for the next page. */
async function submit(page: Page, button: string): Promise<void> {
  await clickAndWait(page, page.locator('main form').getByRole('button', { name: button, exact: true }).first());
}

const sections = ['grundoplysninger', 'budget', 'lister', 'regler', 'bedoemmelse', 'beslutning', 'moeder'];

describe('pools in the browser', () => {
  it('the secretariat creates a pool, edits it (keeping input on an error), views it and its history; no axe violations', async () => {
    const { page, context, problems } = await openPage(suite.browser, suite.server.baseUrl);
    await login(page, 'sekretariat@vejle.demo');

    await page.goto(paths.pools.list());
    expect(await page.locator('h1').textContent()).toBe('Puljer');
    await expectNoAxeViolations(page);

    await Promise.all([page.waitForURL('**/puljer/ny'), page.getByRole('link', { name: 'Opret pulje' }).click()]);
    await expectNoAxeViolations(page);

    // A validation error keeps what was typed.
    await page.getByLabel('Puljens navn').fill('');
    await page.getByLabel('Første år').fill('tyvetyve');
    await submit(page, 'Opret pulje');
    await expect.poll(() => page.locator('.alert-error').count()).toBe(1);
    expect(await page.locator('#name-error').textContent()).toContain('Angiv puljens navn');
    expect(await page.getByLabel('Første år').inputValue()).toBe('tyvetyve');
    await expectNoAxeViolations(page);

    await page.getByLabel('Puljens navn').fill('Velfærdsteknologi i hjemmeplejen');
    await page.getByLabel('Første år').fill('2026');
    await page.getByLabel('Sidste år').fill('2027');
    await page.getByLabel('Opfølgning (måneder efter projektstart)').fill('6, 12');
    await submit(page, 'Opret pulje');
    expect(new URL(page.url()).pathname).toMatch(/^\/puljer\/[0-9a-f-]{36}\/rediger\/budget$/);
    const poolId = new URL(page.url()).pathname.split('/')[2] ?? '';
    await expectNoAxeViolations(page);

    // A decision body first, so the budget line can be decided at its meetings.
    await page.goto(paths.pools.editSection({ poolId: poolId, section: 'beslutning' }));
    await page.locator('input[name="decisionBodies[0][name]"]').fill('Styregruppen');
    await submit(page, 'Gem');
    await expect.poll(() => page.locator('.alert-success').count()).toBe(1);
    await expectNoAxeViolations(page);

    // Budget: an error in kroner keeps the input, then a valid amount saves.
    await page.goto(paths.pools.editSection({ poolId: poolId, section: 'budget' }));
    await page.locator('input[name="budgetLines[0][name]"]').fill('Afprøvning');
    await page.locator('input[name="budgetLines[0][amounts][0][kroner]"]').fill('fem millioner');
    await page.locator('input[name="budgetLines[0][amounts][1][kroner]"]').fill('3.000.000');
    await submit(page, 'Gem');
    expect(await page.locator('#budgetLines-0-amounts-0-kroner-error').textContent()).toContain('Angiv beløbet i kroner');
    expect(await page.locator('input[name="budgetLines[0][amounts][0][kroner]"]').inputValue()).toBe('fem millioner');
    expect(await page.locator('input[name="budgetLines[0][name]"]').inputValue()).toBe('Afprøvning');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${shots}/pool-budget-error.png`, fullPage: true });

    await page.locator('input[name="budgetLines[0][amounts][0][kroner]"]').fill('2.000.000');
    await page.locator('input[name="budgetLines[0][earmarks][0][name]"]').fill('Innovation og Test');
    await page.locator('input[name="budgetLines[0][earmarks][0][sharePercent]"]').fill('10');
    await page.locator('select[name="budgetLines[0][earmarks][0][decisionMode]"]').selectOption('direct');
    await page.locator('input[name="budgetLines[0][earmarks][0][directDeciderLabel]"]').fill('Direktørerne');
    await submit(page, 'Gem');
    await expect.poll(() => page.locator('.alert-success').count()).toBe(1);

    // "Tilføj række" gives one more row without saving.
    await page.goto(paths.pools.editSection({ poolId: poolId, section: 'lister' }));
    const before = await page.locator('input[name^="lists[effectGoals]"][name$="[label]"]').count();
    await page.locator('input[name="lists[effectGoals][0][label]"]').fill('Tryghed og sikkerhed');
    await submit(page, 'Tilføj række under effektmål');
    expect(await page.locator('input[name^="lists[effectGoals]"][name$="[label]"]').count()).toBe(before + 1);
    expect(await page.locator('input[name="lists[effectGoals][0][label]"]').inputValue()).toBe('Tryghed og sikkerhed');
    await submit(page, 'Gem');
    await expect.poll(() => page.locator('.alert-success').count()).toBe(1);

    // Every section of the setup is accessible.
    for (const section of sections) {
      await page.goto(paths.pools.editSection({ poolId: poolId, section: section }));
      await expectNoAxeViolations(page);
    }

    await page.goto(paths.pools.show({ poolId: poolId }));
    expect(await page.locator('h1').textContent()).toBe('Velfærdsteknologi i hjemmeplejen');
    const row = page.locator('tr', { hasText: 'Afprøvning' }).first();
    expect(await row.locator('td').allTextContents()).toEqual([kr('2.000.000 kr.'), kr('3.000.000 kr.'), kr('5.000.000 kr.')]);
    expect(await page.locator('tr', { hasText: 'øremærket' }).first().textContent()).toContain('heraf 10 % øremærket Innovation og Test');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${shots}/pool-page.png`, fullPage: true });

    await Promise.all([page.waitForURL('**/historik'), page.getByRole('link', { name: 'Se ændringshistorik' }).click()]);
    expect(await page.locator('h1').textContent()).toBe('Ændringshistorik');
    expect(await page.locator('main').textContent()).toContain('Puljen blev ændret');
    expect(await page.locator('main').textContent()).toContain('Rasmus Thygesen');
    await expectNoAxeViolations(page);

    // The two validation errors answer 422, which Chromium logs as a failed load; nothing else may fail.
    expect(problems.filter((p) => !p.includes('status of 422'))).toEqual([]);
    expect(problems.filter((p) => p.includes('status of 422'))).toHaveLength(2);
    await context.close();
  });

  it('the Vejle preset page is accessible and shows the figures', async () => {
    const { page, context, problems } = await openPage(suite.browser, suite.server.baseUrl);
    await login(page, 'ansoeger@vejle.demo');
    await page.goto(paths.pools.list());
    await Promise.all([page.waitForURL(/\/puljer\/[0-9a-f-]{36}$/), page.getByRole('link', { name: VEJLE_POOL_NAME }).click()]);
    const row = page.locator('tr', { hasText: 'Ordinære projekter' }).first();
    expect((await row.locator('td').allTextContents()).slice(0, 4)).toEqual([kr('5.000.000 kr.'), kr('0 kr.'), kr('10.000.000 kr.'), kr('5.000.000 kr.')]);
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
    await context.close();
  });
});
