import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool } from '../../src/usecases/pools/create-pool.js';
import { getPool } from '../../src/usecases/pools/get-pool.js';
import type { PoolDetails } from '../../src/usecases/pools/pool-details.js';
import { createTestApp, type TestApp, type TestClient } from '../support/app.js';
import { buildPoolInput } from '../support/factories.js';
import { fieldError, inputValue, textOf } from './html.js';
import { paths } from '../../src/paths.js';

let t: TestApp;
let s: TestClient;
beforeAll(async () => {
  t = await createTestApp('demo');
  s = await t.as('sekretariat@vejle.demo');
});
afterAll(() => t.close());

const freshPool = async (): Promise<PoolDetails> => createPool(t.db, await t.actor('sekretariat@vejle.demo'), buildPoolInput());
const current = async (id: string) => getPool(t.db, await t.actor('sekretariat@vejle.demo'), { poolId: id });

/** The form as the edit page renders it: every input's name and value (what a browser would post back). */
async function formOf(path: string): Promise<Record<string, string | string[]>> {
  const html = await (await s.get(path)).text();
  const form = html.slice(html.indexOf('<form method="post" action="/puljer/'));
  const fields: Record<string, string | string[]> = {};
  const add = (name: string, value: string) => {
    const prev = fields[name];
    fields[name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  };
  for (const m of form.matchAll(/<input([^>]*)>/g)) {
    const attrs = m[1] ?? '';
    const name = attrs.match(/name="([^"]+)"/)?.[1];
    if (!name || name === '_csrf') continue;
    const type = attrs.match(/type="([^"]+)"/)?.[1];
    if ((type === 'checkbox' || type === 'radio') && !/\schecked/.test(attrs)) continue;
    add(name.replace(/&amp;/g, '&'), (attrs.match(/value="([^"]*)"/)?.[1] ?? '').replace(/&amp;/g, '&').replace(/&quot;/g, '"'));
  }
  for (const m of form.matchAll(/<select[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
    const selected = (m[2] ?? '').match(/<option value="([^"]*)" selected/)?.[1] ?? (m[2] ?? '').match(/<option value="([^"]*)"/)?.[1] ?? '';
    add(m[1] ?? '', selected);
  }
  for (const m of form.matchAll(/<textarea[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/textarea>/g)) add(m[1] ?? '', (m[2] ?? '').replace(/&amp;/g, '&'));
  return fields;
}

describe('create form', () => {
  it('shows Danish errors next to the fields, keeps what was typed, and creates on valid input', async () => {
    const bad = await s.postForm(paths.pools.create(), {
      name: '',
      periodStartYear: 'tyvetyve',
      periodEndYear: '2027',
      status: 'draft',
      intake: 'continuous',
      followUpMonths: '6, tolv',
    });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('Der er fejl i det indtastede');
    expect(fieldError(html, 'name')).toBe('Angiv puljens navn');
    expect(fieldError(html, 'periodStartYear')).toBe('Angiv et årstal, fx 2026');
    expect(fieldError(html, 'followUpMonths')).toBe('Angiv et antal måneder');
    expect(inputValue(html, 'periodStartYear')).toBe('tyvetyve');
    expect(inputValue(html, 'followUpMonths')).toBe('6, tolv');
    expect(html).toContain('href="#periodStartYear"');

    const ok = await s.postForm(paths.pools.create(), {
      name: 'Ny pulje',
      periodStartYear: '2026',
      periodEndYear: '2028',
      status: 'draft',
      intake: 'rounds',
      followUpMonths: '6, 12',
    });
    expect(ok.status).toBe(303);
    const location = ok.headers.get('location') ?? '';
    expect(location).toMatch(/^\/puljer\/[0-9a-f-]{36}\/rediger\/budget\?oprettet=1$/);
    const pool = await current(location.split('/')[2] ?? '');
    expect(pool).toMatchObject({ name: 'Ny pulje', periodStartYear: 2026, periodEndYear: 2028, intake: 'rounds', followUpMonths: [6, 12], status: 'draft' });
    expect(pool.rubric.criteria).toHaveLength(1);
  });

  it('refuses an open pool without lines at the status field', async () => {
    const res = await s.postForm(paths.pools.create(), {
      name: 'Åben uden linjer',
      periodStartYear: '2026',
      periodEndYear: '2026',
      status: 'open',
      intake: 'continuous',
    });
    expect(res.status).toBe(422);
    expect(fieldError(await res.text(), 'status')).toBe('En åben pulje skal have mindst én budgetlinje, der er åben for ansøgninger');
  });
});

describe('edit sections', () => {
  it('saves the budget in kroner and keeps line ids', async () => {
    const pool = await freshPool();
    const form = await formOf(paths.pools.editSection({ poolId: pool.id, section: 'budget' }));
    expect(form['budgetLines[0][amounts][1][kroner]']).toBe('2.000.000');
    expect(form['budgetLines[0][earmarks][0][sharePercent]']).toBe('10');
    form['budgetLines[0][amounts][1][kroner]'] = '2.500.000,50';
    const res = await s.postForm(paths.pools.editSection({ poolId: pool.id, section: 'budget' }), form);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/puljer/${pool.id}/rediger/budget?gemt=1`);
    const after = await current(pool.id);
    expect(after.budgetLines[0]?.id).toBe(pool.budgetLines[0]?.id);
    expect(after.budgetLines[0]?.amounts[1]?.amountOere).toBe(250_000_050);
    expect(after.version).toBe(2);
    // The blank rows the form offers were ignored.
    expect(after.budgetLines).toHaveLength(1);
    expect(after.budgetLines[0]?.earmarks).toHaveLength(1);
  });

  it('adds a budget line with an earmark through blank rows', async () => {
    const pool = await freshPool();
    const form = await formOf(paths.pools.editSection({ poolId: pool.id, section: 'budget' }));
    Object.assign(form, {
      'budgetLines[1][name]': 'Innovation',
      'budgetLines[1][decisionMode]': 'direct',
      'budgetLines[1][directDeciderLabel]': 'Direktørerne',
      'budgetLines[1][amounts][0][kroner]': '500000',
      'budgetLines[1][openForApplications]': 'true',
    });
    const res = await s.postForm(paths.pools.editSection({ poolId: pool.id, section: 'budget' }), form);
    expect(res.status).toBe(303);
    const after = await current(pool.id);
    expect(after.budgetLines.map((l) => l.key)).toEqual(['ordinaer', 'innovation']);
    expect(after.budgetLines[1]?.amounts).toEqual([
      { year: 2026, amountOere: 50_000_000 },
      { year: 2027, amountOere: 0 },
    ]);
  });

  it('keeps unreadable kroner and shows the error at that year', async () => {
    const pool = await freshPool();
    const form = await formOf(paths.pools.editSection({ poolId: pool.id, section: 'budget' }));
    form['budgetLines[0][amounts][0][kroner]'] = 'fem millioner';
    form['budgetLines[0][name]'] = 'Omdøbt linje';
    const res = await s.postForm(paths.pools.editSection({ poolId: pool.id, section: 'budget' }), form);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(fieldError(html, 'budgetLines-0-amounts-0-kroner')).toBe('Angiv beløbet i kroner, fx 5.000.000');
    expect(inputValue(html, 'budgetLines[0][amounts][0][kroner]')).toBe('fem millioner');
    expect(inputValue(html, 'budgetLines[0][name]')).toBe('Omdøbt linje');
    expect((await current(pool.id)).version).toBe(1);
  });

  it('"Tilføj række" re-renders with one more row and keeps what was typed', async () => {
    const pool = await freshPool();
    const form = await formOf(paths.pools.editSection({ poolId: pool.id, section: 'lister' }));
    form['lists[projectTypes][0][label]'] = 'Afprøvning';
    const before = Object.keys(form).filter((k) => /^lists\[projectTypes\]\[\d+\]\[label\]$/.test(k)).length;
    const res = await s.postForm(paths.pools.editSection({ poolId: pool.id, section: 'lister' }), { ...form, _add: 'lists.projectTypes' });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(inputValue(html, 'lists[projectTypes][0][label]')).toBe('Afprøvning');
    const rows = [...html.matchAll(/name="lists\[projectTypes\]\[(\d+)\]\[label\]"/g)].length;
    expect(rows).toBe(before + 1);
    expect((await current(pool.id)).version).toBe(1);
  });

  it('saves lists with keys made from the labels', async () => {
    const pool = await freshPool();
    const form = await formOf(paths.pools.editSection({ poolId: pool.id, section: 'lister' }));
    form['lists[effectGoals][0][label]'] = 'Tryghed og sikkerhed';
    form['lists[phases][0][label]'] = 'Afprøvning';
    const res = await s.postForm(paths.pools.editSection({ poolId: pool.id, section: 'lister' }), form);
    expect(res.status).toBe(303);
    expect((await current(pool.id)).lists).toMatchObject({
      effectGoals: [{ key: 'tryghed-og-sikkerhed', label: 'Tryghed og sikkerhed' }],
      phases: [{ key: 'afproevning', label: 'Afprøvning' }],
    });
  });

  it('shows a bad key in a list next to the field', async () => {
    const pool = await freshPool();
    const form = await formOf(paths.pools.editSection({ poolId: pool.id, section: 'lister' }));
    form['lists[categories][0][label]'] = 'Robotter';
    form['lists[categories][0][key]'] = 'Robotter & AI';
    const res = await s.postForm(paths.pools.editSection({ poolId: pool.id, section: 'lister' }), form);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(fieldError(html, 'lists-categories-0-key')).toBe('Nøglen må kun indeholde små bogstaver, tal og bindestreg');
    expect(inputValue(html, 'lists[categories][0][key]')).toBe('Robotter & AI');
  });

  it('adds an eligibility rule from the catalogue and reports a bad parameter', async () => {
    const pool = await freshPool();
    const form = await formOf(paths.pools.editSection({ poolId: pool.id, section: 'regler' }));
    Object.assign(form, { 'eligibilityRules[1][kind]': 'requirePrivatePartner', 'eligibilityRules[1][severity]': 'soft', 'eligibilityRules[1][number]': '0' });
    const bad = await s.postForm(paths.pools.editSection({ poolId: pool.id, section: 'regler' }), form);
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(fieldError(html, 'eligibilityRules-1-number')).toBe('Antal private virksomheder skal være mindst 1');
    expect(inputValue(html, 'eligibilityRules[1][number]')).toBe('0');
    form['eligibilityRules[1][number]'] = '2';
    const ok = await s.postForm(paths.pools.editSection({ poolId: pool.id, section: 'regler' }), form);
    expect(ok.status).toBe(303);
    expect((await current(pool.id)).eligibilityRules).toEqual([
      { id: 'to-bundlinjer', kind: 'minBottomLines', severity: 'hard', params: { min: 2 }, exemptBudgetLines: ['test'] },
      { id: 'require-private-partner', kind: 'requirePrivatePartner', severity: 'soft', params: { min: 2 } },
    ]);
  });

  it('reports rubric problems next to the criterion fields', async () => {
    const pool = await freshPool();
    const form = await formOf(paths.pools.editSection({ poolId: pool.id, section: 'bedoemmelse' }));
    Object.assign(form, { 'rubric[criteria][0][weight]': 'tung', 'rubric[criteria][0][scaleMax]': '1' });
    const res = await s.postForm(paths.pools.editSection({ poolId: pool.id, section: 'bedoemmelse' }), form);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(fieldError(html, 'rubric-criteria-0-weight')).toBe('Vægten skal være et tal');
    expect(inputValue(html, 'rubric[criteria][0][weight]')).toBe('tung');
  });

  it('links an error caused in another section to that section', async () => {
    const pool = await freshPool();
    const form = await formOf(paths.pools.editSection({ poolId: pool.id, section: 'beslutning' }));
    form['decisionBodies[0][name]'] = 'Rådet';
    form['decisionBodies[0][key]'] = 'raadet';
    const res = await s.postForm(paths.pools.editSection({ poolId: pool.id, section: 'beslutning' }), form);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain(`href="/puljer/${pool.id}/rediger/budget"`);
    expect(textOf(html)).toContain('Budgetlinjer og øremærkninger: Beslutningsorganet findes ikke i puljen');
    expect(inputValue(html, 'decisionBodies[0][key]')).toBe('raadet');
  });

  it('saves meetings in Danish time and reports an impossible date', async () => {
    const pool = await freshPool();
    const form = await formOf(paths.pools.editSection({ poolId: pool.id, section: 'moeder' }));
    expect(form['meetings[0][time]']).toBe('15.00');
    Object.assign(form, { 'meetings[1][date]': '2026-02-30', 'meetings[1][time]': '10.00', 'meetings[1][location]': 'Byrådssalen' });
    const bad = await s.postForm(paths.pools.editSection({ poolId: pool.id, section: 'moeder' }), form);
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(fieldError(html, 'meetings-1-date')).toBe('Angiv en gyldig dato og et klokkeslæt, fx 12.03.2026 kl. 15.00');
    expect(inputValue(html, 'meetings[1][location]')).toBe('Byrådssalen');
    form['meetings[1][date]'] = '2026-06-18';
    const ok = await s.postForm(paths.pools.editSection({ poolId: pool.id, section: 'moeder' }), form);
    expect(ok.status).toBe(303);
    const after = await current(pool.id);
    expect(after.meetings.map((m) => m.startsAt)).toEqual(['2026-03-12T14:00:00.000Z', '2026-06-18T08:00:00.000Z']);
    expect(after.meetings[0]?.id).toBe(pool.meetings[0]?.id);
  });

  it('changes the basics and shows the change in the history', async () => {
    const pool = await freshPool();
    const form = await formOf(paths.pools.editSection({ poolId: pool.id, section: 'grundoplysninger' }));
    form.name = 'Testpuljen 2026–2027';
    form.followUpMonths = '3, 6, 12';
    const res = await s.postForm(paths.pools.editSection({ poolId: pool.id, section: 'grundoplysninger' }), form);
    expect(res.status).toBe(303);
    const history = textOf(await (await s.get(paths.pools.history({ poolId: pool.id }))).text());
    expect(history).toContain('Puljen blev ændret');
    expect(history).toContain('Rasmus Thygesen');
    expect(history).toContain('Navn Testpuljen Testpuljen 2026–2027');
    expect(history).toContain('Opfølgning (måneder efter start) 6, 12 3, 6, 12');
  });

  it('refuses a form based on an old version with a clear message and keeps the input', async () => {
    const pool = await freshPool();
    const form = await formOf(paths.pools.editSection({ poolId: pool.id, section: 'grundoplysninger' }));
    await s.postForm(paths.pools.editSection({ poolId: pool.id, section: 'grundoplysninger' }), { ...form, name: 'Først' });
    const res = await s.postForm(paths.pools.editSection({ poolId: pool.id, section: 'grundoplysninger' }), { ...form, name: 'For sent' });
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain('Sagen er ændret af en anden i mellemtiden');
    expect(inputValue(html, 'name')).toBe('For sent');
    expect((await current(pool.id)).name).toBe('Først');
  });

  it('never answers junk with a 500', async () => {
    const pool = await freshPool();
    const junk: Record<string, string | string[]>[] = [
      { budgetLines: 'x', expectedVersion: '1' },
      { 'budgetLines[0][amounts]': 'x', 'budgetLines[0][name]': 'A', 'budgetLines[0][earmarks]': 'y', expectedVersion: '1' },
      { 'eligibilityRules[0][kind]': 'hack', 'eligibilityRules[0][exemptBudgetLines][]': ['a', 'b'], expectedVersion: 'v' },
      { 'rubric[criteria]': 'x', 'lists[phases][0]': 'x', 'meetings[0][date]': '2026-01-01', 'meetings[0][decisionBodyKey]': 'nej' },
      { _add: '../../etc', name: 'x' },
      { _add: 'budgetLines.99.earmarks' },
    ];
    for (const section of ['grundoplysninger', 'budget', 'lister', 'regler', 'bedoemmelse', 'beslutning', 'moeder']) {
      for (const fields of junk) {
        const res = await s.postForm(paths.pools.editSection({ poolId: pool.id, section: section }), fields);
        expect(res.status, `${section} ${JSON.stringify(fields)}`).toBeLessThan(500);
        expect([200, 303, 409, 422]).toContain(res.status);
      }
    }
    expect((await s.get(paths.pools.editSection({ poolId: pool.id, section: 'findes-ikke' }))).status).toBe(404);
  });
});

describe('API bodies', () => {
  it('answers a bad createPool body with field errors in Danish', async () => {
    const res = await s.api('POST', '/pools', { name: '', periodStartYear: '2026', budgetLines: [{ key: 'Æ', amounts: [{ year: 2026, amountOere: 1.5 }] }] });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; message: string; fields: Record<string, string> } };
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.message).toBe('Der er fejl i det indtastede. Ret felterne og prøv igen.');
    expect(body.error.fields).toMatchObject({
      name: 'Angiv puljens navn',
      periodStartYear: 'Angiv et årstal, fx 2026',
      periodEndYear: 'Angiv et årstal, fx 2026',
      rubric: expect.any(String),
      'budgetLines.0.key': 'Nøglen må kun indeholde små bogstaver, tal og bindestreg',
      'budgetLines.0.name': 'Angiv budgetlinjens navn',
      'budgetLines.0.amounts.0.amountOere': 'Beløbet skal være i hele øre',
    });
  });

  it('creates with 201 and updates with PATCH, refusing a stale version with 409', async () => {
    const created = await s.api('POST', '/pools', buildPoolInput({ name: 'Via API' }));
    expect(created.status).toBe(201);
    const pool = (await created.json()) as { id: string; version: number; budgetLines: { amounts: { amountOere: number }[] }[] };
    expect(pool.budgetLines[0]?.amounts[0]?.amountOere).toBe(100_000_000);
    const patched = await s.api('PATCH', `/pools/${pool.id}`, { expectedVersion: 1, status: 'closed' });
    expect(patched.status).toBe(200);
    expect(((await patched.json()) as { status: string; version: number }).version).toBe(2);
    const stale = await s.api('PATCH', `/pools/${pool.id}`, { expectedVersion: 1, status: 'open' });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { error: { code: string } }).error.code).toBe('CONFLICT');
    const wrongType = await s.api('PATCH', `/pools/${pool.id}`, { expectedVersion: 2, followUpMonths: 'seks', allowsCarryOver: 'ja' });
    expect(wrongType.status).toBe(422);
    expect(((await wrongType.json()) as { error: { fields: Record<string, string> } }).error.fields).toEqual({
      followUpMonths: 'Opfølgningen skal være en liste af måneder',
      allowsCarryOver: 'Skal være ja eller nej',
    });
  });

  it('answers malformed JSON with 400 and unknown pools with 404', async () => {
    const bad = await s.request('/api/v1/pools', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': s.csrfToken },
      body: '{"name":',
    });
    expect(bad.status).toBe(400);
    expect((await s.api('GET', '/pools/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await s.api('PATCH', '/pools/ikke-et-id', { expectedVersion: 1 })).status).toBe(404);
  });
});
