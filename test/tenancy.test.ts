/**
 * Tenancy over EVERY route the app has, found by enumerating `app.routes` (so new routes are covered
 * the moment they are registered):
 *
 * - a route with path parameters is requested with objects of ANOTHER organisation (Aarhus) by a
 *   Vejle user holding each role, by page and by API: the answer must be 404 (never content, a
 *   redirect or a 500). A positive control checks that an Aarhus user does NOT get 404 from the
 *   GET routes, so the fixtures are real objects and the 404 means something;
 * - every non-public route answers an anonymous caller with 401 (API) or a redirect to /login (page GET).
 *
 * Param names map to fixtures below. A route with a param name this file does not know fails with
 * "no fixture for :xyz — add one". A route that refuses an empty body before checking access needs
 * valid input in `inputs` (the failure says so), so the test reaches the authorization.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/client.js';
import {
  agendaItems,
  applicationAttachments,
  applicationVersions,
  applications,
  budgetLines,
  decisionBodies,
  decisions,
  departments,
  ideaAdvice,
  ideas,
  informationRequests,
  ledgerEntries,
  meetings,
  notifications,
  organisations,
  pools,
  recommendations,
  reviews,
  screenings,
  users,
} from '../src/db/schema/index.js';
import { demoRoles } from '../src/demo/seed.js';
import { createApiToken } from '../src/usecases/accounts/create-api-token.js';
import { syncBudgetFromSetup } from '../src/usecases/ledger/sync-budget-from-setup.js';
import pino from 'pino';
import { createApp } from '../src/app.js';
import { registeredOperations } from '../src/web/api/registry.js';
import { loadConfig } from '../src/config.js';
import { createTestApp, type TestApp, type TestClient } from './support/app.js';

/** Routes anyone may call without logging in. */
const publicRoutes = new Set([
  'GET /login',
  'POST /login',
  'POST /logout', // logging out without a session just lands on /login
  'GET /sprog/:lang',
  'GET /tilgaengelighed',
  'GET /healthz',
  'GET /api/v1/openapi.json',
  'POST /api/v1/session',
]);
const isPublic = (r: Route) => publicRoutes.has(r.key) || r.path.startsWith('/static/');

/**
 * Routes whose object is shared across organisations by design (none yet; the shared catalogue may
 * be one). Key → why.
 */
const sharedAcrossOrganisations: Record<string, string> = {};

/**
 * Valid input for routes that validate it before loading the object (key "METHOD path"): the JSON
 * body (API) or form fields (pages), or the query string of a GET. Ids inside come from the same
 * Aarhus fixtures: `await fx('budgetLineId')`. Without an entry a route gets an empty body.
 */
