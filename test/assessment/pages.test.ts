import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignReviewers } from '../../src/usecases/assessment/assign-reviewers.js';
import { recommendApplication } from '../../src/usecases/assessment/recommend-application.js';
import { lineBalances } from '../../src/usecases/ledger/line-balances.js';
import { createMeeting } from '../../src/usecases/meetings/create-meeting.js';
import { setAgenda } from '../../src/usecases/meetings/set-agenda.js';
import { demoPool, buildApplication, stateOf, type DemoPool } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { paths } from '../../src/paths.js';
import { DEMO_Y1 as Y1 } from '../support/demo-years.js';

/** The forms behave: post–redirect–get on success; on refusal the same form again with 422/409, the typed values and Danish errors. */
let t: TestApp;
let pool: DemoPool;

beforeAll(async () => {
  t = await createTestApp('demo');
  pool = await demoPool(t.db, 'vejle');
});
afterAll(() => t.close());

describe('case page forms', () => {
  it('screening: a rejection without a reason keeps the page with the error; a qualification redirects', async () => {
    const id = await buildApplication(t.db, { pool, title: 'Robotstøvsuger' });
    const s = await t.as('sekretariat@vejle.demo');
    const bad = await s.postForm(paths.assessment.screen({ applicationId: id }), { decision: 'reject_ineligible', reason: '' });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('Der er problemer');
    expect(html).toContain('Skriv begrundelsen for afvisningen');
    expect(html).toContain('href="#reason"');
    const ok = await s.postForm(paths.assessment.screen({ applicationId: id }), { decision: 'qualify' });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe(paths.assessment.case({ applicationId: id }, { besked: 'kvalificeret' }));
    expect(await stateOf(t.db, id)).toBe('qualified');
    const page = await (await s.get(paths.assessment.case({ applicationId: id }, { besked: 'kvalificeret' }))).text();
    expect(page).toContain('Ansøgningen er kvalificeret.');
    expect(page).toContain('Fordel jævnt');
  });

  it('assigning reviewers from the page starts the review', async () => {
    const id = await buildApplication(t.db, { pool, state: 'qualified' });
    const s = await t.as('sekretariat@vejle.demo');
    const none = await s.postForm(paths.assessment.assignReviewers({ applicationId: id }), { mode: 'manual' });
    expect(none.status).toBe(422);
    expect(await none.text()).toContain('Vælg mindst én bedømmer');
    const res = await s.postForm(paths.assessment.assignReviewers({ applicationId: id }), { mode: 'even', count: '1' });
    expect(res.status).toBe(303);
    expect(await stateOf(t.db, id)).toBe('in_review');
  });

  it('the recommendation form reads kroner, keeps typed values on an error and saves a valid one', async () => {
    const id = await buildApplication(t.db, { pool, state: 'reviewed' });
    const s = await t.as('sekretariat@vejle.demo');
    const form = await s.get(paths.assessment.recommend({ applicationId: id }));
    expect(form.status).toBe(200);
    const base = {
      kind: 'recommend',
      budgetLineId: pool.lines.ordinaer ?? '',
      'split[0][year]': String(Y1),
      'split[1][year]': String(Y1 + 1),
      'split[2][year]': String(Y1 + 2),
      'split[3][year]': String(Y1 + 3),
    };
    const bad = await s.postForm(paths.assessment.recommend({ applicationId: id }), {
      ...base,
      amountOere: '1.500.000',
      'split[0][amount]': '1.000.000',
      'split[2][amount]': 'tusind',
    });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('value="1.500.000"');
    expect(html).toContain('value="tusind"');
    expect(html).toContain('Skriv beløbet i kroner');
    expect(await stateOf(t.db, id)).toBe('reviewed');
    const mismatch = await s.postForm(paths.assessment.recommend({ applicationId: id }), { ...base, amountOere: '1.500.000', 'split[0][amount]': '1.000.000' });
    expect(mismatch.status).toBe(422);
    expect(await mismatch.text()).toContain('De skal være ens');
    const ok = await s.postForm(paths.assessment.recommend({ applicationId: id }), {
      ...base,
      amountOere: '1.500.000',
      'split[0][amount]': '1.000.000',
      'split[2][amount]': '500.000',
      justification: 'God business case',
    });
    expect(ok.status).toBe(303);
    expect(await stateOf(t.db, id)).toBe('recommended');
  });
});

