import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decisionBodies, meetings, pools } from '../../src/db/schema/pools.js';
import { formatDate } from '../../src/domain/dates.js';
import { createApplication } from '../../src/usecases/applications/create-application.js';
import { listOpenPools } from '../../src/usecases/applications/list-open-pools.js';
import { updateApplication } from '../../src/usecases/applications/update-application.js';
import { paths } from '../../src/paths.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { expectRefusal } from '../support/expect-refusal.js';
import { buildApplicationPatch, buildPool, type TestPool } from '../support/factories.js';

/**
 * Issue 11 items 5 and 11 (application side): the deadline an applicant sees is the pool's own;
 * budget years and dates outside the pool's period are refused (on save, on the check and on
 * submission); a pool past its period is shown as closed and refuses new applications.
 */
let t: TestApp;
let pool: TestPool;
const LEAD = 'ansoeger@horsens.demo';
const NAME = 'Horsens periodepulje til test';

beforeAll(async () => {
  t = await createTestApp('demo');
  pool = await buildPool(t.db, 'horsens', 'horsens'); // 2026–2028, one meeting in a month with a deadline in 16 days
  await t.db.update(pools).set({ name: NAME }).where(eq(pools.id, pool.poolId));
});
afterAll(() => t.close());

const draft = async (title = 'Periodetjek') => (await createApplication(t.db, await t.actor(LEAD), { poolId: pool.poolId, title })).id;
/** The table row of the overview that names our pool. */
const poolRow = (html: string) => new RegExp(`<tr[^>]*>(?:(?!</tr>)[\\s\\S])*${NAME}(?:(?!</tr>)[\\s\\S])*</tr>`).exec(html)?.[0] ?? '';
const overview = async () => (await (await t.as(LEAD)).get(paths.applications.list())).text();
const setPool = (values: Partial<typeof pools.$inferInsert>) => t.db.update(pools).set(values).where(eq(pools.id, pool.poolId));
const poolMeeting = async () => {
  const [m] = await t.db
    .select({ id: meetings.id, submissionDeadline: meetings.submissionDeadline })
    .from(meetings)
    .innerJoin(decisionBodies, eq(decisionBodies.id, meetings.decisionBodyId))
    .where(eq(decisionBodies.poolId, pool.poolId));
  if (!m) throw new Error('no meeting');
  return m;
};

describe("the pool's own deadline (item 5)", () => {
  it('continuous intake: "Løbende ansøgning"', async () => {
    expect(poolRow(await overview())).toContain('Løbende ansøgning');
  });

  it('a pool with rounds shows the next round\'s deadline, never "Løbende ansøgning"', async () => {
    await setPool({ intake: 'rounds' });
    try {
      const m = await poolMeeting();
      const row = poolRow(await overview());
      expect(row).toContain(`Næste runde: ${formatDate(m.submissionDeadline ?? '', 'da')}`);
      expect(row).not.toContain('Løbende ansøgning');
      const [listed] = (await listOpenPools(t.db, await t.actor(LEAD))).filter((p) => p.id === pool.poolId);
      expect(listed?.nextDeadline).toBe(m.submissionDeadline);
      // The draft's page and the pool's page name the same deadline.
      const lead = await t.as(LEAD);
      const draftPage = await (await lead.get(paths.applications.show({ applicationId: await draft() }))).text();
      expect(draftPage).toContain(`Ansøgningsfrist: Næste runde: ${formatDate(m.submissionDeadline ?? '', 'da')}`);
      const poolPage = await (await lead.get(paths.pools.show({ poolId: pool.poolId }))).text();
      expect(poolPage).toMatch(new RegExp(`Næste ansøgningsfrist</dt>\\s*<dd>${formatDate(m.submissionDeadline ?? '', 'da')}</dd>`));
    } finally {
      await setPool({ intake: 'continuous' });
    }
  });

  it('a pool with rounds whose deadlines have all passed says "Ingen kommende frist"', async () => {
    const m = await poolMeeting();
    await setPool({ intake: 'rounds' });
    await t.db.update(meetings).set({ submissionDeadline: '2020-01-01' }).where(eq(meetings.id, m.id));
    try {
      const row = poolRow(await overview());
      expect(row).toContain('Ingen kommende frist');
      expect(row).not.toContain('Løbende ansøgning');
      const lead = await t.as(LEAD);
      const draftPage = await (await lead.get(paths.applications.show({ applicationId: await draft() }))).text();
      expect(draftPage).toContain('Ansøgningsfrist: Ingen kommende frist');
      expect(draftPage).not.toContain('Løbende ansøgning');
      const poolPage = await (await lead.get(paths.pools.show({ poolId: pool.poolId }))).text();
      expect(poolPage).toMatch(/Næste ansøgningsfrist<\/dt>\s*<dd>Ingen kommende frist<\/dd>/);
    } finally {
      await t.db.update(meetings).set({ submissionDeadline: m.submissionDeadline }).where(eq(meetings.id, m.id));
      await setPool({ intake: 'continuous' });
    }
  });
});