type Input = Record<string, unknown> | FormData;
const inputs: Record<string, (fx: (param: string) => Promise<string>) => Promise<Input>> = {
  'POST /api/v1/pools/:poolId/ledger/commitments': async (fx) => ({
    budgetLineId: await fx('budgetLineId'),
    applicationId: await fx('applicationId'),
    split: [{ year: Number(await fx('poolYear')), amountOere: 100_00 }],
    reference: 'Beslutning',
    reason: 'Test',
  }),
  'POST /api/v1/applications/:applicationId/ledger/payouts': async (fx) => ({ ...(await lineYearAmount(fx)), reference: 'Faktura 1', reason: '' }),
  'POST /api/v1/applications/:applicationId/ledger/returns': async (fx) => ({ ...(await lineYearAmount(fx)), reference: 'Bilag 1', reason: 'Test' }),
  'POST /api/v1/pools/:poolId/ledger/adjustments': async (fx) => ({ ...(await lineYearAmount(fx)), reference: 'Byrådet', reason: 'Test' }),
  'POST /api/v1/pools/:poolId/ledger/carry-overs': async (fx) => ({
    budgetLineId: await fx('budgetLineId'),
    fromYear: Number(await fx('poolYear')),
    amountOere: 100_00,
    reference: 'Byrådet',
    reason: 'Test',
  }),
  'POST /api/v1/ledger/entries/:entryId/reversal': async () => ({ reference: 'Mail', reason: 'Test' }),
  'GET /api/v1/pools/:poolId/ledger/export': async () => ({ format: 'csv' }),
  'POST /api/v1/ideas/:ideaId/advice': async () => ({ topic: 'economy', body: 'Et råd' }),
  'POST /api/v1/ideas/:ideaId/assessment': async () => ({ assessment: 'promising' }),
  'POST /api/v1/applications/:applicationId/attachments': async () => pdfUpload(),
  'GET /api/v1/applications/:applicationId/versions/compare': async () => ({ from: 1, to: 2 }),
  'GET /ansoegninger/:id/versioner/sammenlign': async () => ({ fra: 1, til: 2 }),
  'POST /api/v1/applications/:applicationId/co-applicants': async () => ({ email: 'bedoemmer@aarhus.demo' }),
  'POST /api/v1/applications/:applicationId/screening': async () => ({ decision: 'qualify' }),
  'POST /api/v1/applications/:applicationId/information-requests': async () => ({ question: 'Uddyb budgettet' }),
  'POST /api/v1/applications/:applicationId/reviewers': async () => ({ mode: 'even', count: 1 }),
  'POST /api/v1/applications/:applicationId/conflict-declaration': async () => ({ hasConflict: false }),
  'POST /api/v1/applications/:applicationId/review': async () => ({ criteria: {} }),
  'POST /api/v1/applications/:applicationId/recommendation': async () => ({ kind: 'not_recommend' }),
  'POST /api/v1/applications/:applicationId/direct-decision': async () => ({ outcome: 'reject', reason: 'Test' }),
  'PUT /api/v1/meetings/:meetingId/agenda': async () => ({ applicationIds: [] }),
  'POST /api/v1/meetings/:meetingId/decisions': async (fx) => ({ applicationId: await fx('applicationId'), outcome: 'defer' }),
};
/** A multipart body with a small PDF in the field "file". */
const pdfUpload = () => {
  const form = new FormData();
  form.append('file', new Blob(['%PDF-1.4\n%%EOF\n'], { type: 'application/pdf' }), 'bilag.pdf');
  return form;
};
const lineYearAmount = async (fx: (param: string) => Promise<string>) => ({
  budgetLineId: await fx('budgetLineId'),
  year: Number(await fx('poolYear')),
  amountOere: 100_00,
});

const roles = Object.keys(demoRoles); // ansoeger, sekretariat, bedoemmer, raad, oekonomi, admin

interface Route {
  method: string;
  path: string;
  key: string;
  params: string[];
  api: boolean;
}

/**
 * The app's routes, read at collection time (building the app touches no database), so each route
 * becomes its own test below and a failure names it.
 */
function enumerateRoutes(): Route[] {
  const app = createApp({ db: {} as Db, config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), logger: pino({ level: 'silent' }) });
  const seen = new Map<string, Route>();
  for (const r of app.routes) {
    if (r.method === 'ALL') continue; // middleware (app.use)
    const key = `${r.method} ${r.path}`;
    if (seen.has(key)) continue;
    const params = [...r.path.matchAll(/:(\w+)(?:\{[^}]*\})?\??/g)].map((m) => m[1] ?? '');
    seen.set(key, { method: r.method, path: r.path, key, params, api: r.path.startsWith('/api/') });
  }
  return [...seen.values()];
}
const routes = enumerateRoutes();

let t: TestApp;
const vejle: { role: string; client: TestClient }[] = [];
const aarhus: { role: string; client: TestClient }[] = [];
beforeAll(async () => {
  t = await createTestApp('demo');
  // Aarhus's reviewer is assigned to the Aarhus application, so the positive control reaches review pages.
  await fx('reviewId');
  for (const role of roles) {
    vejle.push({ role, client: await t.as(`${role}@vejle.demo`) });
    aarhus.push({ role, client: await t.as(`${role}@aarhus.demo`) });
  }
});
afterAll(() => t?.close());

// ---------------------------------------------------------------------------
// Fixtures: objects of Aarhus, found in the demo data or created here (directly, with minimal rows)
// ---------------------------------------------------------------------------

const userId = async (db: Db, email: string) => {
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!u) throw new Error(`demo user ${email} missing`);
  return u.id;
};
const one = <T>(rows: T[], what: string): T => {
  const [row] = rows;
  if (!row) throw new Error(`fixture: no ${what}`);
  return row;
};

type FixtureFn = (db: Db, fx: (param: string) => Promise<string>) => Promise<string>;

