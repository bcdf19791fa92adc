import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/usecases/accounts/create-user.js';
import { grantRole } from '../../src/usecases/accounts/grant-role.js';
import { addCoApplicant } from '../../src/usecases/applications/add-co-applicant.js';
import { createApplication } from '../../src/usecases/applications/create-application.js';
import { createIdea } from '../../src/usecases/applications/create-idea.js';
import { submitApplication } from '../../src/usecases/applications/submit-application.js';
import { updateApplication } from '../../src/usecases/applications/update-application.js';
import { uploadAttachment } from '../../src/usecases/applications/upload-attachment.js';
import { createTestApp, type TestApp, type TestClient } from '../support/app.js';
import { buildApplicationPatch, buildPool, type TestPool } from '../support/factories.js';
import { paths } from '../../src/paths.js';

/**
 * Every applications and ideas route, page and API: another organisation gets 404, someone of the
 * organisation without a part in the object gets 403, anonymous gets 401 (API) or the login page.
 */
let t: TestApp;
let pool: TestPool;
let draftId: string;
let submittedId: string;
let ideaId: string;
let attachmentId: string;
let coUserId: string;
const PDF = new TextEncoder().encode('%PDF-1.4\n%test\n');

beforeAll(async () => {
  t = await createTestApp('demo');
  pool = await buildPool(t.db, 'horsens', 'horsens');
  for (const email of ['kollega@horsens.demo', 'ansoeger2@horsens.demo']) {
    await createUser(t.db, null, { email, name: email, password: 'demo1234' });
    await grantRole(t.db, null, { email, organisationSlug: 'horsens', role: 'applicant' });
  }
  const lead = await t.actor('ansoeger@horsens.demo');
  draftId = (await createApplication(t.db, lead, { poolId: pool.poolId, title: 'Kladde' })).id;
  coUserId = (await addCoApplicant(t.db, lead, { applicationId: draftId, email: 'kollega@horsens.demo' })).userId;
  attachmentId = (await uploadAttachment(t.db, lead, { applicationId: draftId, fileName: 'a.pdf', data: PDF }, { maxBytes: 1000 })).id;
  submittedId = (await createApplication(t.db, lead, { poolId: pool.poolId, title: 'Indsendt' })).id;
  await updateApplication(t.db, lead, { applicationId: submittedId, ...buildApplicationPatch(pool, 'horsens') });
  await submitApplication(t.db, lead, { applicationId: submittedId });
  ideaId = (await createIdea(t.db, lead, { poolId: pool.poolId, title: 'Idé', needAnalysis: 'Behov' })).id;
});
afterAll(() => t.close());

const pageGets = () => [
  paths.applications.show({ applicationId: draftId }),
  paths.applications.step({ applicationId: draftId, sectionSlug: 'grundoplysninger' }),
  paths.applications.step({ applicationId: draftId, sectionSlug: 'bilag' }),
  paths.applications.check({ applicationId: draftId }),
  paths.applications.coApplicants({ applicationId: draftId }),
  paths.applications.versions({ applicationId: draftId }),
  paths.applications.compareVersions({ applicationId: draftId }, { fra: 0, til: 0 }),
  paths.applications.withdraw({ applicationId: draftId }),
  paths.applications.attachment({ applicationId: draftId, attachmentId }),
  paths.ideas.show({ ideaId }),
];
const pagePosts = (): [string, Record<string, string>][] => [
  [paths.applications.step({ applicationId: draftId, sectionSlug: 'grundoplysninger' }), { title: 'Ændret', handling: 'gem' }],
  [paths.applications.submit({ applicationId: draftId }), {}],
  [paths.applications.coApplicants({ applicationId: draftId }), { email: 'ansoeger2@horsens.demo' }],
  [paths.applications.removeCoApplicant({ applicationId: draftId, userId: coUserId }), {}],
  [paths.applications.withdraw({ applicationId: draftId }), { reason: '' }],
  [paths.applications.removeAttachment({ applicationId: draftId, attachmentId }), {}],
  [paths.ideas.advise({ ideaId }), { topic: 'economy', body: 'Råd' }],
  [paths.ideas.assess({ ideaId }), { assessment: 'promising', note: '' }],
  [paths.ideas.convert({ ideaId }), {}],
];
const apiCalls = (): [string, string, unknown?][] => [
  ['GET', `/applications/${draftId}`],
  ['PATCH', `/applications/${draftId}`, { summary: 'x' }],
  ['GET', `/applications/${draftId}/eligibility`],
  ['POST', `/applications/${draftId}/submission`, {}],
  ['POST', `/applications/${draftId}/withdrawal`, {}],
  ['GET', `/applications/${draftId}/versions`],
  ['GET', `/applications/${draftId}/versions/compare?from=0&to=0`],
  ['GET', `/applications/${draftId}/attachments/${attachmentId}`],
  ['POST', `/applications/${draftId}/co-applicants`, { email: 'ansoeger2@horsens.demo' }],
  ['DELETE', `/applications/${draftId}/co-applicants/${coUserId}`],
  ['GET', `/ideas/${ideaId}`],
  ['POST', `/ideas/${ideaId}/advice`, { topic: 'law', body: 'x' }],
  ['POST', `/ideas/${ideaId}/assessment`, { assessment: 'promising' }],
  ['POST', `/ideas/${ideaId}/application`, {}],
];

