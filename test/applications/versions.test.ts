import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pools } from '../../src/db/schema/pools.js';
import { yearInCopenhagen } from '../../src/domain/pool-period.js';
import { applyTransition } from '../../src/usecases/applications/apply-transition.js';
import { compareVersions } from '../../src/usecases/applications/compare-versions.js';
import { createApplication } from '../../src/usecases/applications/create-application.js';
import { listApplicationVersions } from '../../src/usecases/applications/list-application-versions.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { buildApplicationPatch, buildPool, type TestPool } from '../support/factories.js';
import { paths } from '../../src/paths.js';
import { refusalOf } from '../support/expect-refusal.js';

let t: TestApp;
let pool: TestPool;
let id: string;
beforeAll(async () => {
  t = await createTestApp('demo');
  pool = await buildPool(t.db, 'vejle', 'vejle');
  // The seed pool runs 2021–2024; drafts are started today, so the pool must still run (a pool past its period is closed).
  await t.db
    .update(pools)
    .set({ periodEndYear: yearInCopenhagen() + 1 })
    .where(eq(pools.id, pool.poolId));
  id = (await createApplication(t.db, await t.actor('ansoeger@vejle.demo'), { poolId: pool.poolId, title: 'Robotstøvsugere' })).id;
});
afterAll(() => t.close());

describe('versions', () => {
  it('submission freezes version 1; the application cannot be changed while submitted', async () => {
    const me = await t.as('ansoeger@vejle.demo');
    expect((await me.api('PATCH', `/applications/${id}`, buildApplicationPatch(pool, 'vejle'))).status).toBe(200);
    const sub = await me.api('POST', `/applications/${id}/submission`, {});
    expect(sub.status).toBe(200);
    expect(await sub.json()).toMatchObject({ state: 'submitted', version: 1 });
    const again = await me.api('PATCH', `/applications/${id}`, { summary: 'ændret' });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { message: string } }).error.message).toContain('kan ikke ændres nu');
    const app = (await (await me.api('GET', `/applications/${id}`)).json()) as { status: string; currentVersion: number };
    expect(app).toMatchObject({ status: 'Indsendt', currentVersion: 1 });
  });

  it('after a request for more information, the revision is a new version and the changes can be seen field by field', async () => {
    const secretariat = await t.actor('sekretariat@vejle.demo');
    await t.db.transaction((tx) =>
      applyTransition(tx, secretariat, { applicationId: id, action: 'request_more_info', roles: ['secretariat'], details: { question: 'Uddyb behovet' } }),
    );
    const me = await t.as('ansoeger@vejle.demo');
    const overview = await (await me.get(paths.applications.list())).text();
    expect(overview).toContain('Mangler oplysninger fra dig');
    const res = await me.postForm(paths.applications.step({ applicationId: id, sectionSlug: 'behov-og-loesning' }), {
      needAnalysis: 'Rengøring tager 6 timer om ugen pr. borger.',
      solution: 'Tablets med skærmbesøg.',
      novelty: 'Ikke brugt i kommunen før.',
      solutionNewness: 'new',
      citizenFacing: 'ja',
      replacesOrPostpones: 'ja',
      replacesOrPostponesText: 'Erstatter en del af de fysiske besøg.',
      handling: 'gem',
    });
    expect(res.status).toBe(303);
    const check = await (await me.get(paths.applications.check({ applicationId: id }))).text();
    expect(check).toContain('Indsend igen');
    const sub = await me.postForm(paths.applications.submit({ applicationId: id }), {});
    expect(sub.status).toBe(303);
    const versions = await listApplicationVersions(t.db, await t.actor('ansoeger@vejle.demo'), { applicationId: id });
    expect(versions.map((v) => v.number)).toEqual([1, 2]);

    const diff = await compareVersions(t.db, await t.actor('raad@vejle.demo'), { applicationId: id, from: 1, to: 2 });
    expect(diff.changedCount).toBe(1);
    expect(diff.fields.filter((f) => f.changed)).toEqual([
      expect.objectContaining({
        label: { da: 'Behovsanalyse', en: 'Need analysis' },
        before: expect.objectContaining({ da: 'Mange korte besøg kan klares over skærm.' }),
        after: expect.objectContaining({ da: 'Rengøring tager 6 timer om ugen pr. borger.' }),
      }),
    ]);

    const page = await (await (await t.as('raad@vejle.demo')).get(paths.applications.compareVersions({ applicationId: id }, { fra: 1, til: 2 }))).text();
    expect(page).toContain('<del class="diff-removed text-pre-line">Mange korte besøg kan klares over skærm.</del>');
    expect(page).toContain('<ins class="diff-added text-pre-line">Rengøring tager 6 timer om ugen pr. borger.</ins>');
    expect(page).toContain('Behovsanalyse');
    const list = await (await (await t.as('oekonomi@vejle.demo')).get(paths.applications.versions({ applicationId: id }))).text();
    expect(list).toContain('Se ændringer fra version 1');
  });

  it('an unknown version is 404 and another organisation cannot compare', async () => {
    const err = await refusalOf(compareVersions(t.db, await t.actor('ansoeger@vejle.demo'), { applicationId: id, from: 1, to: 9 }));
    expect(err.code).toBe('NOT_FOUND');
    expect((await (await t.as('raad@aarhus.demo')).api('GET', `/applications/${id}/versions`)).status).toBe(404);
  });

  it('the lead withdraws; a never-submitted draft that is withdrawn stays hidden from reviewers', async () => {
    const me = await t.as('ansoeger@vejle.demo');
    const created = (await (await me.api('POST', '/applications', { poolId: pool.poolId, title: 'Fortrudt' })).json()) as { id: string };
    expect((await (await t.as('raad@vejle.demo')).get(paths.applications.withdraw({ applicationId: created.id }))).status).toBe(403);
    const page = await me.get(paths.applications.withdraw({ applicationId: created.id }));
    expect(page.status).toBe(200);
    const res = await me.postForm(paths.applications.withdraw({ applicationId: created.id }), { reason: 'Vi venter et år' });
    expect(res.status).toBe(303);
    const app = (await (await me.api('GET', `/applications/${created.id}`)).json()) as { state: string; status: string };
    expect(app).toMatchObject({ state: 'withdrawn', status: 'Trukket tilbage' });
    expect((await me.api('POST', `/applications/${created.id}/withdrawal`, {})).status).toBe(409);
    expect((await (await t.as('bedoemmer@vejle.demo')).api('GET', `/applications/${created.id}`)).status).toBe(403);
  });
});
