import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getApplication } from '../../src/usecases/applications/get-application.js';
import { createTestApp, type TestApp, type TestClient } from '../support/app.js';
import { buildPool, type TestPool } from '../support/factories.js';
import { paths } from '../../src/paths.js';
import { kr } from '../support/kr.js';

let t: TestApp;
let pool: TestPool;
let me: TestClient;
let id: string;
beforeAll(async () => {
  t = await createTestApp('demo');
  pool = await buildPool(t.db, 'horsens', 'horsens');
  me = await t.as('ansoeger@horsens.demo');
  const res = await me.postForm(paths.applications.create(), { poolId: pool.poolId, title: 'Skærmbesøg' });
  expect(res.status).toBe(303);
  id = (res.headers.get('location') ?? '').split('/').pop() ?? '';
});
afterAll(() => t.close());

const stored = async () => (await getApplication(t.db, await t.actor('ansoeger@horsens.demo'), { applicationId: id })).content;

describe('the application form in steps', () => {
  it('shows the task list with a status per section', async () => {
    const html = await (await me.get(paths.applications.show({ applicationId: id }))).text();
    expect(html).toContain('Grundoplysninger');
    expect(html).toContain('Business case');
    expect(html).toContain('Ikke startet');
    expect(html).toContain(`href="/ansoegninger/${id}/trin/organisering"`);
  });

  it('saves a step as a draft and goes on to the next', async () => {
    const res = await me.postForm(paths.applications.step({ applicationId: id, sectionSlug: 'grundoplysninger' }), {
      title: 'Skærmbesøg i hjemmeplejen',
      summary: 'Kort om projektet',
      projectType: 'afproevning',
      category: 'sensorer',
      targetGroups: ['aeldre', 'handicap'],
      handling: 'fortsaet',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/ansoegninger/${id}/trin/organisering`);
    const c = await stored();
    expect(c).toMatchObject({ summary: 'Kort om projektet', projectType: 'afproevning', targetGroups: ['aeldre', 'handicap'] });
    const html = await (await me.get(paths.applications.show({ applicationId: id }))).text();
    expect(html).toMatch(/Grundoplysninger[\s\S]*?Udfyldt/);
  });

  it('shows N saved rows plus one blank row, and "Tilføj" saves and offers another', async () => {
    const res = await me.postForm(paths.applications.step({ applicationId: id, sectionSlug: 'organisering' }), {
      leadDepartmentId: pool.departmentIds[0] ?? '',
      'privatePartners[0][name]': 'Skærm A/S',
      'privatePartners[0][cvr]': '10150817',
      'privatePartners[0][role]': 'Leverandør',
      'privatePartners[1][name]': '',
      'privatePartners[1][cvr]': '',
      'privatePartners[1][role]': '',
      handling: 'tilfoej:privatePartners',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toContain(`/trin/organisering?gemt=1#privatePartners`);
    const html = await (await me.get(paths.applications.step({ applicationId: id, sectionSlug: 'organisering' }))).text();
    expect(html).toContain('value="Skærm A/S"');
    expect(html).toContain('name="privatePartners[1][name]"');
    expect(html).not.toContain('name="privatePartners[2][name]"');
    expect(html).toContain('Tilføj privat partner');
    expect((await stored()).privatePartners).toEqual([{ name: 'Skærm A/S', cvr: '10150817', role: 'Leverandør' }]);
  });

  it('refuses an invalid CVR number with a Danish error, keeps what was typed and loses nothing saved', async () => {
    const res = await me.postForm(paths.applications.step({ applicationId: id, sectionSlug: 'organisering' }), {
      leadDepartmentId: pool.departmentIds[0] ?? '',
      'privatePartners[0][name]': 'Skærm A/S',
      'privatePartners[0][cvr]': '10150817',
      'privatePartners[1][name]': 'Sensor ApS',
      'privatePartners[1][cvr]': '12345678',
      'privatePartners[1][role]': 'Udvikler',
      handling: 'gem',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Der er problemer');
    expect(html).toContain('CVR-nummeret skal være 8 cifre og bestå kontrollen (modulus 11)');
    expect(html).toContain('href="#privatePartners-1-cvr"');
    expect(html).toContain('value="Sensor ApS"');
    expect(html).toContain('value="12345678"');
    expect(html).toContain('aria-invalid="true"');
    expect((await stored()).privatePartners).toEqual([{ name: 'Skærm A/S', cvr: '10150817', role: 'Leverandør' }]);
    expect((await stored()).summary).toBe('Kort om projektet');
  });

  it('removes a row with its "Fjern" button', async () => {
    await me.postForm(paths.applications.step({ applicationId: id, sectionSlug: 'organisering' }), {
      'privatePartners[0][name]': 'Skærm A/S',
      'privatePartners[0][cvr]': '10150817',
      'privatePartners[1][name]': 'Sensor ApS',
      'privatePartners[1][cvr]': '25313763',
      handling: 'gem',
    });
    expect((await stored()).privatePartners).toHaveLength(2);
    const res = await me.postForm(paths.applications.step({ applicationId: id, sectionSlug: 'organisering' }), {
      'privatePartners[0][name]': 'Skærm A/S',
      'privatePartners[0][cvr]': '10150817',
      'privatePartners[1][name]': 'Sensor ApS',
      'privatePartners[1][cvr]': '25313763',
      handling: 'fjern:privatePartners:0',
    });
    expect(res.status).toBe(303);
    expect((await stored()).privatePartners?.map((p) => p.name)).toEqual(['Sensor ApS']);
  });

  it('refuses malformed amounts and dates with Danish errors and keeps the input', async () => {
    const res = await me.postForm(paths.applications.step({ applicationId: id, sectionSlug: 'budget' }), {
      budgetLineId: pool.lines.afproevning ?? '',
      'budget[0][year]': '2027',
      'budget[0][costType]': 'equipment',
      'budget[0][amountOere]': 'mange penge',
      handling: 'gem',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Angiv beløbet i kroner, fx 250.000');
    expect(html).toContain('value="mange penge"');
    const res2 = await me.postForm(paths.applications.step({ applicationId: id, sectionSlug: 'tidsplan' }), { startDate: '2027-02-30', handling: 'gem' });
    expect(res2.status).toBe(422);
    expect(await res2.text()).toContain('Angiv startdatoen som en gyldig dato');
  });

  it('refuses a budget line that is not open for applications', async () => {
    const res = await me.postForm(paths.applications.step({ applicationId: id, sectionSlug: 'budget' }), {
      budgetLineId: pool.lines.telemedicin ?? '',
      handling: 'gem',
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Vælg en budgetlinje, der er åben for ansøgninger');
    const form = await (await me.get(paths.applications.step({ applicationId: id, sectionSlug: 'budget' }))).text();
    expect(form).toContain('Afprøvning og opstart');
    expect(form).not.toContain('Drift af telemedicin');
  });

  it('"Beregn" saves the business case and shows NPV and payback year computed on the server', async () => {
    const res = await me.postForm(paths.applications.step({ applicationId: id, sectionSlug: 'business-case' }), {
      'businessCase[investmentOere]': '500.000',
      'businessCase[yearlyRunningCostOere]': '25.000',
      'businessCase[hoursFreedPerYear]': '400',
      'businessCase[hourlyRateOere]': '350',
      'businessCase[kronerSavedPerYearOere]': '10.000',
      'businessCase[horizonYears]': '5',
      'businessCase[discountRate]': '3,5',
      handling: 'beregn',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toContain('#business-case-figures');
    const html = await (await me.get(paths.applications.step({ applicationId: id, sectionSlug: 'business-case' }))).text();
    // Hand-computed in src/domain/business-case.test.ts: NPV 64.381,55 kr., pays back in year 4.
    expect(html).toContain(kr('<dd data-figure="npv">64.381,55 kr.</dd>'));
    expect(html).toContain('<dd data-figure="payback">År 4</dd>');
    expect(html).toContain('value="500.000"');
    expect(html).toContain('value="3,5"');
    expect(html).toContain('src="/static/app/business-case.js"');
    expect((await stored()).businessCase).toMatchObject({ investmentOere: 50_000_000, hourlyRateOere: 35_000, discountRate: 0.035 });
  });

  it('answers the live script with the figures for what is typed, without saving', async () => {
    const res = await me.request(paths.applications.businessCaseFigures(), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-csrf-token': me.csrfToken },
      body: new URLSearchParams({
        'businessCase[investmentOere]': '1.000.000',
        'businessCase[yearlyRunningCostOere]': '50.000',
        'businessCase[hoursFreedPerYear]': '100',
        'businessCase[hourlyRateOere]': '300',
        'businessCase[kronerSavedPerYearOere]': '0',
        'businessCase[horizonYears]': '5',
        'businessCase[discountRate]': '3,5',
      }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { html: string };
    // N = 100 × 300 − 50.000 = −20.000 kr. a year: never pays back.
    expect(body.html).toContain('Tilbagebetales ikke inden for 5 år');
    expect((await stored()).businessCase?.investmentOere).toBe(50_000_000);
  });

  it('the secretariat sees the draft read-only and cannot save it (403)', async () => {
    const s = await t.as('sekretariat@horsens.demo');
    const page = await s.get(paths.applications.show({ applicationId: id }));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Kort om projektet');
    expect((await s.get(paths.applications.step({ applicationId: id, sectionSlug: 'grundoplysninger' }))).status).toBe(303);
    expect((await s.postForm(paths.applications.step({ applicationId: id, sectionSlug: 'grundoplysninger' }), { summary: 'x', handling: 'gem' })).status).toBe(
      403,
    );
  });
});
