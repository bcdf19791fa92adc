import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import { createUser } from '../../src/usecases/accounts/create-user.js';
import { grantRole } from '../../src/usecases/accounts/grant-role.js';
import { commitFunds } from '../../src/usecases/ledger/commit-funds.js';
import { recordPayout } from '../../src/usecases/ledger/record-payout.js';
import { createTestApp, type TestApp, type TestClient } from '../support/app.js';
import { paths } from '../../src/paths.js';
import { MIO, buildLedgerPool, buildLedgerApplication, vejleLedgerSpec, type LedgerTestPool } from '../support/factories.js';
import { kr } from '../support/kr.js';

/**
 * Tenancy and roles for every ledger route, page and API: another organisation gets 404, the right
 * organisation without the role 403, nobody logged in 401 (API) or the login page (pages).
 */
let t: TestApp;
let pool: LedgerTestPool;
let project: string;
let payoutEntry: string;
let commitmentEntry: string;

beforeAll(async () => {
  // The pool runs 2021–2024: the commitments are made on a day when none of its years has ended.
  t = await createTestApp('demo', { today: '2021-06-01' });
  pool = await buildLedgerPool(t.db, { ...vejleLedgerSpec(), allowsCarryOver: true });
  project = await buildLedgerApplication(t.db, pool);
  const { entryIds } = await t.db.transaction((tx) =>
    commitFunds(tx, null, {
      poolId: pool.poolId,
      budgetLineId: pool.lines.ordinaer ?? '',
      applicationId: project,
      split: [{ year: 2023, amountOere: 2 * MIO }],
      reference: 'Rådsmøde',
      reason: 'Godkendt',
    }),
  );
  commitmentEntry = entryIds[0] ?? '';
  const finance = await t.actor('oekonomi@vejle.demo');
  payoutEntry = (
    await recordPayout(t.db, finance, { applicationId: project, budgetLineId: pool.lines.ordinaer, year: 2023, amountOere: 50_000_00, reference: 'Faktura 1' })
  ).entryId;
  await createUser(t.db, null, { email: 'ansoeger2@vejle.demo', name: 'Anden Ansøger', password: DEMO_PASSWORD });
  await grantRole(t.db, null, { email: 'ansoeger2@vejle.demo', organisationSlug: 'vejle', role: 'applicant' });
});
afterAll(() => t.close());

type Access = 'view' | 'commit' | 'adjust' | 'pay' | 'project';
interface Route {
  name: string;
  access: Access;
  page?: { method: 'GET' | 'POST'; path: () => string; form?: () => Record<string, string> };
  api?: { method: string; path: () => string; body?: () => unknown };
}

const poolId = () => ({ poolId: pool.poolId });
const projectId = () => ({ applicationId: project });
const P = () => paths.ledger.pool(poolId());
const A = () => paths.ledger.project(projectId());
const line = () => pool.lines.ordinaer ?? '';