describe("budget years and dates within the pool's period (item 11)", () => {
  it('the timeline step refuses a start date, end date and milestone outside the period: 422, named fields, what was typed kept', async () => {
    const id = await draft();
    const res = await (
      await t.as(LEAD)
    ).postForm(paths.applications.step({ applicationId: id, sectionSlug: 'tidsplan' }), {
      startDate: '2025-06-01',
      endDate: '2031-12-31',
      'milestones[0][date]': '2032-03-01',
      'milestones[0][title]': 'Evaluering',
      handling: 'gem',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Startdatoen skal ligge i puljens periode 2026–2028');
    expect(html).toContain('Slutdatoen skal ligge i puljens periode 2026–2028');
    expect(html).toContain('Datoen for milepæl 1 skal ligge i puljens periode 2026–2028');
    expect(html).toContain('value="2031-12-31"');
  });

  it('the API refuses the same with 422 and the field named', async () => {
    const id = await draft();
    const res = await (await t.as(LEAD)).api('PATCH', `/applications/${id}`, { endDate: '2030-01-01', milestones: [{ date: '2024-02-01', title: 'x' }] });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; fields: Record<string, string> } };
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.fields.endDate).toBe('Slutdatoen skal ligge i puljens periode 2026–2028');
    expect(body.error.fields['milestones.0.date']).toBe('Datoen for milepæl 1 skal ligge i puljens periode 2026–2028');
  });

  it('"Tjek dine svar" and the submission refuse what no longer lies in the period (the period was shortened after saving)', async () => {
    const id = await draft('Perioden blev kortere');
    await updateApplication(t.db, await t.actor(LEAD), { applicationId: id, ...buildApplicationPatch(pool, 'horsens'), title: 'Perioden blev kortere' });
    // Everything in the patch lies in 2027; the pool now ends in 2026.
    await setPool({ periodEndYear: 2026 });
    try {
      const check = await (await (await t.as(LEAD)).get(paths.applications.check({ applicationId: id }))).text();
      expect(check).toContain('Året skal ligge i puljens periode 2026');
      expect(check).toContain('Startdatoen skal ligge i puljens periode 2026');
      const res = await (await t.as(LEAD)).api('POST', `/applications/${id}/submission`, {});
      expect(res.status).toBe(422);
      const body = (await res.json()) as { error: { code: string; fields: Record<string, string> } };
      expect(body.error.code).toBe('NOT_ELIGIBLE');
      expect(body.error.fields['budget.0.year']).toBe('Året skal ligge i puljens periode 2026');
      expect(body.error.fields.endDate).toBe('Slutdatoen skal ligge i puljens periode 2026');
      const page = await (await t.as(LEAD)).postForm(paths.applications.submit({ applicationId: id }), {});
      expect(page.status).toBe(422);
      expect(await page.text()).toContain('Året skal ligge i puljens periode 2026');
    } finally {
      await setPool({ periodEndYear: 2028 });
    }
  });
});

describe('a pool past its period is closed (item 11)', () => {
  it('refuses a new application and a new idea, page and API, with a Danish message; shows the pool as closed everywhere', async () => {
    await setPool({ periodStartYear: 2018, periodEndYear: 2020 });
    try {
      await expectRefusal(createApplication(t.db, await t.actor(LEAD), { poolId: pool.poolId, title: 'For sent' }), 'VALIDATION_FAILED', {
        poolId: 'Puljen er lukket: dens periode sluttede i 2020',
      });
      const lead = await t.as(LEAD);
      const api = await lead.api('POST', '/applications', { poolId: pool.poolId, title: 'For sent' });
      expect(api.status).toBe(422);
      const body = (await api.json()) as { error: { message: string; fields: Record<string, string> } };
      expect(body.error.fields.poolId).toBe('Puljen er lukket: dens periode sluttede i 2020');
      expect((await lead.api('POST', '/ideas', { poolId: pool.poolId, title: 'x', needAnalysis: 'y' })).status).toBe(422);
      const form = await lead.postForm(paths.applications.create(), { poolId: pool.poolId, title: 'For sent' });
      expect(form.status).toBe(422);
      const formHtml = await form.text();
      expect(formHtml).toContain('Puljen er lukket: dens periode sluttede i 2020');
      expect(formHtml).toContain('value="For sent"');
      // Not offered for a new application or idea.
      expect(await (await lead.get(paths.applications.create())).text()).not.toContain(`value="${pool.poolId}"`);
      expect(await (await lead.get(paths.ideas.create())).text()).not.toContain(`value="${pool.poolId}"`);
      // The applicant's overview, the pool list and the pool page say closed.
      const row = poolRow(await overview());
      expect(row).toContain('Lukket');
      expect(row).toContain('Puljens periode sluttede i 2020');
      expect(row).not.toContain('Løbende ansøgning');
      const list = await (await lead.get(paths.pools.list())).text();
      const listRow = new RegExp(`<tr[^>]*>(?:(?!</tr>)[\\s\\S])*${NAME}(?:(?!</tr>)[\\s\\S])*</tr>`).exec(list)?.[0] ?? '';
      expect(listRow).toContain('Lukket');
      expect(listRow).not.toContain('>Åben<');
      const show = await (await lead.get(paths.pools.show({ poolId: pool.poolId }))).text();
      expect(show).toContain('Perioden sluttede i 2020');
    } finally {
      await setPool({ periodStartYear: 2026, periodEndYear: 2028 });
    }
  });
});
