import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignReviewers } from '../../src/usecases/assessment/assign-reviewers.js';
import { declareConflict } from '../../src/usecases/assessment/declare-conflict.js';
import { recommendApplication } from '../../src/usecases/assessment/recommend-application.js';
import { createMeeting } from '../../src/usecases/meetings/create-meeting.js';
import { getMinutes } from '../../src/usecases/meetings/get-minutes.js';
import { setAgenda } from '../../src/usecases/meetings/set-agenda.js';
import { buildReviewer, demoPool, buildApplication, stateOf, userId, type DemoPool } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { paths } from '../../src/paths.js';
import { DEMO_Y1 as Y1 } from '../support/demo-years.js';

/**
 * Who can reach which screen: every assessment route, by page and API. Another organisation's users
 * get 404, the right organisation without the role 403, anonymous 401 (API) or the login page.
 */
let t: TestApp;
let pool: DemoPool;
const ids = { submitted: '', inReview: '', recommended: '', direct: '', meeting: '', agendaApp: '' };

beforeAll(async () => {
  t = await createTestApp('demo');
  pool = await demoPool(t.db, 'vejle');
  await buildReviewer(t.db, 'vejle', 'bedoemmer2@vejle.demo', 'Anden Bedømmer');
  const sec = await t.actor('sekretariat@vejle.demo');
  const reviewer = await t.actor('bedoemmer@vejle.demo');
  ids.submitted = await buildApplication(t.db, { pool, state: 'submitted' });
  ids.inReview = await buildApplication(t.db, { pool, state: 'qualified' });
  await assignReviewers(t.db, sec, { applicationId: ids.inReview, mode: 'manual', reviewerUserIds: [reviewer.userId] });
  await declareConflict(t.db, reviewer, { applicationId: ids.inReview, hasConflict: false });
  ids.direct = await buildApplication(t.db, { pool, state: 'qualified', budgetLineId: pool.lines['innovation-og-test'] });
  ids.agendaApp = await buildApplication(t.db, { pool, state: 'reviewed' });
  await recommendApplication(t.db, sec, {
    applicationId: ids.agendaApp,
    kind: 'recommend',
    amountOere: 100_000_00,
    budgetLineId: pool.lines.ordinaer,
    split: [{ year: Y1, amountOere: 100_000_00 }],
  });
  ids.meeting = (await createMeeting(t.db, sec, { decisionBodyId: pool.bodyId, startsAt: `${Y1}-05-20T15:00` })).id;
  await setAgenda(t.db, sec, { meetingId: ids.meeting, applicationIds: [ids.agendaApp] });
  ids.recommended = await buildApplication(t.db, { pool, state: 'reviewed' });
});
afterAll(() => t.close());

const OTHER_ORG = ['sekretariat@aarhus.demo', 'raad@aarhus.demo', 'bedoemmer@aarhus.demo'];

interface RouteCase {
  name: string;
  page?: { method: 'GET' | 'POST'; path: () => string; form?: () => Record<string, string> };
  api?: { method: string; path: () => string; body?: () => unknown };
  /** Users of Vejle who may. */
  allowed: string[];
  /** Users of Vejle who may not (403). */
  forbidden: string[];
}

