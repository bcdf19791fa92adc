import { and, eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { organisations } from '../src/db/schema/organisations.js';
import { budgetLines, pools } from '../src/db/schema/pools.js';
import { commitFunds } from '../src/usecases/ledger/commit-funds.js';
import { paths } from '../src/paths.js';
import { buildLedgerApplication } from '../test/support/factories.js';
import { VEJLE_POOL_NAME, vejleYear } from '../test/support/demo-years.js';
import { browserSuite, clickAndWait, expectNoAxeViolations, login, openPage, SCREENSHOTS, kr } from './support/index.js';

// The demo pool runs 2021–2024: the app's day is in 2021, so none of its budget years has ended.
const suite = browserSuite({ today: '2021-06-01' });
let poolId = '';
let projectId = '';
const shots = SCREENSHOTS;

beforeAll(async () => {
  // The demo's Vejle pool, with one approved project (committed as a decision would).
  const [org] = await suite.server.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, 'vejle'));
  const [pool] = await suite.server.db
    .select({ id: pools.id })
    .from(pools)
    .where(eq(pools.organisationId, org?.id ?? ''));
  poolId = pool?.id ?? '';
  const lines = await suite.server.db
    .select()
    .from(budgetLines)
    .where(and(eq(budgetLines.poolId, poolId)));
  const ordinary = lines.find((l) => !l.parentLineId);
  projectId = await buildLedgerApplication(
    suite.server.db,
    { poolId, organisationId: org?.id ?? '', lines: { ordinaer: ordinary?.id ?? '' }, departmentId: await anyDepartment(org?.id ?? '') },
    { title: 'Skærmbesøg i hjemmeplejen', budgetLine: 'ordinaer' },
  );
  await suite.server.db.transaction((tx) =>
    commitFunds(tx, null, {
      poolId,
      budgetLineId: ordinary?.id ?? '',
      applicationId: projectId,
      split: [
        { year: vejleYear(2023), amountOere: 1_500_000_00 },
        { year: vejleYear(2024), amountOere: 500_000_00 },
      ],
      reference: 'Velfærdsteknologirådet, punkt 2',
      reason: 'Godkendt',
    }),
  );
});

async function anyDepartment(organisationId: string): Promise<string> {
  const { departments } = await import('../src/db/schema/organisations.js');
  const [d] = await suite.server.db.select({ id: departments.id }).from(departments).where(eq(departments.organisationId, organisationId));
  if (!d) throw new Error('no department');
  return d.id;
}

async function submit(page: Page, button: string): Promise<void> {
  await clickAndWait(page, page.locator('main form[method="post"]').getByRole('button', { name: button, exact: true }));
}

