import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadActor } from '../src/usecases/accounts/load-actor.js';
import { buildReviewer, demoPool, stateOf, buildSubmittedApplication, userId, type DemoPool } from '../test/support/factories.js';
import { browserSuite, clickAndWait, expectNoAxeViolations, login, openPage, SCREENSHOTS, type OpenedPage, kr } from './support/index.js';
import { paths } from '../src/paths.js';
import { todayInCopenhagen } from '../src/domain/dates.js';
import { addDays } from '../src/domain/follow-up.js';
import { vejleYear } from '../test/support/demo-years.js';

/**
 * A whole round in the Vejle demo pool: two applications submitted, screened, scored by two reviewers
 * (one declares a conflict and is replaced), recommended, put on Velfærdsteknologirådet's agenda with
 * the remaining money, one approved and one rejected at the meeting, and the applicant sees the outcome.
 * Every page visited is checked with axe (WCAG 2.1 A/AA).
 */
const suite = browserSuite();
let pool: DemoPool;
const shots = SCREENSHOTS;
const apps = { a: '', b: '' };
const TITLE_A = 'Sensorgulve på Plejecenter Bøgely';
const TITLE_B = 'Spiserobot i eget hjem';

beforeAll(async () => {
  pool = await demoPool(suite.server.db, 'vejle');
  // The demo has one reviewer per organisation; this round needs three (one is replaced after a conflict).
  await buildReviewer(suite.server.db, 'vejle', 'bedoemmer2@vejle.demo', 'Karen Vestergaard');
  await buildReviewer(suite.server.db, 'vejle', 'bedoemmer3@vejle.demo', 'Ole Bak');
  const applicant = await loadActor(suite.server.db, await userId(suite.server.db, 'ansoeger@vejle.demo'));
  if (!applicant) throw new Error('no applicant');
  apps.a = await buildSubmittedApplication(suite.server.db, pool, applicant, {
    title: TITLE_A,
    amountOere: 1_200_000_00,
    year: vejleYear(2023),
    category: 'seniorer',
    targetGroup: 'seniorer',
  });
  apps.b = await buildSubmittedApplication(suite.server.db, pool, applicant, {
    title: TITLE_B,
    amountOere: 600_000_00,
    year: vejleYear(2023),
    category: 'sundhed',
    targetGroup: 'kronisk-syge',
  });
});