const routes: RouteCase[] = [
  {
    name: 'inbox',
    page: { method: 'GET', path: () => paths.pools.inbox({ poolId: pool.poolId }) },
    api: { method: 'GET', path: () => `/pools/${pool.poolId}/submissions` },
    allowed: ['sekretariat@vejle.demo'],
    forbidden: ['bedoemmer@vejle.demo', 'ansoeger@vejle.demo', 'raad@vejle.demo', 'oekonomi@vejle.demo'],
  },
  {
    name: 'case page',
    page: { method: 'GET', path: () => paths.assessment.case({ applicationId: ids.submitted }) },
    allowed: ['sekretariat@vejle.demo'],
    forbidden: ['bedoemmer@vejle.demo', 'ansoeger@vejle.demo', 'raad@vejle.demo'],
  },
  {
    name: 'screening',
    page: { method: 'POST', path: () => paths.assessment.screen({ applicationId: ids.submitted }), form: () => ({ decision: 'qualify' }) },
    api: { method: 'POST', path: () => `/applications/${ids.submitted}/screening`, body: () => ({ decision: 'qualify' }) },
    allowed: [],
    forbidden: ['bedoemmer@vejle.demo', 'ansoeger@vejle.demo', 'raad@vejle.demo'],
  },
  {
    name: 'question to the applicant',
    page: { method: 'POST', path: () => paths.assessment.ask({ applicationId: ids.submitted }), form: () => ({ question: 'Hvorfor?' }) },
    api: { method: 'POST', path: () => `/applications/${ids.submitted}/information-requests`, body: () => ({ question: 'Hvorfor?' }) },
    allowed: [],
    forbidden: ['bedoemmer@vejle.demo', 'ansoeger@vejle.demo', 'raad@vejle.demo'],
  },
  {
    name: 'assign reviewers',
    page: { method: 'POST', path: () => paths.assessment.assignReviewers({ applicationId: ids.inReview }), form: () => ({ mode: 'even', count: '3' }) },
    api: { method: 'POST', path: () => `/applications/${ids.inReview}/reviewers`, body: () => ({ mode: 'even', count: 3 }) },
    allowed: [],
    forbidden: ['bedoemmer@vejle.demo', 'ansoeger@vejle.demo', 'raad@vejle.demo'],
  },
  {
    name: 'review workspace (assigned reviewer only)',
    page: { method: 'GET', path: () => paths.reviews.workspace({ applicationId: ids.inReview }) },
    api: { method: 'GET', path: () => `/applications/${ids.inReview}/review` },
    allowed: ['bedoemmer@vejle.demo'],
    forbidden: ['bedoemmer2@vejle.demo', 'sekretariat@vejle.demo', 'ansoeger@vejle.demo', 'raad@vejle.demo'],
  },
  {
    name: 'submit review (assigned reviewer only)',
    page: {
      method: 'POST',
      path: () => paths.reviews.workspace({ applicationId: ids.inReview }),
      form: () => ({ 'criteria[oekonomisk-gevinst][score]': '3' }),
    },
    api: { method: 'POST', path: () => `/applications/${ids.inReview}/review`, body: () => ({ criteria: {} }) },
    allowed: [],
    forbidden: ['bedoemmer2@vejle.demo', 'sekretariat@vejle.demo', 'ansoeger@vejle.demo'],
  },
  {
    name: 'save review draft (assigned reviewer only)',
    page: {
      method: 'POST',
      path: () => paths.reviews.workspace({ applicationId: ids.inReview }),
      form: () => ({ intent: 'draft', 'criteria[oekonomisk-gevinst][score]': '3' }),
    },
    api: { method: 'PUT', path: () => `/applications/${ids.inReview}/review/draft`, body: () => ({ criteria: {} }) },
    allowed: ['bedoemmer@vejle.demo'],
    forbidden: ['bedoemmer2@vejle.demo', 'sekretariat@vejle.demo', 'ansoeger@vejle.demo'],
  },
  {
    name: 'conflict declaration (assigned reviewer only)',
    page: { method: 'POST', path: () => paths.reviews.conflict({ applicationId: ids.inReview }), form: () => ({ hasConflict: 'false' }) },
    api: { method: 'POST', path: () => `/applications/${ids.inReview}/conflict-declaration`, body: () => ({ hasConflict: false }) },
    allowed: [],
    forbidden: ['bedoemmer2@vejle.demo', 'sekretariat@vejle.demo', 'ansoeger@vejle.demo'],
  },
  {
    name: 'score summary',
    page: { method: 'GET', path: () => paths.pools.scores({ poolId: pool.poolId }) },
    api: { method: 'GET', path: () => `/pools/${pool.poolId}/score-summary` },
    allowed: ['sekretariat@vejle.demo', 'raad@vejle.demo'],
    forbidden: ['bedoemmer@vejle.demo', 'ansoeger@vejle.demo', 'oekonomi@vejle.demo'],
  },
  {
    name: 'recommendation',
    page: { method: 'GET', path: () => paths.assessment.recommend({ applicationId: ids.recommended }) },
    api: { method: 'POST', path: () => `/applications/${ids.recommended}/recommendation`, body: () => ({ kind: 'not_recommend' }) },
    allowed: ['sekretariat@vejle.demo'],
    forbidden: ['bedoemmer@vejle.demo', 'ansoeger@vejle.demo', 'raad@vejle.demo'],
  },
  {
    name: 'direct decision',
    page: { method: 'GET', path: () => paths.assessment.decideDirectly({ applicationId: ids.direct }) },
    api: { method: 'POST', path: () => `/applications/${ids.direct}/direct-decision`, body: () => ({ outcome: 'reject', reason: 'Nej' }) },
    allowed: ['raad@vejle.demo'],
    forbidden: ['sekretariat@vejle.demo', 'bedoemmer@vejle.demo', 'ansoeger@vejle.demo'],
  },
  {
    name: 'meeting calendar',
    page: { method: 'GET', path: () => paths.pools.meetings({ poolId: pool.poolId }) },
    allowed: ['sekretariat@vejle.demo', 'raad@vejle.demo'],
    forbidden: ['bedoemmer@vejle.demo', 'ansoeger@vejle.demo'],
  },
  {
    name: 'create meeting',
    page: {
      method: 'POST',
      path: () => paths.pools.meetings({ poolId: pool.poolId }),
      form: () => ({ decisionBodyId: pool.bodyId, date: `${Y1 + 1}-01-01`, time: '10:00' }),
    },
    api: { method: 'POST', path: () => '/meetings', body: () => ({ decisionBodyId: pool.bodyId, startsAt: `${Y1 + 1}-01-01T10:00` }) },
    allowed: [],
    forbidden: ['raad@vejle.demo', 'bedoemmer@vejle.demo', 'ansoeger@vejle.demo'],
  },
  {
    name: 'meeting and agenda',
    page: { method: 'GET', path: () => paths.meetings.show({ meetingId: ids.meeting }) },
    api: { method: 'GET', path: () => `/meetings/${ids.meeting}` },
    allowed: ['sekretariat@vejle.demo', 'raad@vejle.demo'],
    forbidden: ['bedoemmer@vejle.demo', 'ansoeger@vejle.demo'],
  },
  {
    name: 'printable agenda',
    page: { method: 'GET', path: () => paths.meetings.agenda({ meetingId: ids.meeting }) },
    allowed: ['sekretariat@vejle.demo', 'raad@vejle.demo'],
    forbidden: ['bedoemmer@vejle.demo', 'ansoeger@vejle.demo'],
  },
  {
    name: 'set agenda',
    page: { method: 'POST', path: () => paths.meetings.agenda({ meetingId: ids.meeting }), form: () => ({}) },
    api: { method: 'PUT', path: () => `/meetings/${ids.meeting}/agenda`, body: () => ({ applicationIds: [] }) },
    allowed: [],
    forbidden: ['raad@vejle.demo', 'bedoemmer@vejle.demo', 'ansoeger@vejle.demo'],
  },
  {
    name: 'decision form',
    page: { method: 'GET', path: () => paths.meetings.itemDecision({ meetingId: ids.meeting, applicationId: ids.agendaApp }) },
    api: { method: 'POST', path: () => `/meetings/${ids.meeting}/decisions`, body: () => ({ applicationId: ids.agendaApp, outcome: 'defer' }) },
    allowed: ['sekretariat@vejle.demo', 'raad@vejle.demo'],
    forbidden: ['bedoemmer@vejle.demo', 'ansoeger@vejle.demo', 'oekonomi@vejle.demo'],
  },
  {
    name: 'minutes document',
    page: { method: 'GET', path: () => paths.meetings.minutes({ meetingId: ids.meeting }) },
    api: { method: 'GET', path: () => `/meetings/${ids.meeting}/minutes` },
    allowed: ['sekretariat@vejle.demo', 'raad@vejle.demo'],
    forbidden: ['bedoemmer@vejle.demo', 'ansoeger@vejle.demo'],
  },
  {
    name: 'minutes PDF',
    page: { method: 'GET', path: () => paths.meetings.minutesPdf({ meetingId: ids.meeting }) },
    allowed: [],
    forbidden: ['bedoemmer@vejle.demo', 'ansoeger@vejle.demo'],
  },
  {
    name: 'minutes form',
    page: { method: 'GET', path: () => paths.meetings.editMinutes({ meetingId: ids.meeting }) },
    allowed: ['sekretariat@vejle.demo', 'raad@vejle.demo'],
    forbidden: ['bedoemmer@vejle.demo', 'ansoeger@vejle.demo'],
  },
  {
    name: 'save minutes',
    page: { method: 'POST', path: () => paths.meetings.editMinutes({ meetingId: ids.meeting }), form: () => ({ generalText: 'Ændret' }) },
    api: { method: 'PUT', path: () => `/meetings/${ids.meeting}/minutes`, body: () => ({ generalText: 'Ændret' }) },
    allowed: [],
    forbidden: ['raad@vejle.demo', 'bedoemmer@vejle.demo', 'ansoeger@vejle.demo'],
  },
  {
    name: 'publish minutes',
    page: { method: 'POST', path: () => paths.meetings.publish({ meetingId: ids.meeting }), form: () => ({}) },
    api: { method: 'POST', path: () => `/meetings/${ids.meeting}/publication`, body: () => ({}) },
    allowed: [],
    forbidden: ['bedoemmer@vejle.demo', 'ansoeger@vejle.demo'],
  },
  {
    name: 'send out the agenda',
    page: { method: 'POST', path: () => paths.meetings.publishAgenda({ meetingId: ids.meeting }), form: () => ({}) },
    api: { method: 'POST', path: () => `/meetings/${ids.meeting}/agenda-publication`, body: () => ({}) },
    allowed: [],
    forbidden: ['raad@vejle.demo', 'bedoemmer@vejle.demo', 'ansoeger@vejle.demo'],
  },
];