const routes: Route[] = [
  {
    name: 'economy page / getPoolLedger',
    access: 'view',
    page: { method: 'GET', path: P },
    api: { method: 'GET', path: () => `/pools/${pool.poolId}/ledger` },
  },
  {
    name: 'entries / listLedgerEntries',
    access: 'view',
    page: { method: 'GET', path: () => paths.ledger.entries(poolId()) },
    api: { method: 'GET', path: () => `/pools/${pool.poolId}/ledger/entries?year=2023` },
  },
  {
    name: 'CSV export / exportLedger',
    access: 'view',
    page: { method: 'GET', path: () => paths.ledger.summaryCsv(poolId()) },
    api: { method: 'GET', path: () => `/pools/${pool.poolId}/ledger/export?format=csv` },
  },
  {
    name: 'XLSX export',
    access: 'view',
    page: { method: 'GET', path: () => paths.ledger.summaryXlsx(poolId()) },
    api: { method: 'GET', path: () => `/pools/${pool.poolId}/ledger/export?format=xlsx` },
  },
  { name: 'entries CSV', access: 'view', page: { method: 'GET', path: () => paths.ledger.entriesCsv(poolId()) } },
  { name: 'commitment form', access: 'commit', page: { method: 'GET', path: () => paths.ledger.commitment(poolId()) } },
  {
    name: 'commitment / recordCommitment',
    access: 'commit',
    page: {
      method: 'POST',
      path: () => paths.ledger.commitment(poolId()),
      form: () => ({ applicationId: project, budgetLineId: line(), 'split[0][year]': '2024', 'split[0][amount]': '1.000', reference: 'x', reason: 'y' }),
    },
    api: {
      method: 'POST',
      path: () => `/pools/${pool.poolId}/ledger/commitments`,
      body: () => ({ applicationId: project, budgetLineId: line(), split: [{ year: 2024, amountOere: 100_00 }], reference: 'x', reason: 'y' }),
    },
  },
  { name: 'adjustment form', access: 'adjust', page: { method: 'GET', path: () => paths.ledger.adjustment(poolId()) } },
  {
    name: 'adjustment / adjustBudget',
    access: 'adjust',
    page: {
      method: 'POST',
      path: () => paths.ledger.adjustment(poolId()),
      form: () => ({ budgetLineId: line(), year: '2024', amount: '1.000', reference: 'x', reason: 'y' }),
    },
    api: {
      method: 'POST',
      path: () => `/pools/${pool.poolId}/ledger/adjustments`,
      body: () => ({ budgetLineId: line(), year: 2024, amountOere: 100_00, reference: 'x', reason: 'y' }),
    },
  },
  { name: 'carry-over form', access: 'adjust', page: { method: 'GET', path: () => paths.ledger.carryOver(poolId()) } },
  {
    name: 'carry-over / carryOver',
    access: 'adjust',
    page: {
      method: 'POST',
      path: () => paths.ledger.carryOver(poolId()),
      form: () => ({ budgetLineId: line(), fromYear: '2021', amount: '1', reference: 'x', reason: 'y' }),
    },
    api: {
      method: 'POST',
      path: () => `/pools/${pool.poolId}/ledger/carry-overs`,
      body: () => ({ budgetLineId: line(), fromYear: 2021, amountOere: 100, reference: 'x', reason: 'y' }),
    },
  },
  { name: 'correction form (payout)', access: 'pay', page: { method: 'GET', path: () => paths.ledger.reverseEntry({ ...poolId(), entryId: payoutEntry }) } },
  {
    name: 'correction of a commitment / reverseEntry',
    access: 'adjust',
    page: { method: 'GET', path: () => paths.ledger.reverseEntry({ ...poolId(), entryId: commitmentEntry }) },
    api: { method: 'POST', path: () => `/ledger/entries/${commitmentEntry}/reversal`, body: () => ({ reference: 'x', reason: 'y' }) },
  },
  {
    name: 'project economy / getProjectLedger',
    access: 'project',
    page: { method: 'GET', path: A },
    api: { method: 'GET', path: () => `/applications/${project}/ledger` },
  },
  { name: 'payout form', access: 'pay', page: { method: 'GET', path: () => paths.ledger.payout(projectId()) } },
  {
    name: 'payout / recordPayout',
    access: 'pay',
    page: { method: 'POST', path: () => paths.ledger.payout(projectId()), form: () => ({ commitment: `${line()}:2023`, amount: '1', reference: 'x' }) },
    api: {
      method: 'POST',
      path: () => `/applications/${project}/ledger/payouts`,
      body: () => ({ budgetLineId: line(), year: 2023, amountOere: 100, reference: 'x' }),
    },
  },
  { name: 'return form', access: 'pay', page: { method: 'GET', path: () => paths.ledger.return(projectId()) } },
  {
    name: 'return / recordReturn',
    access: 'pay',
    page: {
      method: 'POST',
      path: () => paths.ledger.return(projectId()),
      form: () => ({ commitment: `${line()}:2023`, amount: '1', reference: 'x', reason: 'y' }),
    },
    api: {
      method: 'POST',
      path: () => `/applications/${project}/ledger/returns`,
      body: () => ({ budgetLineId: line(), year: 2023, amountOere: 100, reference: 'x', reason: 'y' }),
    },
  },
];

/** A Vejle user who lacks the route's role (the allowed roles are checked elsewhere). */
const withoutRole: Record<Access, string[]> = {
  view: ['bedoemmer@vejle.demo', 'ansoeger@vejle.demo'],
  commit: ['oekonomi@vejle.demo', 'raad@vejle.demo'],
  adjust: ['oekonomi@vejle.demo', 'bedoemmer@vejle.demo'],
  pay: ['sekretariat@vejle.demo', 'admin@vejle.demo'],
  project: ['bedoemmer@vejle.demo', 'ansoeger2@vejle.demo'],
};
const otherOrg = ['sekretariat@aarhus.demo', 'oekonomi@aarhus.demo', 'admin@horsens.demo'];

const call = (client: TestClient, r: Route, kind: 'page' | 'api') => {
  if (kind === 'page' && r.page) return r.page.method === 'GET' ? client.get(r.page.path()) : client.postForm(r.page.path(), r.page.form?.() ?? {});
  if (kind === 'api' && r.api) return client.api(r.api.method, r.api.path(), r.api.body?.());
  throw new Error('no such route');
};

