import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pools } from '../../src/db/schema/pools.js';
import { yearInCopenhagen } from '../../src/domain/pool-period.js';
import { getApplication } from '../../src/usecases/applications/get-application.js';
import { getIdea } from '../../src/usecases/applications/get-idea.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { buildPool, type TestPool } from '../support/factories.js';
import { paths } from '../../src/paths.js';

let t: TestApp;
let pool: TestPool;
beforeAll(async () => {
  t = await createTestApp('demo');
  pool = await buildPool(t.db, 'vejle', 'vejle');
  // The seed pool runs 2021–2024; ideas are sent through the pages today, so the pool must still run (a pool past its period is closed).
  await t.db
    .update(pools)
    .set({ periodEndYear: yearInCopenhagen() + 1 })
    .where(eq(pools.id, pool.poolId));
});
afterAll(() => t.close());

describe('ideas', () => {
  it('goes from an idea, through advice and assessment, to an application carrying the text over', async () => {
    const me = await t.as('ansoeger@vejle.demo');
    const bad = await me.postForm(paths.ideas.create(), {
      poolId: pool.poolId,
      title: 'Spiserobot',
      summary: 'En robot, der hjælper med at spise',
      needAnalysis: '',
    });
    expect(bad.status).toBe(422);
    const badHtml = await bad.text();
    expect(badHtml).toContain('Beskriv behovet: hvilket problem skal løses, og for hvem?');
    expect(badHtml).toContain('value="Spiserobot"');
    expect(badHtml).toContain('En robot, der hjælper med at spise');

    const res = await me.postForm(paths.ideas.create(), {
      poolId: pool.poolId,
      title: 'Spiserobot',
      summary: 'En robot, der hjælper med at spise',
      needAnalysis: 'Borgere med nedsat funktion i armene venter på hjælp til måltider.',
    });
    expect(res.status).toBe(303);
    const ideaId = (res.headers.get('location') ?? '').split('/').pop() ?? '';

    const s = await t.as('sekretariat@vejle.demo');
    const noTopic = await s.postForm(paths.ideas.advise({ ideaId }), { body: 'Tal med Jura om samtykke.' });
    expect(noTopic.status).toBe(422);
    expect(await noTopic.text()).toContain('Vælg emnet: projektledelse, økonomi, jura eller kommunikation');
    expect((await s.postForm(paths.ideas.advise({ ideaId }), { topic: 'law', body: 'Tal med Jura om samtykke.' })).status).toBe(303);
    expect((await s.api('POST', `/ideas/${ideaId}/advice`, { topic: 'economy', body: 'Regn på frigjorte timer.' })).status).toBe(201);
    expect((await me.postForm(paths.ideas.advise({ ideaId }), { body: 'Tak, det gør jeg.' })).status).toBe(303);
    expect((await s.postForm(paths.ideas.assess({ ideaId }), { assessment: 'promising', note: 'Søg i næste runde.' })).status).toBe(303);

    const page = await (await me.get(paths.ideas.show({ ideaId }))).text();
    expect(page).toContain('Tal med Jura om samtykke.');
    expect(page).toContain('Jura');
    expect(page).toContain('Økonomi');
    expect(page).toContain('Tak, det gør jeg.');
    expect(page).toContain('Sekretariatets vurdering: Lovende');
    const view = await getIdea(t.db, await t.actor('sekretariat@vejle.demo'), { ideaId });
    expect(view.thread.map((n) => [n.topic, n.fromSecretariat])).toEqual([
      ['law', true],
      ['economy', true],
      [null, false],
    ]);

    // Only the author converts; the secretariat cannot assess as the applicant, and the applicant cannot assess.
    expect((await me.postForm(paths.ideas.assess({ ideaId }), { assessment: 'promising' })).status).toBe(403);
    expect((await s.postForm(paths.ideas.convert({ ideaId }), {})).status).toBe(403);
    const conv = await me.api('POST', `/ideas/${ideaId}/application`, {});
    expect(conv.status).toBe(201);
    const { id } = (await conv.json()) as { id: string };
    const app = await getApplication(t.db, await t.actor('ansoeger@vejle.demo'), { applicationId: id });
    expect(app.application.title).toBe('Spiserobot');
    expect(app.content).toMatchObject({
      summary: 'En robot, der hjælper med at spise',
      needAnalysis: 'Borgere med nedsat funktion i armene venter på hjælp til måltider.',
    });
    expect((await me.api('POST', `/ideas/${ideaId}/application`, {})).status).toBe(409);
    expect(await (await me.get(paths.ideas.show({ ideaId }))).text()).toContain(`/ansoegninger/${id}`);

    const list = ((await (await s.api('GET', '/ideas?limit=200')).json()) as { ideas: { id: string; status: string; assessment: string }[] }).ideas;
    expect(list.find((i) => i.id === ideaId)).toMatchObject({ status: 'converted', assessment: 'promising' });
    expect(await (await me.get(paths.applications.list())).text()).toContain('Spiserobot');
  });
});
