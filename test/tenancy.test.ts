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
 * Route params are named as the API names them (`:applicationId`, `:reportId`, …) on pages and in the
 * API alike, and each name is a fixture below (or a literal such as `:sectionSlug`). A route with a
 * param name this file does not know fails with "no fixture for :xyz — add one". API operations are
 * sent the valid input they declare (`example` in web/api/registry.ts, ids filled in with the Aarhus
 * fixtures); a page that refuses an empty form before checking access needs valid input in `inputs`
 * (the failure says so), so the test reaches the authorization.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/client.js';
import {
  applicationAttachments,
  applicationVersions,
  applications,
  budgetLines,
  catalogueEntries,
  catalogueEntryDocuments,
  decisionBodies,
  decisions,
  departments,
  followUpReportAttachments,
  followUpReports,
  identityProviders,
  guideThemes,
  importBatches,
  ideas,
  ledgerEntries,
  meetings,
  networkActors,
  networkMembers,
  networks,
  organisations,
  pools,
  projectChangeRequests,
  reviews,
  roleMappings,
  users,
  webhookDeliveries,
  webhookEndpoints,
} from '../src/db/schema/index.js';
import { demoRoles } from '../src/demo/seed.js';
import { syncBudgetFromSetup } from '../src/usecases/ledger/sync-budget-from-setup.js';
import { startProject } from '../src/usecases/projects/start-project.js';
import { createApiToken } from '../src/usecases/accounts/create-api-token.js';
import pino from 'pino';
import { createApp } from '../src/app.js';
import { registeredOperations } from '../src/web/api/registry.js';
import { loadConfig } from '../src/config.js';
import { paths } from '../src/paths.js';
import { createTestApp, type TestApp, type TestClient } from './support/app.js';
import { startSamlLogin } from '../src/usecases/identity/saml-login.js';
import { spAcsUrl, spEntityId } from '../src/usecases/identity/saml-service-provider.js';
import { secretBox } from '../src/usecases/identity/secret-box.js';
import { readAuthnRequest, samlResponse, testIdp, testSp, type TestIdp } from './support/saml-idp.js';

/** Routes anyone may call without logging in. */
const publicRoutes = new Set([
  'GET /login',
  'POST /login',
  'POST /logout', // logging out without a session just lands on /login
  'GET /sprog/:lang',
  'GET /tilgaengelighed',
  'GET /privatliv',
  'GET /healthz',
  // "Glemt adgangskode?" and the one-time link's page (test/users/pages.test.ts)
  'GET /glemt-adgangskode',
  'POST /glemt-adgangskode',
  'GET /adgangskode/ny',
  'POST /adgangskode/ny',
  'GET /api/v1/openapi.json',
  'POST /api/v1/session',
  // The catalogue's reads: anonymous callers see public entries only (test/catalogue/search.test.ts).
  'GET /api/v1/catalogue/entries',
  'GET /api/v1/catalogue/entries/:entryId',
  'GET /api/v1/catalogue/categories',
  'GET /api/v1/catalogue/organisations',
  // The catalogue's pages (test/catalogue/pages.test.ts): public entries only when logged out
  'GET /katalog',
  'GET /katalog/:catalogueEntryId',
  // An entry's documents: the entry's visibility applies (test/catalogue/publish.test.ts)
  'GET /katalog/:catalogueEntryId/dokumenter/:documentId',
  'GET /api/v1/catalogue/entries/:catalogueEntryId/documents/:documentId',
  // The citizens' guide (editing is under /guide/:organisationSlug/temaer/…, not public)
  'GET /guide',
  'GET /guide/:organisationSlug',
  'GET /guide/:organisationSlug/:themeSlug',
  'GET /api/v1/guide/:organisationSlug/themes',
  'GET /api/v1/guide/:organisationSlug/themes/:themeSlug',
  // Login through an organisation's identity provider (test/identity/oidc-login.test.ts; nothing shown without a verified login, below)
  'GET /login/sso/:providerId',
  'GET /login/sso/oidc/callback',
  // SAML: our SP metadata and the ACS the IdP posts to (no organisation data, no cross-organisation login: see the end of this file)
  'GET /saml/:providerId/metadata',
  'POST /saml/:providerId/acs',
  // The login's second step (a pending login's cookie, no session yet) and password reset by API (test/accounts/two-factor.test.ts)
  'GET /login/to-faktor',
  'POST /login/to-faktor',
  'POST /api/v1/password-resets',
  'POST /api/v1/password-resets/complete',
]);
const isPublic = (r: Route) => publicRoutes.has(r.key) || r.path.startsWith('/static/');