async function statuses(client: TestClient) {
  const out: Record<string, number> = {};
  for (const p of pageGets()) out[`GET ${p}`] = (await client.get(p)).status;
  for (const [p, f] of pagePosts()) out[`POST ${p}`] = (await client.postForm(p, f)).status;
  for (const [m, p, b] of apiCalls()) out[`API ${m} ${p}`] = (await client.api(m, p, b)).status;
  const upload = new FormData();
  upload.append('file', new Blob([PDF], { type: 'application/pdf' }), 'b.pdf');
  out['API uploadAttachment'] = (
    await client.request(`/api/v1/applications/${draftId}/attachments`, { method: 'POST', body: upload, headers: { 'x-csrf-token': client.csrfToken } })
  ).status;
  return out;
}

describe('tenancy and roles on every route', () => {
  it('another organisation gets 404 everywhere, also the secretariat', async () => {
    for (const email of ['sekretariat@vejle.demo', 'ansoeger@aarhus.demo']) {
      const s = await statuses(await t.as(email));
      expect(Object.entries(s).filter(([, v]) => v !== 404)).toEqual([]);
    }
  });

  it("another applicant of the same organisation gets 403: never someone else's draft or idea", async () => {
    const s = await statuses(await t.as('ansoeger2@horsens.demo'));
    expect(Object.entries(s).filter(([, v]) => v !== 403)).toEqual([]);
  });

  it('a reviewer or decision-body member of the organisation gets 403 on a draft', async () => {
    for (const email of ['bedoemmer@horsens.demo', 'raad@horsens.demo']) {
      const s = await statuses(await t.as(email));
      expect(Object.entries(s).filter(([, v]) => v !== 403)).toEqual([]);
    }
  });

  it('anonymous: 401 from the API, the login page for pages', async () => {
    const anon = t.anonymous();
    for (const p of pageGets()) {
      const res = await anon.get(p);
      expect(res.status, p).toBe(302);
      expect(res.headers.get('location'), p).toMatch(/^\/login\?tilbage=/);
    }
    for (const [m, p, b] of apiCalls()) {
      const res = await anon.request(`/api/v1${p}`, {
        method: m,
        headers: { 'content-type': 'application/json' },
        body: b === undefined ? undefined : JSON.stringify(b),
      });
      expect(res.status, `${m} ${p}`).toBe(401);
    }
    for (const p of [paths.applications.list(), paths.applications.create(), paths.ideas.list(), paths.ideas.create()])
      expect((await anon.get(p)).status).toBe(302);
    for (const p of ['/applications', '/ideas']) expect((await anon.api('GET', p)).status).toBe(401);
    expect((await anon.api('POST', '/business-case', { investmentOere: 0 })).status).toBe(401);
  });

  it('a co-applicant may edit but not submit, withdraw or manage co-applicants (403)', async () => {
    const co = await t.as('kollega@horsens.demo');
    expect((await co.get(paths.applications.step({ applicationId: draftId, sectionSlug: 'grundoplysninger' }))).status).toBe(200);
    expect((await co.api('PATCH', `/applications/${draftId}`, { summary: 'Skrevet af kollegaen' })).status).toBe(200);
    const submit = await co.api('POST', `/applications/${draftId}/submission`, {});
    expect(submit.status).toBe(403);
    expect(((await submit.json()) as { error: { message: string } }).error.message).toBe('Kun den ansvarlige ansøger kan indsende ansøgningen.');
    expect((await co.postForm(paths.applications.submit({ applicationId: draftId }), {})).status).toBe(403);
    expect((await co.api('POST', `/applications/${draftId}/withdrawal`, {})).status).toBe(403);
    expect((await co.get(paths.applications.coApplicants({ applicationId: draftId }))).status).toBe(403);
    expect((await co.api('POST', `/applications/${draftId}/co-applicants`, { email: 'ansoeger2@horsens.demo' })).status).toBe(403);
  });

  it('creating in another organisation’s pool is 404; without the applicant role 403', async () => {
    const other = await t.as('ansoeger@vejle.demo');
    expect((await other.api('POST', '/applications', { poolId: pool.poolId, title: 'x' })).status).toBe(404);
    expect((await other.api('POST', '/ideas', { poolId: pool.poolId, title: 'x', needAnalysis: 'y' })).status).toBe(404);
    expect((await other.postForm(paths.applications.create(), { poolId: pool.poolId, title: 'x' })).status).toBe(404);
    const reviewer = await t.as('bedoemmer@horsens.demo');
    expect((await reviewer.api('POST', '/applications', { poolId: pool.poolId, title: 'x' })).status).toBe(403);
    expect((await reviewer.api('POST', '/ideas', { poolId: pool.poolId, title: 'x', needAnalysis: 'y' })).status).toBe(403);
    expect((await reviewer.get(paths.applications.create())).status).toBe(403);
    expect((await reviewer.get(paths.ideas.create())).status).toBe(403);
  });

  it('lists show nothing of another organisation; decision-body members see submitted ones but no drafts; unassigned reviewers see neither', async () => {
    const other = await t.as('sekretariat@vejle.demo');
    const apps = ((await (await other.api('GET', '/applications?limit=200')).json()) as { applications: { id: string }[] }).applications;
    expect(apps.map((a) => a.id)).not.toContain(draftId);
    expect(apps.map((a) => a.id)).not.toContain(submittedId);
    const ideas = ((await (await other.api('GET', '/ideas?limit=200')).json()) as { ideas: { id: string }[] }).ideas;
    expect(ideas.map((i) => i.id)).not.toContain(ideaId);
    const member = await t.as('raad@horsens.demo');
    const seen = ((await (await member.api('GET', '/applications?limit=200')).json()) as { applications: { id: string }[] }).applications.map((a) => a.id);
    expect(seen).toContain(submittedId);
    expect(seen).not.toContain(draftId);
    expect((await member.get(paths.applications.show({ applicationId: submittedId }))).status).toBe(200);
    const reviewer = await t.as('bedoemmer@horsens.demo');
    const reviewerSees = ((await (await reviewer.api('GET', '/applications?limit=200')).json()) as { applications: { id: string }[] }).applications.map(
      (a) => a.id,
    );
    expect(reviewerSees).not.toContain(submittedId);
    expect((await reviewer.get(paths.applications.show({ applicationId: submittedId }))).status).toBe(403);
    const secretariat = await t.as('sekretariat@horsens.demo');
    const all = ((await (await secretariat.api('GET', '/applications?limit=200')).json()) as { applications: { id: string }[] }).applications.map((a) => a.id);
    expect(all).toEqual(expect.arrayContaining([draftId, submittedId]));
    const other2 = ((await (await (await t.as('ansoeger2@horsens.demo')).api('GET', '/applications')).json()) as { applications: { id: string }[] })
      .applications;
    expect(other2).toEqual([]);
  });

  it('the printable copy of the submitted version: its applicants and the secretariat; reviewers and the decision body 403; other organisations 404', async () => {
    const print = paths.applications.print({ applicationId: submittedId });
    const api = `/applications/${submittedId}/submitted-copy`;
    for (const email of ['ansoeger@horsens.demo', 'sekretariat@horsens.demo']) {
      const c = await t.as(email);
      expect((await c.get(print)).status, email).toBe(200);
      expect((await c.api('GET', api)).status, email).toBe(200);
    }
    for (const email of ['bedoemmer@horsens.demo', 'raad@horsens.demo', 'ansoeger2@horsens.demo']) {
      const c = await t.as(email);
      expect((await c.get(print)).status, email).toBe(403);
      expect((await c.api('GET', api)).status, email).toBe(403);
    }
    for (const email of ['sekretariat@vejle.demo', 'ansoeger@aarhus.demo']) {
      const c = await t.as(email);
      expect((await c.get(print)).status, email).toBe(404);
      expect((await c.api('GET', api)).status, email).toBe(404);
    }
    expect((await t.anonymous().get(print)).status).toBe(302);
    expect((await t.anonymous().api('GET', api)).status).toBe(401);
  });

  it('the lead and the secretariat reach the pages', async () => {
    const lead = await t.as('ansoeger@horsens.demo');
    for (const p of pageGets()) expect((await lead.get(p)).status, p).toBe(200);
    const s = await t.as('sekretariat@horsens.demo');
    expect((await s.get(paths.applications.show({ applicationId: draftId }))).status).toBe(200);
    expect((await s.get(paths.ideas.show({ ideaId }))).status).toBe(200);
    expect((await s.get(paths.applications.attachment({ applicationId: draftId, attachmentId }))).status).toBe(200);
  });
});
