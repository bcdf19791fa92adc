import { mkdirSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { decisionBodies } from '../src/db/schema/pools.js';
import { DEMO_PASSWORD } from '../src/demo/seed.js';
import { addMonths, todayInCopenhagen } from '../src/domain/dates.js';
import { createUser } from '../src/usecases/accounts/create-user.js';
import { grantRole } from '../src/usecases/accounts/grant-role.js';
import { loadActor } from '../src/usecases/accounts/load-actor.js';
import { createMeeting } from '../src/usecases/meetings/create-meeting.js';
import { paths } from '../src/paths.js';
import { buildProject, stateOf, userId } from '../test/support/factories.js';
import { browserSuite, clickAndWait, expectNoAxeViolations, login, openPage, type OpenedPage } from './support/index.js';
import { vejleYear } from '../test/support/demo-years.js';

/**
 * A Vejle project from start to handover, as the roles do it: the secretariat starts it and assigns a
 * welfare-technology consultant; the lead applicant writes and submits the 12-month follow-up report
 * with a measured value per result goal; the secretariat accepts it; the consultant records the
 * evaluation on the VTV dimensions; the secretariat puts it on Velfærdsteknologirådet's agenda;
 * management (decision_body) decides to scale up; the secretariat records the handover with an
 * operating budget. Every page visited is checked with axe at desktop width and at 375 px, where the
 * page must not scroll sideways; screenshots of both go to .tmp/screens/.
 */
const suite = browserSuite();
const SHOTS = '.tmp/screens';
const TITLE = 'Digital dagsstruktur på Bofællesskabet Lindely';
const CONSULTANT = 'konsulent@vejle.demo';
const ids = { applicationId: '', meetingId: '' };
/** Layout and accessibility findings, collected so one run shows them all. */
const findings: string[] = [];

/** dd.mm.åååå, as a person types a date. */
const danish = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
const today = todayInCopenhagen();

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const db = suite.server.db;
  const { applicationId, pool } = await buildProject(db, 'vejle', { title: TITLE, commitOere: 300_000_00, year: vejleYear(2023) });
  ids.applicationId = applicationId;
  await createUser(db, null, { email: CONSULTANT, name: 'Kirsten Holm', password: DEMO_PASSWORD });
  await grantRole(db, null, { email: CONSULTANT, organisationSlug: 'vejle', role: 'consultant' });
  const [council] = await db.select({ id: decisionBodies.id }).from(decisionBodies).where(eq(decisionBodies.poolId, pool.poolId));
  const secretariat = await loadActor(db, await userId(db, 'sekretariat@vejle.demo'));
  if (!council || !secretariat) throw new Error('no council or secretariat');
  const meeting = await createMeeting(db, secretariat, {
    decisionBodyId: council.id,
    startsAt: `${addMonths(today, 1)}T15:00`,
    location: 'Vejle Rådhus, mødelokale 1',
  });
  ids.meetingId = meeting.id;
});