async function call(email: string | null, r: RouteCase, kind: 'page' | 'api'): Promise<Response> {
  const client = email ? await t.as(email) : t.anonymous();
  if (kind === 'page' && r.page) {
    return r.page.method === 'GET' ? client.get(r.page.path()) : client.postForm(r.page.path(), r.page.form?.() ?? {});
  }
  if (kind === 'api' && r.api) return client.api(r.api.method, r.api.path(), r.api.body?.());
  throw new Error('no such route kind');
}

describe.each(routes)('$name', (r) => {
  const kinds = [...(r.page ? (['page'] as const) : []), ...(r.api ? (['api'] as const) : [])];
  it.each(kinds)('%s: another organisation gets 404', async (kind) => {
    for (const email of OTHER_ORG) expect([email, (await call(email, r, kind)).status]).toEqual([email, 404]);
  });
  it.each(kinds)('%s: the wrong role gets 403', async (kind) => {
    for (const email of r.forbidden) expect([email, (await call(email, r, kind)).status]).toEqual([email, 403]);
  });
  it.each(kinds)('%s: anonymous gets 401 or the login page', async (kind) => {
    const res = await call(null, r, kind);
    if (kind === 'api') expect(res.status).toBe(401);
    else if (r.page?.method === 'GET') {
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toMatch(/^\/login/);
    } else expect(res.status).toBe(403); // no session, no CSRF token: refused before anything runs
  });
  const readable = kinds.filter((k) => (k === 'page' ? r.page?.method : r.api?.method) === 'GET');
  if (r.allowed.length > 0 && readable.length > 0) {
    it.each(readable)('%s: the right role gets through', async (kind) => {
      for (const email of r.allowed) expect([email, (await call(email, r, kind)).status]).toEqual([email, 200]);
    });
  }
});