/** Param name → an Aarhus object's id. Several names may mean the same kind of object. */
const fixtureFns: Record<string, FixtureFn> = {
  organisationId: async (db) => one(await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, 'aarhus')), 'Aarhus').id,
  departmentId: async (db, fx) =>
    one(
      await db
        .select({ id: departments.id })
        .from(departments)
        .where(eq(departments.organisationId, await fx('organisationId'))),
      'Aarhus department',
    ).id,
  poolId: async (db, fx) =>
    one(
      await db
        .select({ id: pools.id })
        .from(pools)
        .where(eq(pools.organisationId, await fx('organisationId')))
        .orderBy(asc(pools.createdAt)),
      'Aarhus pool (demo presets)',
    ).id,
  /** Not a route param: the first year of the Aarhus pool, for request bodies. */
  poolYear: async (db, fx) =>
    String(
      one(
        await db
          .select({ y: pools.periodStartYear })
          .from(pools)
          .where(eq(pools.id, await fx('poolId'))),
        'pool',
      ).y,
    ),
  budgetLineId: async (db, fx) =>
    one(
      await db
        .select({ id: budgetLines.id })
        .from(budgetLines)
        .where(eq(budgetLines.poolId, await fx('poolId'))),
      'budget line',
    ).id,
  decisionBodyId: async (db, fx) =>
    one(
      await db
        .select({ id: decisionBodies.id })
        .from(decisionBodies)
        .where(eq(decisionBodies.poolId, await fx('poolId'))),
      'decision body',
    ).id,
  meetingId: async (db, fx) => {
    const bodyIds = (
      await db
        .select({ id: decisionBodies.id })
        .from(decisionBodies)
        .where(eq(decisionBodies.poolId, await fx('poolId')))
    ).map((b) => b.id);
    const [existing] = await db.select({ id: meetings.id }).from(meetings).where(inArray(meetings.decisionBodyId, bodyIds));
    if (existing) return existing.id;
    const [row] = await db
      .insert(meetings)
      .values({ decisionBodyId: await fx('decisionBodyId'), startsAt: new Date(Date.now() + 30 * 86400_000), location: 'Rådhuset' })
      .returning({ id: meetings.id });
    return one(row ? [row] : [], 'meeting').id;
  },
  applicationId: async (db, fx) => {
    const [row] = await db
      .insert(applications)
      .values({
        organisationId: await fx('organisationId'),
        poolId: await fx('poolId'),
        caseNumber: 'TENANCY-0001',
        state: 'submitted',
        leadUserId: await fx('userId'),
        title: 'Aarhus-ansøgning (tenancy-test)',
        budgetLineId: await fx('budgetLineId'),
        amountAppliedOere: 100_000_00,
        content: {},
        currentVersion: 2,
        submittedAt: new Date(),
      })
      .returning({ id: applications.id });
    const id = one(row ? [row] : [], 'application').id;
    // Two versions, so version comparisons have something to compare.
    for (const number of [1, 2]) await db.insert(applicationVersions).values({ applicationId: id, number, content: {}, submittedByUserId: await fx('userId') });
    return id;
  },
  versionId: async (db, fx) =>
    one(
      await db
        .select({ id: applicationVersions.id })
        .from(applicationVersions)
        .where(eq(applicationVersions.applicationId, await fx('applicationId'))),
      'version',
    ).id,
  attachmentId: async (db, fx) => {
    const data = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
    const [row] = await db
      .insert(applicationAttachments)
      .values({
        applicationId: await fx('applicationId'),
        fileName: 'bilag.pdf',
        contentType: 'application/pdf',
        sizeBytes: data.byteLength,
        data,
        uploadedByUserId: await fx('userId'),
      })
      .returning({ id: applicationAttachments.id });
    return one(row ? [row] : [], 'attachment').id;
  },
  ideaId: async (db, fx) => {
    const [row] = await db
      .insert(ideas)
      .values({
        organisationId: await fx('organisationId'),
        poolId: await fx('poolId'),
        authorUserId: await fx('userId'),
        title: 'Aarhus-idé (tenancy-test)',
        summary: 'Kort',
        needAnalysis: 'Behov',
      })
      .returning({ id: ideas.id });
    return one(row ? [row] : [], 'idea').id;
  },
  adviceId: async (db, fx) => {
    const [row] = await db
      .insert(ideaAdvice)
      .values({ ideaId: await fx('ideaId'), authorUserId: await userId(db, 'sekretariat@aarhus.demo'), topic: 'economy', body: 'Råd' })
      .returning({ id: ideaAdvice.id });
    return one(row ? [row] : [], 'advice').id;
  },
  entryId: async (db, fx) => {
    const poolId = await fx('poolId');
    const find = async () =>
      (await db.select({ id: ledgerEntries.id }).from(ledgerEntries).where(eq(ledgerEntries.poolId, poolId)).orderBy(asc(ledgerEntries.seq)))[0];
    const found = (await find()) ?? (await db.transaction((tx) => syncBudgetFromSetup(tx, null, poolId)), await find());
    return one(found ? [found] : [], 'ledger entry').id;
  },
  informationRequestId: async (db, fx) => {
    const [row] = await db
      .insert(informationRequests)
      .values({ applicationId: await fx('applicationId'), question: 'Uddyb budgettet', askedByUserId: await userId(db, 'sekretariat@aarhus.demo') })
      .returning({ id: informationRequests.id });
    return one(row ? [row] : [], 'information request').id;
  },
  screeningId: async (db, fx) => {
    const [row] = await db
      .insert(screenings)
      .values({ applicationId: await fx('applicationId'), decision: 'qualify', screenedByUserId: await userId(db, 'sekretariat@aarhus.demo') })
      .returning({ id: screenings.id });
    return one(row ? [row] : [], 'screening').id;
  },
  reviewId: async (db, fx) => {
    const [row] = await db
      .insert(reviews)
      .values({
        applicationId: await fx('applicationId'),
        organisationId: await fx('organisationId'),
        reviewerUserId: await userId(db, 'bedoemmer@aarhus.demo'),
      })
      .returning({ id: reviews.id });
    return one(row ? [row] : [], 'review').id;
  },
  recommendationId: async (db, fx) => {
    const [row] = await db
      .insert(recommendations)
      .values({
        applicationId: await fx('applicationId'),
        kind: 'recommend',
        amountOere: 100_000_00,
        budgetLineId: await fx('budgetLineId'),
        split: [],
        createdByUserId: await userId(db, 'sekretariat@aarhus.demo'),
      })
      .returning({ id: recommendations.id });
    return one(row ? [row] : [], 'recommendation').id;
  },
  agendaItemId: async (db, fx) => {
    const [row] = await db
      .insert(agendaItems)
      .values({ meetingId: await fx('meetingId'), applicationId: await fx('applicationId'), position: 1 })
      .returning({ id: agendaItems.id });
    return one(row ? [row] : [], 'agenda item').id;
  },
  decisionId: async (db, fx) => {
    const [row] = await db
      .insert(decisions)
      .values({
        applicationId: await fx('applicationId'),
        route: 'meeting',
        meetingId: await fx('meetingId'),
        agendaItemId: await fx('agendaItemId'),
        outcome: 'defer',
        split: [],
        decidedByUserId: await userId(db, 'raad@aarhus.demo'),
      })
      .returning({ id: decisions.id });
    return one(row ? [row] : [], 'decision').id;
  },
  notificationId: async (db, fx) => {
    const [row] = await db
      .insert(notifications)
      .values({
        userId: await fx('userId'),
        organisationId: await fx('organisationId'),
        applicationId: await fx('applicationId'),
        kind: 'test',
        title: { da: 'Besked', en: 'Message' },
        body: { da: 'Tekst', en: 'Text' },
      })
      .returning({ id: notifications.id });
    return one(row ? [row] : [], 'notification').id;
  },
  /** An Aarhus applicant (also the lead of the Aarhus application above). */
  userId: async (db) => userId(db, 'ansoeger@aarhus.demo'),
  tokenId: async (db, fx) => (await createApiToken(db, null, await fx('userId'), { name: 'aarhus' })).id,
};
/** Other names for the same kinds of object. */
const aliases: Record<string, string> = {
  orgId: 'organisationId',
  lineId: 'budgetLineId',
  bodyId: 'decisionBodyId',
  itemId: 'agendaItemId',
  requestId: 'informationRequestId',
  coApplicantId: 'userId',
  reviewerId: 'userId',
  memberId: 'userId',
};
/** Params that name a part of a page or a number rather than an object. */
const literalParams: Record<string, string> = {
  section: 'grundoplysninger', // /puljer/:poolId/rediger/:section
  applicationStep: 'grundoplysninger', // /ansoegninger/:id/trin/:slug
  version: '1',
  versionNumber: '1',
  number: '1',
  from: '1',
  to: '1',
  year: String(new Date().getFullYear()),
};

