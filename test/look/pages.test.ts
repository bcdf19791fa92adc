import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/db/schema/accounts.js';
import { applications } from '../../src/db/schema/applications.js';
import { departments } from '../../src/db/schema/organisations.js';
import { pools } from '../../src/db/schema/pools.js';
import { seedDemoCases } from '../../src/demo/cases.js';
import { appliedAmountOere, coFinancingOere, readContent } from '../../src/domain/application-content.js';
import { formatTimeInput, normaliseTimeInput } from '../../src/domain/dates.js';
import { formatKroner } from '../../src/domain/money.js';
import type { Rubric } from '../../src/domain/scoring.js';
import { paths } from '../../src/paths.js';
import { commonScale } from '../../src/web/pages/assessment/score-views.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { demoPool, type DemoPool } from '../support/factories.js';

/** Issue 11 item 9: case pages name who applies, amounts and dates read the Danish way, the active tab matches the page. */
let t: TestApp;
let pool: DemoPool;
let kol: { id: string; lead: string; unit: string; budgetOere: number; coFinancingOere: number };

beforeAll(async () => {
  t = await createTestApp('demo');
  await seedDemoCases(t.db);
  pool = await demoPool(t.db, 'vejle');
  const [row] = await t.db
    .select({ id: applications.id, content: applications.content, lead: users.name, unit: departments.name })
    .from(applications)
    .innerJoin(users, eq(users.id, applications.leadUserId))
    .innerJoin(departments, eq(departments.id, applications.leadDepartmentId))
    .where(and(eq(applications.poolId, pool.poolId), eq(applications.title, 'Telemedicinsk KOL-kuffert i eget hjem')));
  if (!row) throw new Error('no demo application');
  const content = readContent(row.content);
  kol = { id: row.id, lead: row.lead, unit: row.unit, budgetOere: appliedAmountOere(content), coFinancingOere: coFinancingOere(content) };
}, 120_000);
afterAll(() => t.close());

const page = async (email: string, url: string): Promise<string> => {
  const res = await (await t.as(email)).get(url);
  expect(res.status, url).toBe(200);
  return res.text();
};

/** The label and value of a structured-list row, or of a "Label: value" list item. */
const row = (html: string, label: string): string | undefined =>
  (new RegExp(`<th scope="row">${label}</th><td>([^<]*)</td>`).exec(html)?.[1] ?? new RegExp(`<li>${label}: ([^<]*)</li>`).exec(html)?.[1])?.replace(
    /&amp;/g,
    '&',
  );

describe('case pages show the lead applicant and the unit', () => {
  it("the secretariat's case page", async () => {
    const html = await page('sekretariat@vejle.demo', paths.assessment.case({ applicationId: kol.id }));
    expect(row(html, 'Ansvarlig ansøger')).toBe(kol.lead);
    expect(row(html, 'Ansvarlig enhed')).toBe(kol.unit);
  });
  it("the reviewer's page", async () => {
    const html = await page('bedoemmer@vejle.demo', paths.reviews.workspace({ applicationId: kol.id }));
    expect(row(html, 'Ansvarlig ansøger')).toBe(kol.lead);
    expect(row(html, 'Ansvarlig enhed')).toBe(kol.unit);
  });
  it("the application's page", async () => {
    const html = await page('ansoeger@vejle.demo', paths.applications.show({ applicationId: kol.id }));
    expect(row(html, 'Ansvarlig ansøger')).toBe(kol.lead);
    expect(row(html, 'Ansvarlig enhed')).toBe(kol.unit);
  });
});

describe('"Søgt beløb" is the amount sought from the pool, without co-financing', () => {
  it('the same figure on the application, case and review pages; co-financing named beside it', async () => {
    expect(kol.coFinancingOere).toBeGreaterThan(0);
    const sought = formatKroner(kol.budgetOere);
    const app = await page('ansoeger@vejle.demo', paths.applications.show({ applicationId: kol.id }));
    expect(row(app, 'Søgt beløb')).toBe(sought);
    expect(row(app, 'Medfinansiering \\(ud over det søgte beløb\\)')).toBe(formatKroner(kol.coFinancingOere));
    expect(row(await page('sekretariat@vejle.demo', paths.assessment.case({ applicationId: kol.id })), 'Søgt beløb')).toBe(sought);
    expect(row(await page('bedoemmer@vejle.demo', paths.reviews.workspace({ applicationId: kol.id })), 'Søgt beløb')).toBe(sought);
  });
});

