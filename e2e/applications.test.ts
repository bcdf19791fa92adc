import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { paths } from '../src/paths.js';
import { THIS_YEAR } from '../test/support/demo-years.js';

/** The demo pools run to next year (src/demo/dating.ts). */
const NEXT_YEAR = THIS_YEAR + 1;
import { browserSuite, clickAndWait, expectNoAxeViolations, login, openPage, SCREENSHOTS, kr } from './support/index.js';

const suite = browserSuite();
const shots = SCREENSHOTS;

/** Press a submit button in the main content and wait for the page it leads to. */
async function press(page: Page, name: string): Promise<void> {
  await clickAndWait(page, page.locator('main').getByRole('button', { name, exact: true }).first());
}

/** Check the page against WCAG 2.1 A/AA and keep a screenshot. */
async function checked(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${shots}/applications-${name}.png`, fullPage: true });
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

describe('applications in the browser', () => {
  it('an applicant in Horsens walks an idea into a submitted application through every step; no axe violations', async () => {
    const { page, context, problems } = await openPage(suite.browser, suite.server.baseUrl);
    await login(page, 'ansoeger@horsens.demo');

    // The overview, from the start page.
    await Promise.all([page.waitForURL('**/ansoegninger'), page.locator('main').getByRole('link', { name: 'Idéer og ansøgninger' }).click()]);
    expect(await page.locator('h1').textContent()).toBe('Ansøgninger');
    await checked(page, 'overview');

    // A new idea; a validation error keeps what was typed.
    await Promise.all([page.waitForURL('**/ideer/ny'), page.getByRole('link', { name: 'Ny idé' }).click()]);
    await checked(page, 'new-idea');
    await page.getByLabel('Pulje', { exact: true }).selectOption({ index: 1 });
    await page.getByLabel('Idéens titel', { exact: true }).fill('Skærmbesøg i hjemmeplejen');
    await page.getByLabel('Kort beskrivelse af idéen', { exact: true }).fill('Korte tilsyn over skærm i stedet for kørsel.');
    await press(page, 'Send idéen til sekretariatet');
    expect(await page.locator('#needAnalysis-error').textContent()).toContain('Beskriv behovet');
    expect(await page.getByLabel('Idéens titel', { exact: true }).inputValue()).toBe('Skærmbesøg i hjemmeplejen');
    expect(await page.getByLabel('Kort beskrivelse af idéen', { exact: true }).inputValue()).toBe('Korte tilsyn over skærm i stedet for kørsel.');
    await checked(page, 'new-idea-error');
    await page.getByLabel('Behovsanalyse', { exact: true }).fill('Hjemmeplejen kører mange korte tilsyn, der kunne klares over skærm.');
    await press(page, 'Send idéen til sekretariatet');
    expect(new URL(page.url()).pathname).toMatch(/^\/ideer\/[0-9a-f-]{36}$/);
    const ideaPath = new URL(page.url()).pathname;
    await checked(page, 'idea');

    // The secretariat advises and assesses, in its own browser session.
    const staff = await openPage(suite.browser, suite.server.baseUrl);
    await login(staff.page, 'sekretariat@horsens.demo');
    await staff.page.goto(ideaPath);
    await staff.page.getByLabel('Økonomi', { exact: true }).check();
    await staff.page.getByLabel('Råd til ansøgeren', { exact: true }).fill('Regn på de frigjorte timer i business casen.');
    await press(staff.page, 'Send');
    await staff.page.getByLabel('Lovende', { exact: true }).check();
    await staff.page.getByLabel('Begrundelse', { exact: true }).fill('Søg puljen.');
    await press(staff.page, 'Gem vurdering');
    await checked(staff.page, 'idea-secretariat');
    await staff.page.goto(paths.ideas.list());
    expect(await staff.page.locator('main table').textContent()).toContain('Skærmbesøg i hjemmeplejen');
    await checked(staff.page, 'ideas-secretariat');
    expect(staff.problems).toEqual([]);
    await staff.context.close();

    // The applicant sees the advice and turns the idea into an application.
    await page.goto(ideaPath);
    expect(await page.locator('#advice-thread').textContent()).toContain('Regn på de frigjorte timer i business casen.');
    expect(await page.locator('main').textContent()).toContain('Sekretariatets vurdering: Lovende');
    await press(page, 'Gør idéen til en ansøgning');
    expect(new URL(page.url()).pathname).toMatch(/^\/ansoegninger\/[0-9a-f-]{36}$/);
    const base = new URL(page.url()).pathname;
    expect(await page.locator('h1').textContent()).toBe('Skærmbesøg i hjemmeplejen');
    await checked(page, 'task-list');

    // 1 Grundoplysninger: the idea's text is carried over.
    await page.getByRole('link', { name: 'Grundoplysninger' }).click();
    await page.waitForURL(`**${base}/trin/grundoplysninger`);
    expect(await page.getByLabel('Kort resumé', { exact: true }).inputValue()).toBe('Korte tilsyn over skærm i stedet for kørsel.');
    await page.getByLabel('Projekttype', { exact: true }).selectOption({ index: 1 });
    await page.getByLabel('Kategori', { exact: true }).selectOption({ index: 1 });
    await page.locator('input[name="targetGroups"]').first().check();
    await checked(page, 'step-basics');
    await press(page, 'Gem og fortsæt');

    // 2 Organisering: an invalid CVR number is refused and the typed rows are kept.
    expect(new URL(page.url()).pathname).toBe(`${base}/trin/organisering`);
    await page.getByLabel('Ansvarlig enhed (projektejer)', { exact: true }).selectOption({ index: 1 });
    await page.locator('input[name="privatePartners[0][name]"]').fill('Skærm A/S');
    await page.locator('input[name="privatePartners[0][cvr]"]').fill('12345678');
    await page.locator('input[name="privatePartners[0][role]"]').fill('Leverandør af tablets');
    await press(page, 'Tilføj privat partner');
    expect(await page.locator('#privatePartners-0-cvr-error').textContent()).toContain('CVR-nummeret skal være 8 cifre og bestå kontrollen (modulus 11)');
    expect(await page.locator('input[name="privatePartners[0][name]"]').inputValue()).toBe('Skærm A/S');
    expect(await page.locator('input[name="privatePartners[0][cvr]"]').inputValue()).toBe('12345678');
    expect(await page.locator('input[name="privatePartners[0][role]"]').inputValue()).toBe('Leverandør af tablets');
    await checked(page, 'step-organisation-error');
    await page.locator('input[name="privatePartners[0][cvr]"]').fill('10150817');
    await press(page, 'Tilføj privat partner');
    // Saved; one blank row more.
    expect(await page.locator('input[name="privatePartners[1][name]"]').inputValue()).toBe('');
    await page.locator('input[name="publicPartners[0][name]"]').fill('Region Midtjylland');
    await press(page, 'Gem og fortsæt');

    // 3 Behov og løsning.
    expect(new URL(page.url()).pathname).toBe(`${base}/trin/behov-og-loesning`);
    expect(await page.getByLabel('Behovsanalyse', { exact: true }).inputValue()).toContain('mange korte tilsyn');
    await page.getByLabel('Løsningen', { exact: true }).fill('Tablets med skærmbesøg hos 40 borgere.');
    await page.getByLabel('Hvad er nyt?', { exact: true }).fill('Skærmbesøg bruges ikke i Horsens endnu.');
    await page.getByLabel('En ny løsning', { exact: true }).check();
    await page.locator('input[name="citizenFacing"][value="ja"]').check();
    await page.locator('input[name="replacesOrPostpones"][value="ja"]').check();
    await page.getByLabel('Beskriv, hvilken indsats der erstattes eller udskydes', { exact: true }).fill('En del af de fysiske tilsyn.');
    await checked(page, 'step-need');
    await press(page, 'Gem og fortsæt');

    // 4 Værdi og mål.
    await page.getByRole('textbox', { name: 'Værdi for borgerne', exact: true }).fill('Færre forstyrrelser i hjemmet.');
    await page.getByRole('textbox', { name: 'Værdi for medarbejderne', exact: true }).fill('Mindre kørsel.');
    await page.getByLabel('Økonomisk værdi (bedre udnyttelse af ressourcerne)', { exact: true }).fill('800 frigjorte timer om året.');
    const goal = page.locator('input[name="effectGoals"]');
    if ((await goal.count()) > 0) await goal.first().check();
    await page.locator('input[name="resultGoals[0][indicator]"]').fill('Skærmbesøg pr. uge');
    await page.locator('input[name="resultGoals[0][baseline]"]').fill('0');
    await page.locator('input[name="resultGoals[0][target]"]').fill('200');
    await page.locator('input[name="resultGoals[0][method]"]').fill('Udtræk fra omsorgssystemet');
    await page.locator('input[name="resultGoals[0][deadline]"]').fill(`${NEXT_YEAR}-12-31`);
    await checked(page, 'step-value');
    await press(page, 'Gem og fortsæt');

    // 5 Budget: only lines open for applications are offered.
    expect(await page.getByLabel('Budgetlinje, der søges fra', { exact: true }).locator('option').allTextContents()).not.toContain('Drift af telemedicin');
    await page.getByLabel('Budgetlinje, der søges fra', { exact: true }).selectOption({ index: 1 });
    await page.locator('input[name="budget[0][year]"]').fill(String(NEXT_YEAR));
    await page.locator('select[name="budget[0][costType]"]').selectOption('equipment');
    await page.locator('input[name="budget[0][description]"]').fill('40 tablets');
    await page.locator('input[name="budget[0][amountOere]"]').fill('300.000');
    await page.locator('input[name="coFinancing[0][source]"]').fill('Hjemmeplejens driftsbudget');
    await page.locator('input[name="coFinancing[0][amountOere]"]').fill('50.000');
    await checked(page, 'step-budget');
    await press(page, 'Gem og fortsæt');

    // 6 Tidsplan.
    await page.getByLabel('Startdato', { exact: true }).fill(`${NEXT_YEAR}-02-01`);
    await page.getByLabel('Slutdato', { exact: true }).fill(`${NEXT_YEAR}-12-31`);
    await page.locator('input[name="milestones[0][date]"]').fill(`${NEXT_YEAR}-03-01`);
    await page.locator('input[name="milestones[0][title]"]').fill('De første borgere i gang');
    await checked(page, 'step-timeline');
    await press(page, 'Gem og fortsæt');

    // 7 Business case: the figures follow the typing (script), and "Beregn" saves and computes on the server.
    expect(await page.getByLabel('Diskonteringsrente (%)', { exact: true }).inputValue()).toBe('3,5');
    await page.getByLabel('Engangsinvestering', { exact: true }).fill('500.000');
    await page.getByLabel('Årlige driftsudgifter', { exact: true }).fill('25.000');
    await page.getByLabel('Frigjorte timer pr. år', { exact: true }).fill('400');
    await page.getByLabel('Timepris', { exact: true }).fill('350');
    await page.getByLabel('Øvrig besparelse pr. år', { exact: true }).fill('10.000');
    await expect.poll(() => page.locator('[data-figure="npv"]').textContent(), { timeout: 10_000 }).toBe(kr('64.381,55 kr.'));
    expect(await page.locator('[data-figure="payback"]').textContent()).toBe('År 4');
    await press(page, 'Beregn');
    expect(await page.locator('[data-figure="npv"]').textContent()).toBe(kr('64.381,55 kr.'));
    expect(await page.getByLabel('Engangsinvestering', { exact: true }).inputValue()).toBe('500.000');
    await checked(page, 'step-business-case');
    await press(page, 'Gem og fortsæt');

    // 8 Drift og uddannelse.
    await page
      .getByLabel('Plan for finansiering af driften efter puljen', { exact: true })
      .fill(`Licenserne betales af hjemmeplejens budget fra ${NEXT_YEAR + 1}.`);
    await page.getByLabel('Plan for oplæring af medarbejderne', { exact: true }).fill('To superbrugere pr. gruppe oplærer kollegerne.');
    await checked(page, 'step-operation');
    await press(page, 'Gem og fortsæt');

    // 9 Etik og databeskyttelse.
    await page.getByLabel('Mindste-indgriben-princippet', { exact: true }).fill('Borgeren vælger selv skærmbesøg frem for fysisk besøg.');
    await page.getByLabel('Samtykke og borgerens egne ønsker', { exact: true }).fill('Skriftligt samtykke; kan trækkes tilbage.');
    await page.getByLabel('Frihed og privatliv over for tryghed', { exact: true }).fill('Ingen optagelser; borgeren styrer opkaldet.');
    await checked(page, 'step-ethics');
    await press(page, 'Gem og fortsæt');

    // 10 Bilag: a PDF.
    expect(new URL(page.url()).pathname).toBe(`${base}/trin/bilag`);
    await page.getByLabel('Vedhæft en fil', { exact: true }).setInputFiles({ name: 'projektplan.pdf', mimeType: 'application/pdf', buffer: PDF });
    await press(page, 'Vedhæft fil');
    expect(await page.locator('main').textContent()).toContain('projektplan.pdf');
    await checked(page, 'step-attachments');
    await Promise.all([page.waitForURL(`**${base}/tjek`), page.getByRole('link', { name: 'Fortsæt til Tjek dine svar' }).click()]);

    // Tjek dine svar: every rule of the Horsens pool met, nothing missing.
    expect(await page.locator('#missing').count()).toBe(0);
    expect(await page.locator('#eligibility').textContent()).toContain('Projektet skal skabe værdi på mindst to af de tre bundlinjer');
    expect(await page.locator('#eligibility .badge-error').count()).toBe(0);
    await checked(page, 'check');
    await press(page, 'Indsend ansøgningen');

    expect(new URL(page.url()).pathname).toBe(base);
    expect(await page.locator('main').textContent()).toContain('Ansøgningen er indsendt');
    expect(await page.locator('main').textContent()).toContain('Version 1 er gemt og kan ikke ændres.');
    await checked(page, 'submitted');

    await page.goto(paths.applications.list());
    expect(await page.locator('main table').first().textContent()).toBeTruthy();
    expect(await page.locator('main').textContent()).toContain('Indsendt');
    await checked(page, 'overview-after');
    await page.goto(paths.applications.versions({ applicationId: base.split('/')[2] ?? '' }));
    await checked(page, 'versions');

    expect(problems.filter((p) => !p.includes('status of 422'))).toEqual([]);
    await context.close();
  }, 240_000);
});