/**
 * Routes whose object is shared across organisations by design (none yet; the shared catalogue may
 * be one). Key → why.
 */
const sharedAcrossOrganisations: Record<string, string> = {};

/**
 * Valid input for PAGE routes that validate it before loading the object (key "METHOD path"): form
 * fields, or the query string of a GET. API operations are not listed here: each declares its own
 * `example` (web/api/registry.ts), which the test sends with the Aarhus fixtures for the ids it names.
 */
type Input = Record<string, unknown> | FormData;
const inputs: Record<string, (fx: (param: string) => Promise<string>) => Promise<Input>> = {
  'GET /ansoegninger/:applicationId/versioner/sammenlign': async () => ({ fra: 1, til: 2 }),
};
/** A multipart body with a small PDF in the field "file" (what every multipart operation takes). */
const pdfUpload = () => {
  const form = new FormData();
  form.append('file', new Blob(['%PDF-1.4\n%%EOF\n'], { type: 'application/pdf' }), 'bilag.pdf');
  return form;
};

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

/** Application content of the Aarhus project: a result goal, milestones, a budget and an end date. */
const projectContent = {
  summary: 'Kort resumé',
  resultGoals: [{ indicator: 'Frigjorte timer pr. måned', baseline: '0', target: '75', method: 'Tidsregistrering', deadline: '' }],
  milestones: [{ date: '2027-04-01', title: 'Skærme opsat' }],
  budget: [{ year: 2027, costType: 'equipment', description: 'Skærme', amountOere: 100_000_00 }],
  endDate: '2028-02-28',
};

