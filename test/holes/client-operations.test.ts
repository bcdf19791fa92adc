import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departments } from '../../src/db/schema/organisations.js';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import { createUser } from '../../src/usecases/accounts/create-user.js';
import { grantRole } from '../../src/usecases/accounts/grant-role.js';
import { assignReviewers } from '../../src/usecases/assessment/assign-reviewers.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { buildApplication, buildReviewer, demoPool, userId, type DemoPool } from '../support/factories.js';

let t: TestApp;
let vejle: DemoPool;
let aarhus: DemoPool;
let applicationId: string;
let caseNumber: string;
beforeAll(async () => {
  t = await createTestApp('demo');
  vejle = await demoPool(t.db, 'vejle');
  aarhus = await demoPool(t.db, 'aarhus');
  applicationId = await buildApplication(t.db, { pool: vejle, state: 'qualified', title: 'Skærmbesøg' });
  const got = (await (await (await t.as('sekretariat@vejle.demo')).api('GET', `/applications/${applicationId}`)).json()) as { caseNumber: string };
  caseNumber = got.caseNumber;
  await buildReviewer(t.db, 'vejle', 'bedoemmer2@vejle.demo', 'Anden Bedømmer');
  await createUser(t.db, null, { email: 'ansoeger2@vejle.demo', name: 'Anden Ansøger', password: DEMO_PASSWORD });
  await grantRole(t.db, null, { email: 'ansoeger2@vejle.demo', organisationSlug: 'vejle', role: 'applicant' });
});
afterAll(() => t.close());

const statusAs = async (email: string, path: string) => (await (await t.as(email)).api('GET', path)).status;

describe('listDepartments', () => {
  it("lists the organisation's active departments by name, for anyone with a role in it", async () => {
    const expected = (await t.db.select().from(departments).where(eq(departments.organisationId, vejle.organisationId)))
      .map((d) => d.name)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(expected.length).toBeGreaterThan(1);
    const res = await (await t.as('ansoeger@vejle.demo')).api('GET', `/organisations/${vejle.organisationId}/departments`);
    expect(res.status).toBe(200);
    const list = (await res.json()) as { id: string; name: string; active: boolean }[];
    expect(list.map((d) => d.name)).toEqual(expected);

    const [first] = list;
    await t.db
      .update(departments)
      .set({ active: false })
      .where(eq(departments.id, first?.id ?? ''));
    const s = await t.as('oekonomi@vejle.demo');
    const active = (await (await s.api('GET', `/organisations/${vejle.organisationId}/departments`)).json()) as { id: string }[];
    expect(active.map((d) => d.id)).not.toContain(first?.id);
    const all = (await (await s.api('GET', `/organisations/${vejle.organisationId}/departments?includeInactive=true`)).json()) as {
      id: string;
      active: boolean;
    }[];
    expect(all.find((d) => d.id === first?.id)?.active).toBe(false);
  });

  it('another organisation, a made-up id and an anonymous caller are refused', async () => {
    expect(await statusAs('admin@aarhus.demo', `/organisations/${vejle.organisationId}/departments`)).toBe(404);
    expect(await statusAs('admin@vejle.demo', '/organisations/ikke-et-id/departments')).toBe(404);
    expect((await t.anonymous().api('GET', `/organisations/${vejle.organisationId}/departments`)).status).toBe(401);
  });
});

describe('listAssignableReviewers', () => {
  it("the secretariat sees the organisation's reviewers not yet on the application, with their load", async () => {
    const s = await t.as('sekretariat@vejle.demo');
    const before = (await (await s.api('GET', `/applications/${applicationId}/assignable-reviewers`)).json()) as { email: string; openAssignments: number }[];
    expect(before.map((r) => r.email).sort()).toEqual(['bedoemmer2@vejle.demo', 'bedoemmer@vejle.demo']);
    expect(before.every((r) => r.openAssignments === 0)).toBe(true);
    await assignReviewers(t.db, await t.actor('sekretariat@vejle.demo'), {
      applicationId,
      mode: 'manual',
      reviewerUserIds: [await userId(t.db, 'bedoemmer@vejle.demo')],
    });
    const after = (await (await s.api('GET', `/applications/${applicationId}/assignable-reviewers`)).json()) as { email: string }[];
    expect(after.map((r) => r.email)).toEqual(['bedoemmer2@vejle.demo']);
  });

  it('refuses other roles (403), other organisations (404) and anonymous callers (401)', async () => {
    const path = `/applications/${applicationId}/assignable-reviewers`;
    for (const role of ['ansoeger', 'bedoemmer', 'raad', 'oekonomi']) expect(await statusAs(`${role}@vejle.demo`, path), role).toBe(403);
    expect(await statusAs('sekretariat@aarhus.demo', path)).toBe(404);
    expect((await t.anonymous().api('GET', path)).status).toBe(401);
  });
});

