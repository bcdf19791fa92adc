import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPools } from '../../src/usecases/pools/list-pools.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { buildPoolInput } from '../support/factories.js';
import { paths } from '../../src/paths.js';
import { VEJLE_POOL_NAME } from '../support/demo-years.js';

/**
 * Tenancy and roles over every pool route, page and API: another organisation's user gets 404, a
 * user of the right organisation without the role gets 403, anonymous gets 401 (API) or the login
 * page (page GET). Positive controls prove the same requests succeed for the right user.
 */
let t: TestApp;
let aarhusPool: string;
let vejlePool: string;
let vejleVersion: number;
beforeAll(async () => {
  t = await createTestApp('demo');
  aarhusPool = (await listPools(t.db, await t.actor('sekretariat@aarhus.demo')))[0]?.id ?? '';
  vejlePool = (await listPools(t.db, await t.actor('sekretariat@vejle.demo')))[0]?.id ?? '';
  vejleVersion = 1;
});
afterAll(() => t.close());

const sections = ['grundoplysninger', 'budget', 'lister', 'regler', 'bedoemmelse', 'beslutning', 'moeder'];
const pageGets = (id: string) => [
  paths.pools.show({ poolId: id }),
  paths.pools.history({ poolId: id }),
  paths.pools.edit({ poolId: id }),
  ...sections.map((s) => paths.pools.editSection({ poolId: id, section: s })),
];
const editGets = (id: string) => [
  paths.pools.history({ poolId: id }),
  paths.pools.edit({ poolId: id }),
  ...sections.map((s) => paths.pools.editSection({ poolId: id, section: s })),
];
const pagePosts = (id: string) => sections.map((s) => paths.pools.editSection({ poolId: id, section: s }));

describe('another organisation gets 404', () => {
  for (const email of ['sekretariat@vejle.demo', 'admin@vejle.demo', 'ansoeger@vejle.demo', 'koordinator@vtsyd.demo']) {
    it(`${email} cannot see or change Aarhus's pool by page or API`, async () => {
      const s = await t.as(email);
      for (const path of pageGets(aarhusPool)) expect((await s.get(path)).status, path).toBe(404);
      for (const path of pagePosts(aarhusPool)) expect((await s.postForm(path, { expectedVersion: '1', name: 'Overtaget' })).status, path).toBe(404);
      expect((await s.api('GET', `/pools/${aarhusPool}`)).status).toBe(404);
      expect((await s.api('GET', `/pools/${aarhusPool}/history`)).status).toBe(404);
      expect((await s.api('PATCH', `/pools/${aarhusPool}`, { expectedVersion: 1, name: 'Overtaget' })).status).toBe(404);
      const listed = (await (await s.api('GET', '/pools')).json()) as { id: string }[];
      expect(listed.map((p) => p.id)).not.toContain(aarhusPool);
      expect(await (await s.get(paths.pools.list())).text()).not.toContain(aarhusPool);
    });
  }

  it('cannot create a pool in another organisation', async () => {
    const s = await t.as('sekretariat@vejle.demo');
    const aarhusOrg = (await listPools(t.db, await t.actor('admin@aarhus.demo')))[0]?.organisationId;
    expect((await s.api('POST', '/pools', buildPoolInput({ organisationId: aarhusOrg }))).status).toBe(404);
    expect(
      (
        await s.postForm(paths.pools.create(), {
          organisationId: aarhusOrg ?? '',
          name: 'X',
          periodStartYear: '2026',
          periodEndYear: '2026',
          status: 'draft',
          intake: 'continuous',
        })
      ).status,
    ).toBe(404);
  });

  it('positive control: Aarhus’s secretariat reaches every one of those routes', async () => {
    const s = await t.as('sekretariat@aarhus.demo');
    for (const path of pageGets(aarhusPool)) expect((await s.get(path)).status, path).toBeLessThan(400);
    expect((await s.api('GET', `/pools/${aarhusPool}/history`)).status).toBe(200);
  });
});