/**
 * Route param name (or id name in an operation's example) → an Aarhus object's id. Each name is one
 * kind of object, named as the API names it; `:attachmentId` is resolved by `scopedParams` below.
 */
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
    const rows = await db
      .insert(meetings)
      .values({ decisionBodyId: await fx('decisionBodyId'), startsAt: new Date(Date.now() + 30 * 86400_000), location: 'Rådhuset' })
      .returning({ id: meetings.id });
    return one(rows, 'meeting').id;
  },
  /**
   * One Aarhus case for the application, assessment, meeting, ledger AND project routes: submitted in
   * two versions (so version comparisons have something to compare), approved by a direct decision,
   * then started (in_trial) by the Aarhus secretariat through startProject, which schedules its
   * follow-up reports. An approved and started application is still an application.
   */
  applicationId: async (db, fx) => {
    const lead = await fx('userId');
    const rows = await db
      .insert(applications)
      .values({
        organisationId: await fx('organisationId'),
        poolId: await fx('poolId'),
        caseNumber: 'TENANCY-0001',
        state: 'approved',
        leadUserId: lead,
        leadDepartmentId: await fx('departmentId'),
        title: 'Aarhus-projekt (tenancy-test)',
        budgetLineId: await fx('budgetLineId'),
        amountAppliedOere: 100_000_00,
        content: projectContent,
        currentVersion: 2,
        submittedAt: new Date(),
        decidedAt: new Date(),
      })
      .returning({ id: applications.id });
    const id = one(rows, 'application').id;
    for (const number of [1, 2]) await db.insert(applicationVersions).values({ applicationId: id, number, content: projectContent, submittedByUserId: lead });
    await db.insert(decisions).values({
      applicationId: id,
      route: 'direct',
      outcome: 'approve',
      amountOere: 100_000_00,
      budgetLineId: await fx('budgetLineId'),
      split: [{ year: Number(await fx('poolYear')), amountOere: 100_000_00 }],
      decidedByUserId: await userId(db, 'raad@aarhus.demo'),
    });
    await startProject(db, await t.actor('sekretariat@aarhus.demo'), { applicationId: id, startedOn: '2027-03-01' });
    return id;
  },
  /** An application's attachment (`:attachmentId` outside a report). */
  applicationAttachmentId: async (db, fx) => {
    const data = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
    const rows = await db
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
    return one(rows, 'application attachment').id;
  },
  /** The project's first scheduled follow-up report (startProject scheduled them). */
  reportId: async (db, fx) =>
    one(
      await db
        .select({ id: followUpReports.id })
        .from(followUpReports)
        .where(eq(followUpReports.applicationId, await fx('applicationId')))
        .orderBy(asc(followUpReports.dueOn)),
      'follow-up report (does the Aarhus pool schedule reports?)',
    ).id,
  /** A report's attachment (`:attachmentId` under `:reportId`). */
  reportAttachmentId: async (db, fx) => {
    const data = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
    const rows = await db
      .insert(followUpReportAttachments)
      .values({
        reportId: await fx('reportId'),
        fileName: 'maaling.pdf',
        contentType: 'application/pdf',
        sizeBytes: data.byteLength,
        data,
        uploadedByUserId: await fx('userId'),
      })
      .returning({ id: followUpReportAttachments.id });
    return one(rows, 'report attachment').id;
  },
  /** A change request of the project, not decided yet. */
  changeId: async (db, fx) => {
    const rows = await db
      .insert(projectChangeRequests)
      .values({
        applicationId: await fx('applicationId'),
        kind: 'extend_end_date',
        reason: 'Leverandøren er forsinket',
        newEndDate: '2028-08-31',
        yearMoves: [],
        costTypeMoves: [],
        requestedByUserId: await fx('userId'),
        ledgerEntryIds: [],
      })
      .returning({ id: projectChangeRequests.id });
    return one(rows, 'change request').id;
  },
  ideaId: async (db, fx) => {
    const rows = await db
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
    return one(rows, 'idea').id;
  },
  entryId: async (db, fx) => {
    const poolId = await fx('poolId');
    const find = async () =>
      (await db.select({ id: ledgerEntries.id }).from(ledgerEntries).where(eq(ledgerEntries.poolId, poolId)).orderBy(asc(ledgerEntries.seq)))[0];
    const found = (await find()) ?? (await db.transaction((tx) => syncBudgetFromSetup(tx, null, poolId)), await find());
    return one(found ? [found] : [], 'ledger entry').id;
  },
  /** Not a route param: the Aarhus reviewer's review of the application, so the positive control reaches the review pages. */
  reviewId: async (db, fx) => {
    const rows = await db
      .insert(reviews)
      .values({
        applicationId: await fx('applicationId'),
        organisationId: await fx('organisationId'),
        reviewerUserId: await userId(db, 'bedoemmer@aarhus.demo'),
      })
      .returning({ id: reviews.id });
    return one(rows, 'review').id;
  },
  /** An Aarhus applicant (the lead of the Aarhus application above; the co-applicant routes name a user). */
  userId: async (db) => userId(db, 'ansoeger@aarhus.demo'),
  /** Aarhus's URL name (the guide's editing routes). */
  organisationSlug: async () => 'aarhus',
  /** A theme of the Aarhus citizens' guide. */
  themeSlug: async (db, fx) => (
    await db.insert(guideThemes).values({ organisationId: await fx('organisationId'), slug: 'tenancy-tema', title: 'Tema', problem: 'Problem' }),
    'tenancy-tema'
  ),
  /** An API token of an Aarhus user (`/me/tokens/:tokenId`, `/konto/api-noegler/:tokenId/…`): only its owner may revoke it. */
  /** The Aarhus application's case number (`/organisations/:organisationId/applications/by-case-number/:caseNumber`). */
  caseNumber: async (_db, fx) => (await fx('applicationId'), 'TENANCY-0001'),
  /** An identity provider of Aarhus (only Aarhus's admin manages it). */
  providerId: async (db, fx) =>
    one(
      await db
        .insert(identityProviders)
        .values({
          organisationId: await fx('organisationId'),
          kind: 'oidc',
          displayName: 'Aarhus Entra ID',
          issuer: 'https://login.example/aarhus',
          clientId: 'puljer',
        })
        .returning({ id: identityProviders.id }),
      'identity provider',
    ).id,
  /** An Aarhus catalogue entry shared with nobody outside Aarhus (its sharing pages and API). */
  catalogueEntryId: async (db, fx) =>
    one(
      await db
        .insert(catalogueEntries)
        .values({
          organisationId: await fx('organisationId'),
          source: 'history',
          visibility: 'organisation',
          title: 'Aarhus-indgang (tenancy-test)',
          publishedByUserId: await fx('userId'),
        })
        .returning({ id: catalogueEntries.id }),
      'catalogue entry',
    ).id,
  /** A document on that Aarhus entry. */
  documentId: async (db, fx) =>
    one(
      await db
        .insert(catalogueEntryDocuments)
        .values({
          entryId: await fx('catalogueEntryId'),
          filename: 'rapport.pdf',
          contentType: 'application/pdf',
          sizeBytes: 15,
          content: new TextEncoder().encode('%PDF-1.4\n%%EOF\n'),
          uploadedByUserId: await fx('userId'),
        })
        .returning({ id: catalogueEntryDocuments.id }),
      'catalogue document',
    ).id,
  /** A network Aarhus is a member of and Vejle is not. */
  networkId: async (db, fx) => {
    const [n] = await db.insert(networks).values({ slug: 'tenancy-net', name: 'Aarhus-netværk (tenancy-test)' }).returning({ id: networks.id });
    const id = one(n ? [n] : [], 'network').id;
    await db.insert(networkMembers).values({ networkId: id, organisationId: await fx('organisationId') });
    return id;
  },
  /** An actor in that network's directory. */
  actorId: async (db, fx) =>
    one(
      await db
        .insert(networkActors)
        .values({ networkId: await fx('networkId'), kind: 'company', name: 'Tenancy ApS', cvr: '10000009' })
        .returning({ id: networkActors.id }),
      'network actor',
    ).id,
  /** An Aarhus import batch (its mapping, preview and import pages). */
  batchId: async (db, fx) =>
    one(
      await db
        .insert(importBatches)
        .values({
          organisationId: await fx('organisationId'),
          fileName: 'projekter.csv',
          headers: ['Sagsnr.', 'Titel'],
          rows: [['A-1', 'Aarhus-projekt']],
          sheets: [{ name: 'CSV', headers: ['Sagsnr.', 'Titel'], rows: [['A-1', 'Aarhus-projekt']] }],
          sheet: 'CSV',
          mapping: { key: 'Sagsnr.', title: 'Titel' },
          uploadedByUserId: await fx('userId'),
        })
        .returning({ id: importBatches.id }),
      'import batch',
    ).id,
  tokenId: async (db, fx) => (await createApiToken(db, await t.actor('ansoeger@aarhus.demo'), await fx('userId'), { name: 'tenancy-test' })).id,
  /** A claim-to-role mapping of the Aarhus identity provider. */
  mappingId: async (db, fx) =>
    one(
      await db
        .insert(roleMappings)
        .values({ organisationId: await fx('organisationId'), providerId: await fx('providerId'), claimValue: 'tenancy-gruppe', role: 'reviewer' })
        .returning({ id: roleMappings.id }),
      'role mapping',
    ).id,
  /** An Aarhus webhook endpoint (only Aarhus's admin manages it). */
  endpointId: async (db, fx) =>
    one(
      await db
        .insert(webhookEndpoints)
        .values({
          organisationId: await fx('organisationId'),
          name: 'Aarhus ESDH (tenancy-test)',
          url: 'https://esdh.aarhus.example/hook',
          secret: 'whsec_tenancy',
          events: ['submitted'],
          createdByUserId: await fx('userId'),
        })
        .returning({ id: webhookEndpoints.id }),
      'webhook endpoint',
    ).id,
  /** A delivery to that endpoint (its log and replay). */
  deliveryId: async (db, fx) =>
    one(
      await db
        .insert(webhookDeliveries)
        .values({
          endpointId: await fx('endpointId'),
          organisationId: await fx('organisationId'),
          applicationId: await fx('applicationId'),
          event: 'submitted',
          payload: { event: 'submitted' },
          status: 'failed',
        })
        .returning({ id: webhookDeliveries.id }),
      'webhook delivery',
    ).id,
};
/** Params that name a part of a page rather than an object. */
const literalParams: Record<string, string> = {
  section: 'grundoplysninger', // /puljer/:poolId/rediger/:section
  sectionSlug: 'grundoplysninger', // /ansoegninger/:applicationId/trin/:sectionSlug
};
/** Params whose kind of object depends on the route: an attachment is the report's under `:reportId`, else the application's. */
const scopedParams: Record<string, (route: Route) => string> = {
  attachmentId: (route) => (route.params.includes('reportId') ? 'reportAttachmentId' : 'applicationAttachmentId'),
};