describe('ledger routes: tenancy and roles', () => {
  for (const r of routes) {
    for (const kind of ['page', 'api'] as const) {
      if (!r[kind]) continue;
      it(`${r.name} (${kind}): another organisation gets 404`, async () => {
        for (const email of otherOrg) expect((await call(await t.as(email), r, kind)).status, email).toBe(404);
      });
      it(`${r.name} (${kind}): the organisation without the role gets 403`, async () => {
        for (const email of withoutRole[r.access]) expect((await call(await t.as(email), r, kind)).status, email).toBe(403);
      });
    }
    if (r.api) {
      it(`${r.name} (api): anonymous gets 401`, async () => {
        expect((await call(t.anonymous(), r, 'api')).status).toBe(401);
      });
    }
    if (r.page?.method === 'GET') {
      it(`${r.name} (page): anonymous is sent to the login page`, async () => {
        const res = await t.anonymous().get(r.page?.path() ?? '');
        expect(res.status).toBe(302);
        expect(res.headers.get('location')).toMatch(/^\/login\?tilbage=/);
      });
    }
  }

  it('lets the roles that may in: secretariat sees and commits, finance pays, the applicant sees their own project', async () => {
    const sek = await t.as('sekretariat@vejle.demo');
    expect((await sek.get(P())).status).toBe(200);
    expect((await sek.get(paths.ledger.commitment(poolId()))).status).toBe(200);
    expect((await sek.get(paths.ledger.adjustment(poolId()))).status).toBe(200);
    expect((await sek.get(paths.ledger.reverseEntry({ ...poolId(), entryId: commitmentEntry }))).status).toBe(200);
    const fin = await t.as('oekonomi@vejle.demo');
    expect((await fin.get(P())).status).toBe(200);
    expect((await fin.get(paths.ledger.payout(projectId()))).status).toBe(200);
    expect((await fin.get(paths.ledger.reverseEntry({ ...poolId(), entryId: payoutEntry }))).status).toBe(200);
    const raad = await t.as('raad@vejle.demo');
    expect((await raad.get(P())).status).toBe(200);
    const own = await t.as('ansoeger@vejle.demo');
    const page = await own.get(A());
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(kr('2.000.000 kr.'));
    expect(html).toContain(kr('50.000 kr.'));
    expect(html).not.toContain('/udbetaling"'); // no payout button for the applicant
    expect(html).not.toContain(`href="${P()}"`);
    expect((await (await own.api('GET', `/applications/${project}/ledger`)).json()) as { totals: { committedOere: number } }).toMatchObject({
      totals: { committedOere: 2 * MIO },
    });
  });

  it('answers 404, not 500, for malformed and unknown ids', async () => {
    const sek = await t.as('sekretariat@vejle.demo');
    expect((await sek.get(paths.ledger.pool({ poolId: 'ikke-et-id' }))).status).toBe(404);
    expect((await sek.get(paths.ledger.pool({ poolId: '00000000-0000-4000-8000-000000000000' }))).status).toBe(404);
    expect((await sek.api('GET', '/pools/nope/ledger')).status).toBe(404);
    expect((await sek.get(paths.ledger.project({ applicationId: 'nope' }))).status).toBe(404);
    expect((await sek.api('POST', '/ledger/entries/nope/reversal', { reference: 'x', reason: 'y' })).status).toBe(404);
  });

  it('shows the finance/secretariat navigation entry and the overview of pools', async () => {
    const fin = await t.as('oekonomi@vejle.demo');
    const res = await fin.get(paths.ledger.overview());
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`href="${paths.ledger.overview()}"`);
    expect(html).toContain(P());
    const app = await (await t.as('ansoeger@vejle.demo')).get(paths.home());
    expect(await app.text()).not.toContain(`href="${paths.ledger.overview()}"`);
    const other = await (await (await t.as('oekonomi@aarhus.demo')).get(paths.ledger.overview())).text();
    expect(other).not.toContain(pool.poolId);
  });

  it('documents the ledger operations in the OpenAPI document', async () => {
    const doc = (await (await t.anonymous().get('/api/v1/openapi.json')).json()) as { paths: Record<string, Record<string, { operationId?: string }>> };
    const ids = Object.values(doc.paths).flatMap((m) => Object.values(m).map((o) => o.operationId));
    for (const id of [
      'getPoolLedger',
      'listLedgerEntries',
      'recordCommitment',
      'recordPayout',
      'recordReturn',
      'adjustBudget',
      'exportLedger',
      'reverseEntry',
      'carryOver',
      'getProjectLedger',
    ]) {
      expect(ids, id).toContain(id);
    }
  });
});