async function checked(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${shots}/assessment-${name}.png`, fullPage: true });
}

/** Press a submit button in the main content and wait for the page it leads to. */
async function press(page: Page, name: string, scope = page.locator('main')): Promise<void> {
  await clickAndWait(page, scope.getByRole('button', { name, exact: true }).first());
}

async function as(email: string): Promise<OpenedPage> {
  const opened = await openPage(suite.browser, suite.server.baseUrl);
  await login(opened.page, email);
  return opened;
}

/** No console errors or failed requests — except the 422 of a form sent back with its errors on purpose. */
async function done(o: OpenedPage): Promise<void> {
  expect(o.problems.filter((p) => !p.includes('status of 422'))).toEqual([]);
  await o.context.close();
}

/** Score every criterion of the rubric on the reviewer page with the same score, and submit. */
async function scoreAll(page: Page, score: string): Promise<void> {
  const names = await page
    .locator('main input[type="radio"][name^="criteria["]')
    .evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLInputElement).name))]);
  expect(names.length).toBeGreaterThan(3);
  for (const name of names) await page.locator(`main input[name="${name}"][value="${score}"]`).check();
  await page.locator('main textarea[name="overallComment"]').fill('Velbeskrevet projekt.');
  await press(page, 'Aflevér bedømmelsen');
}

describe('assessment round in the browser', () => {
  it('screen, review with a conflict and a replacement, recommend, decide at the meeting, and tell the applicant', async () => {
    // 1. The secretariat finds the applications in the pool's inbox and screens them.
    const sec = await as('sekretariat@vejle.demo');
    await Promise.all([sec.page.waitForURL('**/vurdering'), sec.page.locator('main').getByRole('link', { name: 'Sagsbehandling' }).click()]);
    await checked(sec.page, 'index');
    await Promise.all([sec.page.waitForURL('**/indbakke'), sec.page.locator('main').getByRole('link', { name: 'Indbakke' }).first().click()]);
    const inbox = sec.page.locator('main table');
    expect(await inbox.textContent()).toContain(TITLE_A);
    expect(await inbox.textContent()).toContain(TITLE_B);
    await checked(sec.page, 'inbox');
    await sec.page.getByLabel('Søg i titel og sagsnummer').fill('Spiserobot');
    await press(sec.page, 'Filtrér');
    expect(await sec.page.locator('main table tbody tr').count()).toBe(1);
    await checked(sec.page, 'inbox-filtered');

    for (const id of [apps.a, apps.b]) {
      await sec.page.goto(paths.assessment.case({ applicationId: id }));
      await press(sec.page, 'Kvalificér ansøgningen');
      expect(await sec.page.locator('main').textContent()).toContain('Ansøgningen er kvalificeret.');
    }
    await checked(sec.page, 'case-qualified');

    // Reviewers: on A Hanne Mikkelsen and Karen Vestergaard; on B Karen Vestergaard.
    await sec.page.goto(paths.assessment.case({ applicationId: apps.a }));
    await sec.page.getByLabel(/^Hanne Mikkelsen/).check();
    await sec.page.getByLabel(/^Karen Vestergaard/).check();
    await press(sec.page, 'Tildel de valgte');
    expect(await sec.page.locator('main').textContent()).toContain('Bedømmerne er tildelt');
    await checked(sec.page, 'case-reviewers');
    await sec.page.goto(paths.assessment.case({ applicationId: apps.b }));
    await sec.page.getByLabel(/^Karen Vestergaard/).check();
    await press(sec.page, 'Tildel de valgte');
    expect(await stateOf(suite.server.db, apps.a)).toBe('in_review');

    // 2. Hanne Mikkelsen declares a conflict of interest on A and is removed.
    const r1 = await as('bedoemmer@vejle.demo');
    await r1.page.goto(paths.reviews.list());
    await checked(r1.page, 'my-reviews');
    await Promise.all([
      r1.page.waitForURL(`**/bedoemmelser/${apps.a}`),
      r1.page
        .locator('main')
        .getByRole('link', { name: new RegExp(TITLE_A) })
        .click(),
    ]);
    await checked(r1.page, 'declaration');
    await r1.page.getByLabel('Ja, jeg er inhabil').check();
    await press(r1.page, 'Afgiv erklæring');
    // Without a note the declaration is refused and the choice kept.
    expect(await r1.page.locator('#note-error').textContent()).toContain('inhabiliteten');
    await checked(r1.page, 'declaration-error');
    await r1.page.getByLabel('Bemærkning').fill('Min søster er ansat hos leverandøren.');
    await press(r1.page, 'Afgiv erklæring');
    expect(new URL(r1.page.url()).pathname).toBe(paths.reviews.list());
    expect(await r1.page.locator('main').textContent()).toContain('Inhabil – taget af sagen');
    await done(r1);

    // 3. The secretariat sees the conflict and assigns a replacement.
    await sec.page.goto(paths.assessment.case({ applicationId: apps.a }));
    expect(await sec.page.locator('main').textContent()).toContain('Min søster er ansat hos leverandøren.');
    await sec.page.getByLabel(/^Ole Bak/).check();
    await press(sec.page, 'Tildel de valgte');
    await checked(sec.page, 'case-replacement');

    // 4. Two reviewers score A; Karen Vestergaard also scores B.
    const r2 = await as('bedoemmer2@vejle.demo');
    for (const [id, score] of [
      [apps.a, '4'],
      [apps.b, '2'],
    ] as const) {
      await r2.page.goto(paths.reviews.workspace({ applicationId: id }));
      await r2.page.getByLabel('Nej, jeg er habil').check();
      await press(r2.page, 'Afgiv erklæring');
      await checked(r2.page, `scoring-${score}`);
      await scoreAll(r2.page, score);
      expect(await r2.page.locator('main').textContent()).toContain('Din bedømmelse');
    }
    await done(r2);
    const r3 = await as('bedoemmer3@vejle.demo');
    await r3.page.goto(paths.reviews.workspace({ applicationId: apps.a }));
    await r3.page.getByLabel('Nej, jeg er habil').check();
    await press(r3.page, 'Afgiv erklæring');
    await scoreAll(r3.page, '5');
    // After submitting, the other reviewer's scores are visible.
    expect(await r3.page.locator('main').textContent()).toContain('Karen Vestergaard');
    await checked(r3.page, 'review-after-submit');
    await done(r3);

    // 5. The score summary ranks A above B; the secretariat recommends both.
    await sec.page.goto(paths.pools.scores({ poolId: pool.poolId }));
    const rows = await sec.page.locator('main table tbody tr th').allTextContents();
    expect(rows[0]).toContain(TITLE_A);
    expect(rows[1]).toContain(TITLE_B);
    await checked(sec.page, 'scores');

    for (const [id, amount, kind] of [
      [apps.a, '1.200.000', 'Indstilles til bevilling'],
      [apps.b, '600.000', 'Indstilles med betingelser'],
    ] as const) {
      await sec.page.goto(paths.assessment.recommend({ applicationId: id }));
      await sec.page.getByLabel(kind).check();
      await sec.page.getByLabel('Beløb (kr.)').fill(amount);
      await sec.page.getByLabel(String(vejleYear(2023)), { exact: true }).fill(id === apps.a ? '1.000.000' : amount);
      await sec.page.getByLabel('Budgetlinje', { exact: true }).selectOption({ label: 'Ordinære projekter' });
      await press(sec.page, 'Gem indstillingen');
      if (id === apps.a) {
        // The split does not add up: the form comes back with the typed values.
        expect(await sec.page.locator('main').textContent()).toContain('De skal være ens');
        expect(await sec.page.getByLabel('Beløb (kr.)').inputValue()).toBe(amount);
        await checked(sec.page, 'recommendation-error');
        await sec.page.getByLabel(String(vejleYear(2023)), { exact: true }).fill(amount);
        await press(sec.page, 'Gem indstillingen');
      } else {
        await sec.page.getByRole('textbox', { name: 'Betingelser' }).fill('Afprøvningen evalueres efter 6 måneder.');
        await press(sec.page, 'Gem indstillingen');
      }
      expect(await sec.page.locator('main').textContent()).toContain('Indstillingen er gemt.');
    }
    await checked(sec.page, 'case-recommended');
    expect(await stateOf(suite.server.db, apps.b)).toBe('recommended');

    // 6. A meeting of Velfærdsteknologirådet, and its agenda with the remaining money.
    await sec.page.goto(paths.pools.meetings({ poolId: pool.poolId }));
    await checked(sec.page, 'meetings');
    await sec.page.getByLabel('Dato').fill(addDays(todayInCopenhagen(), -1));
    await sec.page.getByLabel('Klokkeslæt').fill('15:00');
    await sec.page.getByLabel('Sted').fill('Vejle Rådhus, mødelokale 1');
    await press(sec.page, 'Opret mødet');
    expect(new URL(sec.page.url()).pathname).toMatch(/^\/moeder\/[0-9a-f-]{36}$/);
    const meetingId = new URL(sec.page.url()).pathname.split('/').pop() ?? '';
    const meetingPath = paths.meetings.show({ meetingId });
    await checked(sec.page, 'meeting-empty');
    await sec.page.getByLabel(new RegExp(TITLE_A)).fill('1');
    await sec.page.getByLabel(new RegExp(TITLE_B)).fill('2');
    await press(sec.page, 'Gem dagsordenen');
    const meetingText = (await sec.page.locator('main').textContent()) ?? '';
    expect(meetingText).toContain('Punkt 1: ');
    expect(meetingText).toContain(kr(`Rest på linjen lige nu: ${vejleYear(2023)}: 9.000.000 kr.`));
    await checked(sec.page, 'meeting-agenda');
    await sec.page.goto(paths.meetings.agenda({ meetingId }));
    expect(await sec.page.locator('main').textContent()).toContain('Puljens restbeløb pr. linje og år');
    await checked(sec.page, 'agenda-print');
    await done(sec);

    // 7. The council approves A and rejects B, then publishes the minutes.
    const council = await as('raad@vejle.demo');
    await council.page.goto(meetingPath);
    await checked(council.page, 'meeting-council');
    await Promise.all([
      council.page.waitForURL('**/afgoerelse'),
      council.page
        .locator('main')
        .getByRole('link', { name: /Registrér afgørelse for punkt 1/ })
        .click(),
    ]);
    await checked(council.page, 'decision-form');
    // The form is filled from the recommendation.
    expect(await council.page.getByLabel('Beløb (kr.)').inputValue()).toBe('1.200.000');
    await council.page.getByLabel('Bevilget').check();
    await press(council.page, 'Registrér afgørelsen');
    expect(await council.page.locator('main').textContent()).toContain('Afgørelsen er registreret i referatet.');
    await Promise.all([
      council.page.waitForURL('**/afgoerelse'),
      council.page
        .locator('main')
        .getByRole('link', { name: /Registrér afgørelse for punkt 2/ })
        .click(),
    ]);
    await council.page.getByLabel('Afslået').check();
    await press(council.page, 'Registrér afgørelsen');
    expect(await council.page.locator('#reason-error').textContent()).toContain('begrundelsen');
    await checked(council.page, 'decision-error');
    await council.page.getByLabel('Begrundelse').fill('Rådet prioriterer projekter på plejecentrene i denne runde.');
    await press(council.page, 'Registrér afgørelsen');
    expect(await council.page.locator('main').textContent()).toContain(kr(`Rest på linjen lige nu: ${vejleYear(2023)}: 7.800.000 kr.`));
    await press(council.page, 'Offentliggør referatet');
    expect(await council.page.locator('main').textContent()).toContain('Referatet er offentliggjort');
    await checked(council.page, 'minutes-published');
    await done(council);
    expect(await stateOf(suite.server.db, apps.a)).toBe('approved');
    expect(await stateOf(suite.server.db, apps.b)).toBe('rejected');

    // 8. The applicant sees the outcome.
    const applicant = await as('ansoeger@vejle.demo');
    await applicant.page.goto(paths.notifications.list());
    const notes = (await applicant.page.locator('main').textContent()) ?? '';
    expect(notes).toContain('er bevilget');
    expect(notes).toContain(kr('1.200.000 kr.'));
    expect(notes).toContain('er afslået');
    expect(notes).toContain('Rådet prioriterer projekter på plejecentrene i denne runde.');
    await checked(applicant.page, 'applicant-notifications');
    await applicant.page.goto(paths.applications.show({ applicationId: apps.a }));
    expect(await applicant.page.locator('main').textContent()).toContain('Bevilget');
    await checked(applicant.page, 'applicant-application');
    await done(applicant);
  }, 240_000);
});