/**
 * Generic param names (`:id`, `:slug`) are read by the path segment before them:
 * `/ansoegninger/:id` is an application, `/ideer/:id` an idea, `/ansoegninger/:id/trin/:slug` a step.
 */
const genericParams = new Set(['id', 'slug', 'key']);
const byPrecedingSegment: Record<string, string> = {
  ansoegninger: 'applicationId',
  applications: 'applicationId',
  ideer: 'ideaId',
  ideas: 'ideaId',
  puljer: 'poolId',
  pools: 'poolId',
  moeder: 'meetingId',
  meetings: 'meetingId',
  bilag: 'attachmentId',
  attachments: 'attachmentId',
  bedoemmelser: 'applicationId', // the reviewer's workspace for an application
  vurdering: 'applicationId', // the secretariat's assessment of an application
  reviews: 'reviewId',
  notifikationer: 'notificationId',
  notifications: 'notificationId',
  posteringer: 'entryId',
  entries: 'entryId',
  trin: 'applicationStep',
};

/** The fixture (or literal) name for a param of a route path; undefined when this file does not know it. */
function fixtureName(path: string, param: string): string | undefined {
  let name = param;
  if (genericParams.has(param)) {
    const before =
      path
        .split(new RegExp(`/:${param}(?:\\{[^}]*\\})?\\??(?:/|$)`))[0]
        ?.split('/')
        .pop() ?? '';
    const resolved = byPrecedingSegment[before];
    if (!resolved) return undefined;
    name = resolved;
  }
  name = aliases[name] ?? name;
  return name in fixtureFns || name in literalParams ? name : undefined;
}
const hasFixture = (route: Route, param: string) => fixtureName(route.path, param) !== undefined;
const routeHasFixtures = (route: Route) => route.params.every((p) => hasFixture(route, p));