/** The fixture (or literal) name for a param of a route; undefined when this file does not know it. */
function fixtureName(route: Route, param: string): string | undefined {
  const name = scopedParams[param]?.(route) ?? param;
  return name in fixtureFns || name in literalParams ? name : undefined;
}
const hasFixture = (route: Route, param: string) => fixtureName(route, param) !== undefined;
const routeHasFixtures = (route: Route) => route.params.every((p) => hasFixture(route, p));

const memo = new Map<string, Promise<string>>();
/** The value for a fixture or literal name: an Aarhus object's id (made once), or the literal. */
function fx(name: string): Promise<string> {
  if (name in literalParams) return Promise.resolve(literalParams[name] ?? '');
  const fn = fixtureFns[name];
  if (!fn) return Promise.reject(new Error(`no fixture for :${name} — add one to fixtureFns in test/tenancy.test.ts`));
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
    const value = await fx(fixtureName(route, param) ?? param);
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

/**
 * The valid input sent: an API operation's declared example (a multipart operation gets a small PDF
 * in the field "file"), or a page's entry in `inputs`; else nothing.
 */
async function inputFor(route: Route): Promise<Input> {
  if (route.api) return operationOf(route)?.requestContentType?.includes('multipart/form-data') ? pdfUpload() : ((await exampleInput(route)) ?? {});
  return (await inputs[route.key]?.(fx)) ?? {};
}

async function call(client: TestClient, route: Route, path: string): Promise<Response> {
  const input = await inputFor(route);
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
      r.params.filter((p) => !isPublic(r) && !hasFixture(r, p)).map((p) => `no fixture for :${p} (${r.key}) — add one to fixtureFns in test/tenancy.test.ts`),
    );
    expect(missing).toEqual([]);
  });

  it('finds the operation (and so the declared example) behind every API route', () => {
    const apiRoutes = routes.filter((r) => r.api && !isPublic(r));
    expect(apiRoutes.length).toBeGreaterThan(10);
    expect(apiRoutes.filter((r) => !operationOf(r)).map((r) => r.key)).toEqual([]);
  });

  it('has a fixture for every id an operation example names', () => {
    const names = new Set<string>();
    for (const op of registeredOperations()) op.example?.((name) => (names.add(name), ''));
    expect([...names].filter((name) => !(name in fixtureFns)).map((name) => `no fixture for ${name} (named by an operation's example)`)).toEqual([]);
  });

  it("sends each API operation an input its schema accepts: the declared example with the route's params", async () => {
    const refused: string[] = [];
    for (const route of routes) {
      const op = operationOf(route);
      const schema = op?.method === 'get' || op?.method === 'delete' ? op.query : op?.body;
      if (!op?.example || !schema || op.requestContentType?.includes('multipart/form-data')) continue;
      const params: Record<string, string> = {};
      for (const p of route.params) params[p] = await fx(fixtureName(route, p) ?? p);
      const parsed = schema.safeParse({ ...params, ...(await exampleInput(route)) });
      if (!parsed.success) refused.push(`${route.key}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    }
    expect(refused).toEqual([]);
  });

  it('shows nothing of any organisation on the identity-provider login routes without a verified login', async () => {
    const anon = t.anonymous();
    const names = (await t.db.select({ name: organisations.name }).from(organisations)).map((o) => o.name);
    const [disabled] = await t.db
      .insert(identityProviders)
      .values({
        organisationId: await fx('organisationId'),
        kind: 'oidc',
        displayName: 'Slået fra',
        enabled: false,
        issuer: 'https://login.example/x',
        clientId: 'x',
      })
      .returning({ id: identityProviders.id });
    for (const providerId of [disabled?.id ?? '', '00000000-0000-4000-8000-000000000000', 'ikke-et-id'])
      expect((await anon.get(paths.sso.start({ providerId }))).status, providerId).toBe(404);
    for (const query of ['', '?state=forfalsket&code=x', '?error=access_denied&state=x']) {
      const res = await anon.get(paths.sso.oidcCallback() + query);
      expect(res.status, query).toBe(400);
      const html = await res.text();
      expect(html).toContain('Login blev afvist');
      expect(
        names.filter((name) => html.includes(name)),
        query,
      ).toEqual([]);
      expect(
        res.headers.getSetCookie().some((c) => c.startsWith('vtp_session=')),
        query,
      ).toBe(false);
    }
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
    const hint = /^(422|400)/.test(example)
      ? route.api
        ? " — it refused the input before checking access: declare a valid `example` on the route's operation"
        : ' — it refused the input before checking access: add valid input for this route to `inputs`'
      : '';
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
      `every Aarhus role got 404 for ${path} (${statuses.join(', ')}): its fixture is not an object Aarhus can see, or the route needs valid input (the operation's \`example\`, or \`inputs\` for a page)`,
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

describe('tenancy: the public SAML routes tell nothing of an organisation and log nobody into another one', () => {
  const config = loadConfig({ NODE_ENV: 'test', DEMO: 'off', LOG_LEVEL: 'silent' });
  const saml = { publicUrl: config.publicUrl, secrets: secretBox(config.sessionSecret) };
  const aarhusIdp = testIdp('other-idp', 'https://saml.aarhus.test/idp');
  const vejleIdp = testIdp('idp', 'https://saml.vejle.test/idp');
  const provider = async (organisationId: string, idp: TestIdp) =>
    one(
      await t.db
        .insert(identityProviders)
        .values({
          organisationId,
          kind: 'saml',
          displayName: 'KOMBIT Context Handler (tenancy)',
          samlIdpEntityId: idp.entityId,
          samlSsoUrl: idp.ssoUrl,
          samlIdpCertificate: idp.certificate,
          spPrivateKeyEnc: saml.secrets.seal(testSp().privateKey),
          spCertificate: testSp().certificate,
        })
        .returning({ id: identityProviders.id }),
      'saml provider',
    ).id;
  const orgOf = async (slug: string) => one(await t.db.select().from(organisations).where(eq(organisations.slug, slug)), slug);
  const requestId = async (providerId: string) => readAuthnRequest((await startSamlLogin(t.db, providerId, { returnPath: '/', ...saml })).redirectUrl).id;
  const response = (idp: TestIdp, providerId: string, inResponseTo: string) =>
    samlResponse(idp, {
      inResponseTo,
      audience: spEntityId(config.publicUrl, providerId),
      acsUrl: spAcsUrl(config.publicUrl, providerId),
      attributes: { email: ['tenancy.saml@example.test'] },
    });
  const postAcs = (providerId: string, SAMLResponse: string) =>
    t.app.request(paths.saml.acs({ providerId }), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ SAMLResponse }),
    });

  it('the metadata and a refused ACS answer name no organisation', async () => {
    const aarhusOrg = await orgOf('aarhus');
    const aarhusProvider = await provider(aarhusOrg.id, aarhusIdp);
    const metadata = await t.anonymous().get(paths.saml.metadata({ providerId: aarhusProvider }));
    expect(metadata.status).toBe(200);
    const refused = await postAcs(aarhusProvider, 'bm90IHhtbA==');
    expect(refused.status).toBe(401);
    for (const text of [await metadata.text(), await refused.text()])
      for (const secret of [aarhusOrg.name, aarhusOrg.slug, aarhusOrg.id, aarhusIdp.entityId, 'KOMBIT Context Handler (tenancy)'])
        expect(text).not.toContain(secret);
  });

  it("Aarhus's ACS refuses Vejle's IdP, and a Vejle login posted to it", async () => {
    const aarhusProvider = await provider((await orgOf('aarhus')).id, aarhusIdp);
    const vejleProvider = await provider((await orgOf('vejle')).id, vejleIdp);
    // Vejle's IdP signs an answer to Aarhus's own request, for Aarhus's audience: not Aarhus's IdP.
    const forged = await postAcs(aarhusProvider, response(vejleIdp, aarhusProvider, await requestId(aarhusProvider)));
    // A genuine Vejle login (request, audience, signature all Vejle's) posted to Aarhus's ACS.
    const moved = await postAcs(aarhusProvider, response(vejleIdp, vejleProvider, await requestId(vejleProvider)));
    for (const res of [forged, moved]) {
      expect(res.status).toBe(401);
      expect(res.headers.get('set-cookie') ?? '').not.toContain('vtp_session=');
    }
    expect(await t.db.select().from(users).where(eq(users.email, 'tenancy.saml@example.test'))).toEqual([]);
  });
});