describe('the active tab matches the page', () => {
  /** The labels of the main menu's active entries (desktop and mobile menus render the same list). */
  const activeTabs = (html: string): string[] => [
    ...new Set([...html.matchAll(/<li class="active(?: current)?"><a href="[^"]*" class="nav-link"[^>]*><span>([^<]+)<\/span>/g)].map((m) => m[1] ?? '')),
  ];
  it('the inbox and a case are "Sagsbehandling", not "Puljer"', async () => {
    expect(activeTabs(await page('sekretariat@vejle.demo', paths.pools.inbox({ poolId: pool.poolId })))).toEqual(['Sagsbehandling']);
    expect(activeTabs(await page('sekretariat@vejle.demo', paths.assessment.case({ applicationId: kol.id })))).toEqual(['Sagsbehandling']);
    expect(activeTabs(await page('sekretariat@vejle.demo', paths.pools.show({ poolId: pool.poolId })))).toEqual(['Puljer']);
  });
  it('a pool\'s economy is "Økonomi"; a project\'s economy is "Økonomi" for finance and "Ansøgninger" for the applicant', async () => {
    expect(activeTabs(await page('oekonomi@vejle.demo', paths.ledger.pool({ poolId: pool.poolId })))).toEqual(['Økonomi']);
    const [robot] = await t.db.select({ id: applications.id }).from(applications).where(eq(applications.title, 'Robotstøvsugere i plejeboliger'));
    if (!robot) throw new Error('no demo application');
    expect(activeTabs(await page('oekonomi@vejle.demo', paths.ledger.project({ applicationId: robot.id })))).toEqual(['Økonomi']);
    expect(activeTabs(await page('ansoeger@vejle.demo', paths.ledger.project({ applicationId: robot.id })))).toEqual(['Ansøgninger']);
  });
  it('the front page is the current page of "Forside" only', async () => {
    const html = await page('sekretariat@vejle.demo', paths.home());
    expect(activeTabs(html)).toEqual(['Forside']);
    expect(html).toMatch(/<li class="active current"><a href="\/" class="nav-link" aria-current="page">/);
  });
});

describe('one time format (15.00) and Danish dates in hints and headings', () => {
  it('a time is read as typed the Danish way and shown with a period', () => {
    expect(normaliseTimeInput('15.00')).toBe('15:00');
    expect(normaliseTimeInput('kl. 9.30')).toBe('09:30');
    expect(normaliseTimeInput('1500')).toBe('15:00');
    expect(normaliseTimeInput('9:30')).toBe('09:30');
    expect(formatTimeInput('15:00')).toBe('15.00');
  });
  it('a meeting created with the time "15.00" starts at 15.00 and its page says "kl. 15.00"', async () => {
    const s = await t.as('sekretariat@vejle.demo');
    const res = await s.postForm(paths.pools.meetings({ poolId: pool.poolId }), {
      decisionBodyId: pool.bodyId,
      date: `${pool.periodEndYear}-03-12`,
      time: '15.00',
      location: 'Vejle Rådhus',
      submissionDeadline: '',
    });
    expect(res.status).toBe(303);
    const meeting = await page('sekretariat@vejle.demo', res.headers.get('location') ?? '');
    expect(meeting).toContain(`12. marts ${pool.periodEndYear} kl. 15.00`);
  });
  it('the meeting form hints say 15.00 and a Danish date, never 15:00 or an ISO date', async () => {
    const html = await page('sekretariat@vejle.demo', paths.pools.meetings({ poolId: pool.poolId }));
    expect(html).toContain('Fx 15.00');
    expect(html).not.toContain('Fx 15:00');
    expect(html).not.toMatch(/Fx \d{4}-\d{2}-\d{2}/);
  });
  it("the pool setup's meeting legends name the meeting by its Danish date, not the ISO value", async () => {
    const html = await page('sekretariat@vejle.demo', paths.pools.editSection({ poolId: pool.poolId, section: 'moeder' }));
    expect(html).toMatch(/Møde 1 \(\d{1,2}\. [a-zæøå]+ \d{4}\)/);
    expect(html).not.toMatch(/Møde \d+ \(\d{4}-\d{2}-\d{2}\)/);
  });
  it('the application form hints a Danish date', async () => {
    const [draft] = await t.db.select({ id: applications.id }).from(applications).where(eq(applications.title, 'Vasketoiletter på Bakkehuset'));
    if (!draft) throw new Error('no demo draft');
    const html = await page('ansoeger@vejle.demo', paths.applications.step({ applicationId: draft.id, sectionSlug: 'tidsplan' }));
    expect(html).toContain('Fx 31.03.2027');
    expect(html).not.toMatch(/Fx \d{4}-\d{2}-\d{2}/);
  });
});

describe('the score tables say what their figures are', () => {
  it("the case page's scores per criterion: the reviewers' points on the criterion's scale, the weight in the weighted total", async () => {
    const [p] = await t.db.select({ rubric: pools.rubric }).from(pools).where(eq(pools.id, pool.poolId));
    const scale = commonScale(p?.rubric as Rubric);
    expect(scale).not.toBeNull();
    const html = await page('sekretariat@vejle.demo', paths.assessment.case({ applicationId: kol.id }));
    expect(html).toMatch(
      new RegExp(
        `<caption id="[^"]+">Point pr\\. kriterium: bedømmernes point på kriteriets skala, ${scale}; vægten er kriteriets vægt i den vægtede total \\(0–100\\)</caption>`,
      ),
    );
    expect(html).toContain(`<th scope="col" class="align-text-right">Gennemsnit (${scale})</th>`);
  });
  it("the pool's score summary: ranked by the weighted total (0–100), criteria as means on their scale", async () => {
    const html = await page('sekretariat@vejle.demo', paths.pools.scores({ poolId: pool.poolId }));
    expect(html).toMatch(/<caption id="[^"]+">Rangering efter vægtet total \(0–100\); under hvert kriterium bedømmernes gennemsnit på kriteriets skala/);
    expect(html).toContain('<th scope="col" class="align-text-right">Vægtet total (0–100)</th>');
    expect(html).toContain('<th scope="col" class="align-text-right">Søgt beløb</th>');
  });
});

describe('dates do not wrap inside themselves', () => {
  it("the inbox's and the project economy's date cells carry the nowrap class, and the stylesheet has the rule", async () => {
    const inbox = await page('sekretariat@vejle.demo', paths.pools.inbox({ poolId: pool.poolId }));
    expect(inbox).toContain('<th scope="col" class="date">');
    expect(inbox).toMatch(/<td class="date">\d{1,2}\. [a-zæøå]+ \d{4}/);
    const css = await (await t.anonymous().get(paths.static.app('app.css'))).text();
    expect(css).toMatch(/\.date, td\.date, th\.date \{ white-space: nowrap; \}/);
  });
});