describe('nothing changed by the refused calls', () => {
  it('keeps every sample in its state', async () => {
    expect(await stateOf(t.db, ids.submitted)).toBe('submitted');
    expect(await stateOf(t.db, ids.inReview)).toBe('in_review');
    expect(await stateOf(t.db, ids.agendaApp)).toBe('on_agenda');
    expect(await stateOf(t.db, ids.direct)).toBe('qualified');
    expect(await stateOf(t.db, ids.recommended)).toBe('reviewed');
    expect(await userId(t.db, 'bedoemmer2@vejle.demo')).toBeTruthy();
    const minutes = await getMinutes(t.db, await t.actor('sekretariat@vejle.demo'), { meetingId: ids.meeting });
    expect(minutes.generalText).toBe('');
  });
});

describe('notifications', () => {
  it('are personal: the page and API need a login and show only one’s own', async () => {
    expect((await t.anonymous().get(paths.notifications.list())).status).toBe(302);
    expect((await t.anonymous().api('GET', '/notifications')).status).toBe(401);
    const reviewer = await t.as('bedoemmer@vejle.demo');
    const res = await reviewer.api('GET', '/notifications');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { notifications: { kind: string }[]; unread: number };
    expect(body.notifications.map((n) => n.kind)).toEqual(['review.assigned']);
    const other = (await (await (await t.as('ansoeger@aarhus.demo')).api('GET', '/notifications')).json()) as { notifications: unknown[] };
    expect(other.notifications).toEqual([]);
    const page = await reviewer.get(paths.notifications.list());
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Ny ansøgning til bedømmelse');
  });
});