describe('the pool’s economy in the browser', () => {
  it('finance finds the economy page with its table and chart, records a payout (after an error) and sees the project’s economy; no axe violations', async () => {
    const { page, context, problems } = await openPage(suite.browser, suite.server.baseUrl);
    await login(page, 'oekonomi@vejle.demo');

    await page.goto(paths.home());
    await Promise.all([
      page.waitForURL(`**${paths.ledger.overview()}`),
      page.getByRole('navigation', { name: 'Hovedmenu' }).first().getByRole('link', { name: 'Økonomi' }).click(),
    ]);
    await expectNoAxeViolations(page);
    await Promise.all([page.waitForURL(`**${paths.ledger.pool({ poolId })}`), page.getByRole('link', { name: VEJLE_POOL_NAME }).click()]);

    // The table and the chart of each line; the chart is an image with a name and the figures in its description.
    const table = page.getByRole('table', { name: /Ordinære projekter: budget, bevilget/ });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(4);
    expect(await table.locator('tbody tr').nth(2).innerText()).toContain(kr('9.000.000 kr.'));
    expect(await table.locator('tbody tr').nth(2).innerText()).toContain(kr('1.500.000 kr.'));
    const chart = page.getByRole('img', { name: 'Diagram: Ordinære projekter pr. år' });
    expect(await chart.count()).toBe(1);
    expect(await chart.locator('desc').textContent()).toContain(
      kr(`${vejleYear(2023)}: budget 9.000.000 kr., bevilget 1.500.000 kr., udbetalt 0 kr., rest 7.500.000 kr.`),
    );
    expect(await page.getByRole('img', { name: 'Diagram: Innovation og Test pr. år' }).count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${shots}/ledger-economy.png`, fullPage: true });

    await page.goto(paths.ledger.entries({ poolId }, { kind: 'commitment' }));
    expect(await page.locator('tbody tr').count()).toBe(2);
    await expectNoAxeViolations(page);

    // A payout: an unreadable amount keeps the input and shows the error next to the field.
    await page.goto(paths.ledger.payout({ applicationId: projectId }));
    await expectNoAxeViolations(page);
    await page.getByLabel('Bevilling').selectOption({ index: 1 });
    await page.getByLabel('Beløb').fill('to hundrede');
    await page.getByLabel('Reference').fill('4010-220-118');
    await submit(page, 'Registrér udbetaling');
    expect(await page.locator('#amount-error').textContent()).toContain('Skriv beløbet i kroner');
    expect(await page.getByLabel('Beløb').inputValue()).toBe('to hundrede');
    expect(await page.getByLabel('Reference').inputValue()).toBe('4010-220-118');
    await expectNoAxeViolations(page);
    await page.getByLabel('Beløb').fill('250.000');
    await submit(page, 'Registrér udbetaling');
    expect(new URL(page.url()).pathname).toBe(paths.ledger.project({ applicationId: projectId }));
    expect(await page.locator('.alert-success').textContent()).toContain('Udbetalingen er registreret.');
    expect(await page.locator('main').innerText()).toContain(kr('1.750.000 kr.'));
    await expectNoAxeViolations(page);

    // The refused form answers 422 by design (Chromium logs every 4xx document as a console error).
    expect(problems.filter((p) => !p.includes('status of 422'))).toEqual([]);
    await context.close();
  });

  it('the secretariat’s forms for commitments and adjustments; the applicant sees only their own project; no axe violations', async () => {
    const { page, context, problems } = await openPage(suite.browser, suite.server.baseUrl);
    await login(page, 'sekretariat@vejle.demo');
    await page.goto(paths.ledger.commitment({ poolId }));
    await expectNoAxeViolations(page);
    await page.getByLabel('Projekt').selectOption({ index: 1 });
    await page.getByLabel('Budgetlinje').selectOption({ label: 'Innovation og Test' });
    await page.getByLabel(String(vejleYear(2021))).fill('600.000');
    await page.getByLabel('Reference').fill('Direktørerne 3. marts');
    await page.getByLabel('Begrundelse').fill('Afprøvning');
    await submit(page, 'Registrér bevilling');
    expect(await page.locator('.alert-error').innerText()).toContain(`Der er ikke penge nok på budgetlinjen Innovation og Test i ${vejleYear(2021)}`);
    expect(await page.getByLabel(String(vejleYear(2021))).inputValue()).toBe('600.000');
    await expectNoAxeViolations(page);
    await page.goto(paths.ledger.adjustment({ poolId }));
    await expectNoAxeViolations(page);
    await context.close();

    const applicant = await openPage(suite.browser, suite.server.baseUrl);
    await login(applicant.page, 'ansoeger@vejle.demo');
    await applicant.page.goto(paths.ledger.project({ applicationId: projectId }));
    expect(await applicant.page.locator('h1').textContent()).toContain('Skærmbesøg i hjemmeplejen');
    await expectNoAxeViolations(applicant.page);
    const res = await applicant.page.goto(paths.ledger.pool({ poolId }));
    expect(res?.status()).toBe(403);
    // 409: the refused commitment form; 403: the applicant's attempt at the pool's economy (both by design).
    expect([...problems.filter((p) => !p.includes('status of 409')), ...applicant.problems.filter((p) => !p.includes('status of 403'))]).toEqual([]);
    await applicant.context.close();
  });
});