const memo = new Map<string, Promise<string>>();
function fx(param: string): Promise<string> {
  if (param in literalParams) return Promise.resolve(literalParams[param] ?? '');
  const name = aliases[param] ?? param;
  const fn = fixtureFns[name];
  if (!fn) return Promise.reject(new Error(`no fixture for :${param} — add one to fixtureFns in test/tenancy.test.ts`));
  let p = memo.get(name);
  if (!p) {
    p = fn(t.db, fx);
    memo.set(name, p);
  }
  return p;
}

async function concretePath(route: Route): Promise<string> {
  let path = route.path;
  for (const param of route.params) {
    const value = await fx(fixtureName(route.path, param) ?? param);
    path = path.replace(new RegExp(`:${param}(\\{[^}]*\\})?\\??`), encodeURIComponent(value));
  }
  return path.replace(/\*/g, 'x');
}

/** The API operation behind a route, if any (its declared example input is the valid input sent). */
const operationOf = (route: Route) =>
  route.api ? registeredOperations().find((op) => op.method.toUpperCase() === route.method && `/api/v1${op.path}` === route.path) : undefined;

/** The example input an operation declares, with the Aarhus fixtures for the ids it names. */
async function exampleInput(route: Route): Promise<Input | undefined> {
  const example = operationOf(route)?.example;
  if (!example) return undefined;
  const names = new Set<string>();
  example((name) => (names.add(name), ''));
  const ids = new Map<string, string>();
  for (const name of names) ids.set(name, await fx(name));
  return example((name) => ids.get(name) ?? '');
}

async function call(client: TestClient, route: Route, path: string): Promise<Response> {
  const input = (await inputs[route.key]?.(fx)) ?? (await exampleInput(route)) ?? {};
  const method = route.method;
  if (input instanceof FormData) {
    input.set('_csrf', client.csrfToken);
    return client.request(path, { method, body: input, headers: { 'x-csrf-token': client.csrfToken } });
  }
  if (method === 'GET' || method === 'DELETE') {
    const query = new URLSearchParams(Object.entries(input).map(([k, v]) => [k, String(v)])).toString();
    const target = query ? `${path}?${query}` : path;
    if (route.api) return client.api(method, target.replace(/^\/api\/v1/, ''));
    return method === 'GET' ? client.get(target) : client.request(target, { method, headers: { 'x-csrf-token': client.csrfToken } });
  }
  if (route.api) return client.api(method, path.replace(/^\/api\/v1/, ''), input);
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(input)) fields[k] = typeof v === 'object' ? JSON.stringify(v) : String(v);
  if (method === 'POST') return client.postForm(path, fields);
  return client.request(path, { method, headers: { 'x-csrf-token': client.csrfToken } });
}

const describeStatus = async (res: Response) => {
  const location = res.headers.get('location');
  const text = res.status === 422 || res.status === 400 || res.status >= 500 ? ` ${(await res.text()).slice(0, 160).replace(/\s+/g, ' ')}` : '';
  return `${res.status}${location ? ` → ${location}` : ''}${text}`;
};

