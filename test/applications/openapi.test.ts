import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { buildPool } from '../support/factories.js';
import { login } from '../../src/usecases/accounts/login.js';
import { paths } from '../../src/paths.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp('demo');
});
afterAll(() => t.close());

describe('the applications API in the OpenAPI document, and the pages in English', () => {
  it('documents every operationId of the issue', async () => {
    const doc = (await (await t.anonymous().get('/api/v1/openapi.json')).json()) as {
      paths: Record<string, Record<string, { operationId: string; requestBody?: { content: Record<string, unknown> } }>>;
    };
    const ops = Object.values(doc.paths).flatMap((p) => Object.values(p));
    const ids = ops.map((o) => o.operationId);
    for (const id of [
      'createIdea',
      'listIdeas',
      'adviseIdea',
      'convertIdeaToApplication',
      'createApplication',
      'updateApplication',
      'getApplication',
      'listApplications',
      'checkEligibility',
      'submitApplication',
      'withdrawApplication',
      'uploadAttachment',
      'listApplicationVersions',
      'computeBusinessCase',
    ]) {
      expect(ids).toContain(id);
    }
    const upload = ops.find((o) => o.operationId === 'uploadAttachment');
    expect(Object.keys(upload?.requestBody?.content ?? {})).toEqual(['multipart/form-data']);
  });

  it('shows the form in English when the locale is English', async () => {
    const pool = await buildPool(t.db, 'horsens', 'horsens');
    const me = await t.as('ansoeger@horsens.demo');
    const created = (await (await me.api('POST', '/applications', { poolId: pool.poolId, title: 'Tablets' })).json()) as { id: string };
    const session = await login(t.db, { email: 'ansoeger@horsens.demo', password: 'demo1234' });
    const res = await t.app.request(paths.applications.step({ applicationId: created.id, sectionSlug: 'business-case' }), {
      headers: { cookie: `vtp_lang=en; vtp_session=${session.sessionId}` },
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('One-off investment');
    expect(html).toContain('Save and continue');
    expect(html).toContain('Calculate');
    expect(html).not.toContain('Gem og fortsæt');
  });
});