/** axe at desktop width and at 375 px, no sideways scroll at 375 px, and a screenshot of each. */
async function checked(page: Page, name: string): Promise<void> {
  const axe = async (width: string) => {
    try {
      await expectNoAxeViolations(page);
    } catch (err) {
      findings.push(`${name} (${width}): ${(err as Error).message}`);
    }
  };
  await axe('desktop');
  await page.screenshot({ path: `${SHOTS}/projects-${name}-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 375, height: 800 });
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  if (scrollWidth > innerWidth) findings.push(`${name}: scrolls sideways at 375 px (scrollWidth ${scrollWidth} > ${innerWidth})`);
  await axe('375 px');
  await page.screenshot({ path: `${SHOTS}/projects-${name}-375.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function as(email: string): Promise<OpenedPage> {
  const opened = await openPage(suite.browser, suite.server.baseUrl);
  opened.page.on('response', (res) => {
    if (res.request().resourceType() === 'document' && res.status() >= 500) opened.problems.push(`server error ${res.status()}: ${res.url()}`);
  });
  await login(opened.page, email);
  return opened;
}

async function done(o: OpenedPage): Promise<void> {
  expect(o.problems.filter((p) => !p.includes('status of 422'))).toEqual([]);
  await o.context.close();
}

const main = (page: Page) => page.locator('main');
async function press(page: Page, name: string): Promise<void> {
  await clickAndWait(page, main(page).getByRole('button', { name, exact: true }).first());
}
/** Fails with the form's error summary when a form came back refused. */
async function accepted(page: Page): Promise<void> {
  const summary = page.locator('main .alert-error');
  if ((await summary.count()) > 0) throw new Error(`form refused on ${page.url()}: ${(await summary.first().textContent())?.replace(/\s+/g, ' ')}`);
}
async function follow(page: Page, name: string | RegExp): Promise<void> {
  await clickAndWait(page, main(page).getByRole('link', { name }).first());
}
const text = async (page: Page) => (await main(page).textContent()) ?? '';
const project = () => paths.projects.show({ applicationId: ids.applicationId });

describe('a Vejle project from start to handover in the browser', () => {
  it('start, report, accept, evaluate, agenda, scale-up decision and handover', { timeout: 400_000 }, async () => {
    // 1. The secretariat starts the project (the actual start ~12 months ago, so the 12-month report is due soon).
    const sec = await as('sekretariat@vejle.demo');
    await sec.page.goto(project());
    await checked(sec.page, 'project-approved');
    // Without a start date the form comes back with a Danish error next to the field.
    await press(sec.page, 'Igangsæt');
    expect(await sec.page.locator('#startedOn-error').textContent()).toContain('startdato');
    await checked(sec.page, 'project-start-error');
    const start = new Date(`${addMonths(today, -12)}T12:00:00Z`);
    start.setUTCDate(start.getUTCDate() + 10);
    const startIso = start.toISOString().slice(0, 10);
    await sec.page.getByLabel('Faktisk startdato').fill(danish(startIso));
    await press(sec.page, 'Igangsæt');
    expect(await stateOf(suite.server.db, ids.applicationId)).toBe('in_trial');
    expect(await text(sec.page)).toContain('Opfølgning efter 12 måneder');
    // The start date shows the Danish way, never ISO.
    expect(await text(sec.page)).not.toContain(startIso);
    // …and assigns the welfare-technology consultant.
    await sec.page.getByLabel('Konsulentens e-mail').fill(CONSULTANT);
    await press(sec.page, 'Gem');
    expect(await text(sec.page)).toContain('Kirsten Holm');
    await checked(sec.page, 'project-started');
    // The 12-month report is due within 30 days: it is on the reports-due table.
    await sec.page.goto(paths.projects.reportsDue());
    expect(await text(sec.page)).toContain(TITLE);
    await checked(sec.page, 'reports-due');

    // 2. The lead applicant finds the project from the application and writes the 12-month report.
    const app = await as('ansoeger@vejle.demo');
    await app.page.goto(paths.applications.show({ applicationId: ids.applicationId }));
    await checked(app.page, 'application-approved');
    await follow(app.page, /^Projektet:/);
    expect(new URL(app.page.url()).pathname).toBe(project());
    await checked(app.page, 'project-applicant');
    await follow(app.page, 'Opfølgning efter 12 måneder');
    await checked(app.page, 'report-due');
    await follow(app.page, 'Skriv rapporten');
    const measuredOn = danish(today);
    for (const [i, value, onTrack] of [
      [0, '12 af 22', 'yes'],
      [1, '60', 'no'],
    ] as const) {
      await app.page.locator(`input[name="content[goals][${i}][value]"]`).fill(value);
      await app.page.locator(`input[name="content[goals][${i}][measuredOn]"]`).fill(measuredOn);
      await app.page.locator(`input[name="content[goals][${i}][method]"]`).fill(i === 0 ? 'Registrering i dagbogen' : 'Tidsregistrering');
      await app.page.locator(`select[name="content[goals][${i}][onTrack]"]`).selectOption(onTrack);
    }
    await app.page.locator('input[name="content[hoursFreedPerYear]"]').fill('700');
    await app.page.locator('input[name="content[spending][0][year]"]').fill(String(vejleYear(2023)));
    await app.page.locator('select[name="content[spending][0][costType]"]').selectOption('equipment');
    await app.page.locator('input[name="content[spending][0][amount]"]').fill('180.000');
    await app.page.locator('textarea[name="content[lessons]"]').fill('Skærmene skal hænge, hvor beboerne spiser; ellers bliver dagsplanen overset.');
    await app.page
      .locator('textarea[name="content[adoption]"]')
      .fill('Andre bofællesskaber kan bruge vores skabeloner til dagsplaner og oplæringen af personalet.');
    await press(app.page, 'Gem kladde');
    await checked(app.page, 'report-form');
    await press(app.page, 'Indsend rapporten');
    await accepted(app.page);
    expect(await text(app.page)).toContain('Indsendt');
    await checked(app.page, 'report-submitted');

    // 3. The secretariat accepts the report; the reports-due table and the portfolio show the project.
    await sec.page.goto(project());
    await follow(sec.page, 'Opfølgning efter 12 måneder');
    await sec.page.getByLabel('Godkend rapporten').check();
    await press(sec.page, 'Gem vurdering');
    await accepted(sec.page);
    expect(await text(sec.page)).toContain('Godkendt');
    await checked(sec.page, 'report-accepted');
    await sec.page.goto(paths.projects.portfolio());
    expect(await text(sec.page)).toContain(TITLE);
    await checked(sec.page, 'portfolio');
    await sec.page.goto(project());
    expect(await text(sec.page)).toContain('12 af 22');
    await checked(sec.page, 'project-report-accepted');

    // 4. The assigned consultant records the evaluation on the VTV dimensions (and ethics/law, transferability).
    const con = await as(CONSULTANT);
    await con.page.goto(project());
    await checked(con.page, 'project-consultant');
    await follow(con.page, 'Skriv evalueringen');
    await checked(con.page, 'evaluation-form');
    for (const d of ['citizen', 'organisation', 'technology', 'economy', 'ethicsLaw', 'transferability']) {
      await con.page.locator(`select[name="dimensions[${d}][score]"]`).selectOption('4');
      await con.page.locator(`textarea[name="dimensions[${d}][argument]"]`).fill('Godt dokumenteret i opfølgningsrapporten.');
    }
    for (const [i, after] of [
      [0, '13 af 22'],
      [1, '70'],
    ] as const) {
      await con.page.locator(`input[name="goals[${i}][after]"]`).fill(after);
      await con.page.locator(`input[name="goals[${i}][met]"][value="nej"]`).check();
    }
    await con.page.getByRole('radio', { name: 'Opskalering', exact: true }).check();
    await con.page.getByRole('group', { name: 'Ved opskalering: til hvilke enheder?' }).getByLabel('Velfærd').check();
    await con.page.getByLabel('Begrundelse for anbefalingen').fill('Målene er næsten nået, og løsningen kan bruges i de andre bofællesskaber.');
    await press(con.page, 'Gem evalueringen');
    await accepted(con.page);
    expect(await stateOf(suite.server.db, ids.applicationId)).toBe('evaluated');
    await checked(con.page, 'evaluation-recorded');
    await done(con);

    // 5. The secretariat puts the evaluation on Velfærdsteknologirådet's agenda.
    await sec.page.goto(paths.projects.evaluation({ applicationId: ids.applicationId }));
    await sec.page.locator('select[name="meetingId"]').selectOption(ids.meetingId);
    await press(sec.page, 'Sæt på dagsordenen');
    await accepted(sec.page);
    await checked(sec.page, 'evaluation-on-agenda');
    await sec.page.goto(paths.meetings.show({ meetingId: ids.meetingId }));
    expect(await text(sec.page)).toContain('Evalueringer til forelæggelse');
    expect(await text(sec.page)).toContain(TITLE);
    await checked(sec.page, 'meeting');
    await sec.page.goto(paths.meetings.agenda({ meetingId: ids.meetingId }));
    expect(await text(sec.page)).toContain(TITLE);
    await checked(sec.page, 'agenda-print');

    // 6. Management decides to scale up.
    const raad = await as('raad@vejle.demo');
    await raad.page.goto(project());
    await checked(raad.page, 'project-management');
    await follow(raad.page, /^Beslut drift/);
    await checked(raad.page, 'decision-form');
    await raad.page.getByRole('radio', { name: 'Opskalering', exact: true }).check();
    await raad.page.getByLabel('Dato for beslutningen').fill(danish(today));
    await raad.page.getByLabel('Begrundelse').fill('Velfærdsteknologirådet anbefaler udbredelse; direktionen beslutter opskalering.');
    await raad.page.getByRole('group', { name: 'Ved opskalering: til hvilke enheder?' }).getByLabel('Velfærd').check();
    await press(raad.page, 'Registrér beslutningen');
    await accepted(raad.page);
    expect(await stateOf(suite.server.db, ids.applicationId)).toBe('scaled_up');
    await checked(raad.page, 'decision-recorded');
    await done(raad);

    // 7. The secretariat records the handover with the operating budget that pays from now on.
    await sec.page.goto(project());
    await follow(sec.page, 'Registrér overdragelse til drift');
    await checked(sec.page, 'handover-form');
    await sec.page.getByLabel('Enhed, der ejer driften').selectOption({ label: 'Velfærd' });
    await sec.page.getByLabel('Driftsbudget, der betaler fremover').fill('Bofællesskabernes driftsbudget, konto 5.38.50');
    await sec.page.getByLabel('Årlige driftsudgifter').fill('66.000');
    await sec.page.getByLabel('Oplæringsplan').fill('To superbrugere pr. bofællesskab oplærer kollegerne.');
    await sec.page.getByLabel('I drift fra').fill(danish(addMonths(today, 1)));
    await press(sec.page, 'Registrér overdragelsen');
    await accepted(sec.page);
    expect(await text(sec.page)).toContain('Overdragelsen til drift er registreret');
    await checked(sec.page, 'handover-recorded');
    await sec.page.goto(project());
    expect(await text(sec.page)).toContain('Bofællesskabernes driftsbudget');
    expect(await main(sec.page).getByRole('link', { name: 'Registrér overdragelse til drift' }).count()).toBe(0);
    await checked(sec.page, 'project-handed-over');

    // The applicant sees the outcome on the project page, without the staff's action links.
    await app.page.goto(project());
    expect(await text(app.page)).toContain('Opskalering');
    expect(
      await main(app.page)
        .getByRole('link', { name: /^Beslut drift/ })
        .count(),
    ).toBe(0);
    await checked(app.page, 'project-applicant-handed-over');
    await done(app);
    await done(sec);

    expect(findings).toEqual([]);
  });
});