const table = (list: Route[]) => list.map((r) => [r.key, r] as const);
const protectedRoutes = routes.filter((r) => !isPublic(r));
const objectRoutes = protectedRoutes.filter((r) => r.params.length > 0 && !(r.key in sharedAcrossOrganisations));

describe('tenancy: the routes', () => {
  it('finds the routes, and a fixture for every path parameter', () => {
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.map((r) => r.key)).toEqual(expect.arrayContaining(['GET /', 'GET /api/v1/me', 'POST /login']));
    const missing = routes.flatMap((r) =>
      r.params
        .filter((p) => !isPublic(r) && !hasFixture(r, p))
        .map((p) => `no fixture for :${p} (${r.key}) — add one to fixtureFns${genericParams.has(p) ? ' or byPrecedingSegment' : ''} in test/tenancy.test.ts`),
    );
    expect(missing).toEqual([]);
  });

  it('keeps the public routes public', async () => {
    const anon = t.anonymous();
    for (const path of ['/login', '/tilgaengelighed', '/healthz', '/api/v1/openapi.json', '/static/dkfds/css/dkfds.min.css', '/static/app/app.css']) {
      expect((await anon.get(path)).status, path).toBe(200);
    }
    expect((await anon.get('/sprog/en')).status).toBe(303);
  });
});

describe('tenancy: a Vejle user of every role gets 404 for Aarhus objects, by page and by API', () => {
  it.each(table(objectRoutes.filter(routeHasFixtures)))('%s', async (_key, route) => {
    const path = await concretePath(route);
    const wrong: string[] = [];
    let example = '';
    for (const { role, client } of vejle) {
      const res = await call(client, route, path);
      if (res.status === 404) continue;
      wrong.push(`${role} ${res.status}`);
      example ||= await describeStatus(res);
    }
    const hint = /^(422|400)/.test(example) ? ' — it refused the input before checking access: add valid input for this route to `inputs`' : '';
    expect(wrong, `${path} as Vejle (${wrong.join(', ')}), e.g. ${example}${hint}`).toEqual([]);
  });
});

describe('tenancy: positive control, an Aarhus user reaches the same objects (so the 404s mean something)', () => {
  it.each(table(objectRoutes.filter((r) => r.method === 'GET' && routeHasFixtures(r))))('%s', async (_key, route) => {
    const path = await concretePath(route);
    const statuses: string[] = [];
    for (const { role, client } of aarhus) {
      const res = await call(client, route, path);
      statuses.push(`${role} ${res.status}`);
      if (res.status !== 404) return;
    }
    expect.fail(
      `every Aarhus role got 404 for ${path} (${statuses.join(', ')}): its fixture is not an object Aarhus can see, or the route needs input in \`inputs\``,
    );
  });
});

describe('tenancy: anonymous callers get 401 (API) or a redirect to /login (pages)', () => {
  let cookie = '';
  let csrf = '';
  beforeAll(async () => {
    // A real anonymous CSRF token, so page POSTs reach the login check instead of failing CSRF.
    const loginPage = await t.anonymous().get('/login');
    cookie = loginPage.headers.get('set-cookie')?.split(';')[0] ?? '';
    csrf = (await loginPage.text()).match(/name="_csrf" value="([^"]+)"/)?.[1] ?? '';
  });

  it.each(table(protectedRoutes))('%s', async (_key, route) => {
    const path = routeHasFixtures(route) ? await concretePath(route) : route.path.replace(/:\w+/g, '00000000-0000-0000-0000-000000000000');
    if (route.api) {
      const res = await t.app.request(path, {
        method: route.method,
        headers: { 'content-type': 'application/json' },
        body: route.method === 'GET' || route.method === 'DELETE' ? undefined : '{}',
      });
      expect(res.status, `${path} → ${await describeStatus(res.clone())}`).toBe(401);
      expect(((await res.json()) as { error?: { code?: string } }).error?.code).toBe('UNAUTHENTICATED');
    } else if (route.method === 'GET') {
      const res = await t.app.request(path, { headers: { cookie } });
      expect([302, 303], `${path} → ${await describeStatus(res)}`).toContain(res.status);
      expect(res.headers.get('location') ?? '').toMatch(/^\/login/);
    } else {
      const res = await t.app.request(path, {
        method: route.method,
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: csrf }),
      });
      expect(res.status, `${path} → ${await describeStatus(res)}`).toBe(401);
    }
  });
});