describe('the right organisation without the role gets 403', () => {
  for (const email of ['ansoeger@vejle.demo', 'bedoemmer@vejle.demo', 'raad@vejle.demo', 'oekonomi@vejle.demo']) {
    it(`${email} may read the pool but not edit, create or read its history`, async () => {
      const s = await t.as(email);
      expect((await s.get(paths.pools.show({ poolId: vejlePool }))).status).toBe(200);
      expect((await s.api('GET', `/pools/${vejlePool}`)).status).toBe(200);
      for (const path of editGets(vejlePool)) expect((await s.get(path)).status, path).toBe(403);
      for (const path of pagePosts(vejlePool))
        expect((await s.postForm(path, { expectedVersion: String(vejleVersion), name: 'Ændret' })).status, path).toBe(403);
      expect((await s.get(paths.pools.create())).status).toBe(403);
      expect(
        (await s.postForm(paths.pools.create(), { name: 'X', periodStartYear: '2026', periodEndYear: '2026', status: 'draft', intake: 'continuous' })).status,
      ).toBe(403);
      expect((await s.api('POST', '/pools', buildPoolInput())).status).toBe(403);
      expect((await s.api('PATCH', `/pools/${vejlePool}`, { expectedVersion: vejleVersion, name: 'Ændret' })).status).toBe(403);
      expect((await s.api('GET', `/pools/${vejlePool}/history`)).status).toBe(403);
    });
  }

  it('nothing was changed by the refused requests', async () => {
    const s = await t.as('sekretariat@vejle.demo');
    const pool = (await (await s.api('GET', `/pools/${vejlePool}`)).json()) as { name: string; version: number };
    expect(pool).toMatchObject({ name: VEJLE_POOL_NAME, version: 1 });
    const aarhus = (await (await (await t.as('sekretariat@aarhus.demo')).api('GET', `/pools/${aarhusPool}`)).json()) as { name: string; version: number };
    expect(aarhus).toMatchObject({ name: 'VTU – Velfærdsteknologisk Udviklingspulje', version: 1 });
  });

  it('the secretariat sees edit and history links; the applicant does not', async () => {
    const secretariat = await (await (await t.as('sekretariat@vejle.demo')).get(paths.pools.show({ poolId: vejlePool }))).text();
    expect(secretariat).toContain(`href="/puljer/${vejlePool}/rediger"`);
    expect(secretariat).toContain(`href="/puljer/${vejlePool}/historik"`);
    const list = await (await (await t.as('ansoeger@vejle.demo')).get(paths.pools.list())).text();
    expect(list).not.toContain('href="/puljer/ny"');
  });
});

describe('anonymous', () => {
  it('is sent to the login page from every page and gets 401 from every API operation', async () => {
    const anon = t.anonymous();
    for (const path of [paths.pools.list(), paths.pools.create(), ...pageGets(vejlePool)]) {
      const res = await anon.get(path);
      expect(res.status, path).toBe(302);
      expect(res.headers.get('location'), path).toBe(`/login?tilbage=${encodeURIComponent(path)}`);
    }
    for (const path of [paths.pools.create(), ...pagePosts(vejlePool)]) {
      const res = await anon.postForm(path, { name: 'X' });
      expect([401, 403], path).toContain(res.status);
    }
    const calls: [string, string, unknown?][] = [
      ['GET', '/pools'],
      ['POST', '/pools', buildPoolInput()],
      ['GET', `/pools/${vejlePool}`],
      ['PATCH', `/pools/${vejlePool}`, { expectedVersion: 1 }],
      ['GET', `/pools/${vejlePool}/history`],
    ];
    for (const [method, path, body] of calls) {
      const res = await t.app.request(`/api/v1${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      expect(res.status, `${method} ${path}`).toBe(401);
    }
  });
});