describe('listMeetings', () => {
  it("lists the pool's decision bodies and meetings for the secretariat and the decision body", async () => {
    for (const email of ['sekretariat@vejle.demo', 'raad@vejle.demo']) {
      const res = await (await t.as(email)).api('GET', `/pools/${vejle.poolId}/meetings`);
      expect(res.status, email).toBe(200);
      const body = (await res.json()) as { pool: { id: string }; decisionBodies: { id: string }[]; meetings: { id: string; startsAt: string }[] };
      expect(body.pool.id).toBe(vejle.poolId);
      expect(body.decisionBodies.map((b) => b.id)).toContain(vejle.bodyId);
      expect(body.meetings.map((m) => m.id)).toEqual(expect.arrayContaining(vejle.meetingIds));
    }
  });

  it('refuses an applicant (403), another organisation (404) and anonymous callers (401)', async () => {
    expect(await statusAs('ansoeger@vejle.demo', `/pools/${vejle.poolId}/meetings`)).toBe(403);
    expect(await statusAs('sekretariat@vejle.demo', `/pools/${aarhus.poolId}/meetings`)).toBe(404);
    expect((await t.anonymous().api('GET', `/pools/${vejle.poolId}/meetings`)).status).toBe(401);
  });
});

describe('getApplicationByCaseNumber', () => {
  const path = (orgId: string, number: string) => `/organisations/${orgId}/applications/by-case-number/${encodeURIComponent(number)}`;

  it('finds the application by its case number for those who may see it', async () => {
    for (const email of ['sekretariat@vejle.demo', 'ansoeger@vejle.demo']) {
      const res = await (await t.as(email)).api('GET', path(vejle.organisationId, caseNumber));
      expect(res.status, email).toBe(200);
      expect(((await res.json()) as { id: string; caseNumber: string }).id).toBe(applicationId);
    }
  });

  it('answers 404 for an unknown number and another organisation; an applicant not on the case gets 403, as from getApplication', async () => {
    expect(await statusAs('sekretariat@vejle.demo', path(vejle.organisationId, '1999-9999'))).toBe(404);
    expect(await statusAs('sekretariat@aarhus.demo', path(vejle.organisationId, caseNumber))).toBe(404);
    expect(await statusAs('sekretariat@aarhus.demo', path(aarhus.organisationId, caseNumber))).toBe(404);
    expect(await statusAs('ansoeger2@vejle.demo', path(vejle.organisationId, caseNumber))).toBe(
      (await (await t.as('ansoeger2@vejle.demo')).api('GET', `/applications/${applicationId}`)).status,
    );
    expect(await statusAs('ansoeger2@vejle.demo', path(vejle.organisationId, caseNumber))).toBe(403);
    expect((await t.anonymous().api('GET', path(vejle.organisationId, caseNumber))).status).toBe(401);
  });
});

describe('the OpenAPI document', () => {
  it('declares the operations a client needs', async () => {
    const doc = (await (await t.anonymous().get('/api/v1/openapi.json')).json()) as { paths: Record<string, Record<string, { operationId: string }>> };
    const ids = Object.values(doc.paths).flatMap((p) => Object.values(p).map((o) => o.operationId));
    expect(ids).toEqual(
      expect.arrayContaining([
        'listDepartments',
        'listAssignableReviewers',
        'listMeetings',
        'getApplicationByCaseNumber',
        'listApiTokens',
        'revokeApiToken',
        'createApiToken',
      ]),
    );
  });
});