describe('reviewer pages', () => {
  it('declare, then score; a missing score is shown next to its criterion', async () => {
    const id = await buildApplication(t.db, { pool, state: 'qualified' });
    const sec = await t.actor('sekretariat@vejle.demo');
    const reviewer = await t.actor('bedoemmer@vejle.demo');
    await assignReviewers(t.db, sec, { applicationId: id, mode: 'manual', reviewerUserIds: [reviewer.userId] });
    const r = await t.as('bedoemmer@vejle.demo');
    expect(await (await r.get(paths.reviews.list())).text()).toContain(paths.reviews.workspace({ applicationId: id }));
    const page = await (await r.get(paths.reviews.workspace({ applicationId: id }))).text();
    expect(page).toContain('Er du inhabil i denne ansøgning?');
    expect(page).not.toContain('Aflevér bedømmelsen');
    const noNote = await r.postForm(paths.reviews.conflict({ applicationId: id }), { hasConflict: 'true' });
    expect(noNote.status).toBe(422);
    expect((await r.postForm(paths.reviews.conflict({ applicationId: id }), { hasConflict: 'false' })).status).toBe(303);
    const scoring = await (await r.get(paths.reviews.workspace({ applicationId: id }))).text();
    expect(scoring).toContain('Aflevér bedømmelsen');
    expect(scoring).toContain('Ikke relevant');
    const partial = await r.postForm(paths.reviews.workspace({ applicationId: id }), {
      'criteria[oekonomisk-gevinst][score]': '4',
      'criteria[oekonomisk-gevinst][comment]': 'Klar gevinst',
    });
    expect(partial.status).toBe(422);
    const html = await partial.text();
    expect(html).toContain('href="#criteria-livskvalitet-score"');
    expect(html).toContain('Klar gevinst');
  });
});

describe('meeting pages', () => {
  it('sets the agenda by item numbers, refuses an approval beyond the money on the form, and prints a PDF', async () => {
    const sec = await t.actor('sekretariat@vejle.demo');
    const a = await buildApplication(t.db, { pool, state: 'reviewed', title: 'Bevægelsessensorer', amountAppliedOere: 50_000_000_00 });
    await recommendApplication(t.db, sec, {
      applicationId: a,
      kind: 'recommend',
      amountOere: 100_000_00,
      budgetLineId: pool.lines.ordinaer,
      split: [{ year: Y1, amountOere: 100_000_00 }],
    });
    const { id: meetingId } = await createMeeting(t.db, sec, { decisionBodyId: pool.bodyId, startsAt: `${Y1}-09-01T15:00` });
    const s = await t.as('sekretariat@vejle.demo');
    const page = await (await s.get(paths.meetings.show({ meetingId: meetingId }))).text();
    expect(page).toContain(`name="positions[${a}]"`);
    const bad = await s.postForm(paths.meetings.agenda({ meetingId: meetingId }), { [`positions[${a}]`]: 'første' });
    expect(bad.status).toBe(422);
    expect((await s.postForm(paths.meetings.agenda({ meetingId: meetingId }), { [`positions[${a}]`]: '1' })).status).toBe(303);
    expect(await stateOf(t.db, a)).toBe('on_agenda');

    const agenda = await (await s.get(paths.meetings.agenda({ meetingId: meetingId }))).text();
    expect(agenda).toContain('Punkt 1');
    expect(agenda).toContain('Rest på linjen');
    const remaining = (await lineBalances(t.db, pool.poolId)).find((b) => b.budgetLineId === pool.lines.ordinaer && b.year === Y1)?.remainingOere ?? 0;
    expect(remaining).toBeGreaterThan(0);
    expect(agenda).toContain(new Intl.NumberFormat('da-DK').format(remaining / 100).replace(/\s/g, '.'));

    const council = await t.as('raad@vejle.demo');
    const tooMuch = (remaining + 100) / 100;
    const refused = await council.postForm(paths.meetings.itemDecision({ meetingId: meetingId, applicationId: a }), {
      outcome: 'approve',
      amountOere: String(tooMuch),
      budgetLineId: pool.lines.ordinaer ?? '',
      'split[0][year]': String(Y1),
      'split[0][amount]': String(tooMuch),
    });
    expect(refused.status).toBe(409);
    const refusedHtml = await refused.text();
    expect(refusedHtml).toContain('Der er problemer');
    expect(refusedHtml).toContain(`value="${tooMuch}"`);

    const pdf = await council.get(paths.meetings.agendaPdf({ meetingId: meetingId }));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  }, 60_000);

  it('answers a Danish 503 when Chromium is missing', async () => {
    const sec = await t.actor('sekretariat@vejle.demo');
    const { id } = await createMeeting(t.db, sec, { decisionBodyId: pool.bodyId, startsAt: `${Y1}-10-01T15:00` });
    await setAgenda(t.db, sec, { meetingId: id, applicationIds: [] });
    const before = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      const res = await (await t.as('sekretariat@vejle.demo')).get(paths.meetings.agendaPdf({ meetingId: id }));
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('PDF-udskrift er ikke tilgængelig');
    } finally {
      if (before === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = before;
    }
  });
});

describe('OpenAPI', () => {
  it('documents every assessment operation', async () => {
    const doc = (await (await t.anonymous().get('/api/v1/openapi.json')).json()) as { paths: Record<string, Record<string, { operationId: string }>> };
    const ids = Object.values(doc.paths).flatMap((p) => Object.values(p).map((o) => o.operationId));
    for (const op of [
      'listSubmissions',
      'screenApplication',
      'requestMoreInformation',
      'assignReviewers',
      'declareConflict',
      'submitReview',
      'getScoreSummary',
      'recommendApplication',
      'createMeeting',
      'getMeeting',
      'setAgenda',
      'recordDecision',
      'publishMeeting',
      'decideDirectly',
      'listNotifications',
    ]) {
      expect(ids).toContain(op);
    }
  });
});
