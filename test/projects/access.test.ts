import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { registeredOperations } from '../../src/web/api/registry.js';
import { loadConfig } from '../../src/config.js';
import type { Db } from '../../src/db/client.js';
import { applications } from '../../src/db/schema/applications.js';
import { followUpReportAttachments } from '../../src/db/schema/projects.js';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import { createUser } from '../../src/usecases/accounts/create-user.js';
import { grantRole } from '../../src/usecases/accounts/grant-role.js';
import { assignConsultant } from '../../src/usecases/projects/assign-consultant.js';
import { startProject } from '../../src/usecases/projects/start-project.js';
import { userId, buildProject, reportsOf } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/app.js';

/**
 * Tenancy and roles over every route of the projects area (found in app.routes, so a new route is
 * covered when it is registered): another organisation's user gets 404 for Horsens's project, its
 * reports and its pool's settings; a reviewer cannot submit a report (403); a consultant sees only
 * the projects assigned to them.
 */
let t: TestApp;
const ids: Record<string, string> = {};

const isProjectRoute = (p: string) =>
  p.startsWith('/projekter') ||
  p.startsWith('/opfoelgning') ||
  p.startsWith('/api/v1/projects') ||
  p.startsWith('/api/v1/reports-due') ||
  p.endsWith('/project-settings');

function projectRoutes(): { method: string; path: string }[] {
  const app = createApp({ db: {} as Db, config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), logger: pino({ level: 'silent' }) });
  const seen = new Map<string, { method: string; path: string }>();
  for (const r of app.routes) if (r.method !== 'ALL' && isProjectRoute(r.path)) seen.set(`${r.method} ${r.path}`, { method: r.method, path: r.path });
  return [...seen.values()];
}
const routes = projectRoutes();
const fill = (path: string) => path.replace(/:(\w+)/g, (_, name: string) => ids[name] ?? `no-fixture-${name}`);

beforeAll(async () => {
  t = await createTestApp('demo');
  const { applicationId, pool } = await buildProject(t.db, 'horsens', { commitOere: 100_000_00 });
  await startProject(t.db, await t.actor('sekretariat@horsens.demo'), { applicationId, startedOn: '2027-03-01' });
  const [six] = await reportsOf(t.db, applicationId);
  const [att] = await t.db
    .insert(followUpReportAttachments)
    .values({
      reportId: six!.id,
      fileName: 'bilag.pdf',
      contentType: 'application/pdf',
      sizeBytes: 4,
      data: new Uint8Array([37, 80, 68, 70]),
      uploadedByUserId: await userId(t.db, 'ansoeger@horsens.demo'),
    })
    .returning({ id: followUpReportAttachments.id });
  // The ids the operations' examples name (a body with a placeholder would be refused with 422 before access is checked).
  const [app] = await t.db
    .select({ budgetLineId: applications.budgetLineId, departmentId: applications.leadDepartmentId })
    .from(applications)
    .where(eq(applications.id, applicationId));
  Object.assign(ids, {
    applicationId,
    reportId: six!.id,
    attachmentId: att!.id,
    poolId: pool.poolId,
    budgetLineId: app?.budgetLineId ?? '',
    departmentId: app?.departmentId ?? '',
  });
  for (const [email, org] of [
    ['konsulent@horsens.demo', 'horsens'],
    ['konsulent2@horsens.demo', 'horsens'],
  ] as const) {
    await createUser(t.db, null, { email, name: email, password: DEMO_PASSWORD });
    await grantRole(t.db, null, { email, organisationSlug: org, role: 'consultant' });
  }
  await assignConsultant(t.db, await t.actor('sekretariat@horsens.demo'), { applicationId, email: 'konsulent@horsens.demo' });
});
afterAll(() => t.close());

describe('projects: another organisation gets 404 on every route with an object', () => {
  const withParams = routes.filter((r) => r.path.includes(':'));
  it('has routes to check', () => {
    expect(withParams.length).toBeGreaterThan(15);
  });
  it.each(withParams.map((r) => [`${r.method} ${r.path}`, r] as const))('%s', async (_, r) => {
    for (const email of ['sekretariat@aarhus.demo', 'ansoeger@aarhus.demo', 'admin@aarhus.demo']) {
      const client = await t.as(email);
      const path = fill(r.path);
      const op = registeredOperations().find((o) => `/api/v1${o.path}` === r.path && o.method.toUpperCase() === r.method);
      const body = op?.example?.((name) => ids[name] ?? name) ?? {};
      const res = r.path.endsWith('/attachments')
        ? await client.request(path, { method: 'POST', body: pdfUpload(), headers: { 'x-csrf-token': client.csrfToken } })
        : r.path.startsWith('/api/')
          ? await client.api(r.method, path.slice('/api/v1'.length), r.method === 'GET' ? undefined : body)
          : r.method === 'GET'
            ? await client.get(path)
            : await client.postForm(path, {});
      expect(res.status, `${email} ${r.method} ${path}`).toBe(404);
    }
  });
  it('lists and the reports-due table show Aarhus nothing of Horsens', async () => {
    const a = await t.as('sekretariat@aarhus.demo');
    expect(await (await a.get('/projekter')).text()).not.toContain('Digital dagsstruktur');
    const due = (await (await a.api('GET', '/reports-due')).json()) as { rows: unknown[] };
    expect(due.rows).toEqual([]);
    const list = (await (await a.api('GET', '/projects')).json()) as { projects: { applicationId: string }[] };
    expect(list.projects.map((p) => p.applicationId)).not.toContain(ids.applicationId);
  });
});

describe('projects: roles within the organisation', () => {
  const submit = () => `/projects/${ids.applicationId}/reports/${ids.reportId}/submission`;
  const answers = { content: { goals: [0, 1].map((goalIndex) => ({ goalIndex, value: '1', onTrack: 'yes' })), lessons: 'Noget' } };

  it('a reviewer cannot see the project nor submit a report (403), by API and page', async () => {
    const r = await t.as('bedoemmer@horsens.demo');
    expect((await r.api('POST', submit(), answers)).status).toBe(403);
    expect((await r.postForm(`/projekter/${ids.applicationId}/rapporter/${ids.reportId}/indsend`, {})).status).toBe(403);
    expect((await r.get(`/projekter/${ids.applicationId}`)).status).toBe(403);
  });
  it('finance sees the project but cannot write its report; the secretariat cannot submit it either', async () => {
    const f = await t.as('oekonomi@horsens.demo');
    expect((await f.get(`/projekter/${ids.applicationId}`)).status).toBe(200);
    expect((await f.api('PUT', `/projects/${ids.applicationId}/reports/${ids.reportId}`, answers)).status).toBe(403);
    expect((await (await t.as('sekretariat@horsens.demo')).api('POST', submit(), answers)).status).toBe(403);
  });
  it('only the secretariat reviews, moves or adds reports and assigns consultants', async () => {
    const lead = await t.as('ansoeger@horsens.demo');
    const base = `/projects/${ids.applicationId}`;
    expect((await lead.api('POST', `${base}/reports/${ids.reportId}/review`, { outcome: 'accept' })).status).toBe(403);
    expect((await lead.api('POST', `${base}/reports/${ids.reportId}/reschedule`, { action: 'skip', reason: 'x' })).status).toBe(403);
    expect((await lead.api('POST', `${base}/reports`, { kind: 'final', title: 'Slut', dueOn: '2028-06-01' })).status).toBe(403);
    expect((await lead.api('POST', `${base}/consultants`, { email: 'konsulent2@horsens.demo' })).status).toBe(403);
    expect((await lead.api('GET', '/reports-due')).status).toBe(403);
    expect((await lead.api('PUT', `/pools/${ids.poolId}/project-settings`, { reminderOffsetsDays: [-7] })).status).toBe(403);
  });
  it('an assigned consultant sees the project and writes its report; another consultant gets 403', async () => {
    const mine = await t.as('konsulent@horsens.demo');
    expect((await mine.get(`/projekter/${ids.applicationId}`)).status).toBe(200);
    expect((await mine.api('PUT', `/projects/${ids.applicationId}/reports/${ids.reportId}`, answers)).status).toBe(200);
    const other = await t.as('konsulent2@horsens.demo');
    expect((await other.get(`/projekter/${ids.applicationId}`)).status).toBe(403);
    const list = (await (await other.api('GET', '/projects')).json()) as { projects: unknown[] };
    expect(list.projects).toEqual([]);
  });
  it('the lead submits through the API; a second submission is refused with 409', async () => {
    const lead = await t.as('ansoeger@horsens.demo');
    const res = await lead.api('POST', submit(), answers);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { version: number }).version).toBe(1);
    expect((await lead.api('POST', submit(), answers)).status).toBe(409);
  });
  it('the pool settings: offsets are saved and validated', async () => {
    const s = await t.as('sekretariat@horsens.demo');
    const bad = await s.api('PUT', `/pools/${ids.poolId}/project-settings`, { reminderOffsetsDays: [0] });
    expect(bad.status).toBe(422);
    const ok = await s.api('PUT', `/pools/${ids.poolId}/project-settings`, { reminderOffsetsDays: [-7, 3] });
    expect(((await ok.json()) as { reminderOffsetsDays: number[] }).reminderOffsetsDays).toEqual([-7, 3]);
  });
});

function pdfUpload(): FormData {
  const form = new FormData();
  form.append('file', new Blob(['%PDF-1.4\n%%EOF\n'], { type: 'application/pdf' }), 'bilag.pdf');
  return form;
}
