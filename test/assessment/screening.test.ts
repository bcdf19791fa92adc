import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { informationRequests, screenings } from '../../src/db/schema/assessment.js';
import { notifications } from '../../src/db/schema/notifications.js';
import { markInformationRequestsAnswered, openInformationRequests } from '../../src/usecases/assessment/information-requests.js';
import { listSubmissions } from '../../src/usecases/assessment/list-submissions.js';
import { requestMoreInformation } from '../../src/usecases/assessment/request-more-information.js';
import { screenApplication } from '../../src/usecases/assessment/screen-application.js';
import type { Actor } from '../../src/usecases/shared/actor.js';
import { demoPool, buildApplication, stateOf, type DemoPool } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let pool: DemoPool;
let secretariat: Actor;

beforeAll(async () => {
  t = await createTestApp('demo');
  pool = await demoPool(t.db, 'vejle');
  secretariat = await t.actor('sekretariat@vejle.demo');
});
afterAll(() => t.close());

describe('screening', () => {
  it('qualifies', async () => {
    const id = await buildApplication(t.db, { pool });
    expect(await screenApplication(t.db, secretariat, { applicationId: id, decision: 'qualify' })).toEqual({ state: 'qualified' });
    const [s] = await t.db.select().from(screenings).where(eq(screenings.applicationId, id));
    expect(s?.decision).toBe('qualify');
  });

  it('rejects as ineligible only with a reason, which the applicant is told', async () => {
    const id = await buildApplication(t.db, { pool });
    await expect(screenApplication(t.db, secretariat, { applicationId: id, decision: 'reject_ineligible' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { reason: expect.stringContaining('begrundelsen') },
    });
    await screenApplication(t.db, secretariat, {
      applicationId: id,
      decision: 'reject_ineligible',
      reason: 'Projektet finansierer drift af en kendt løsning.',
    });
    expect(await stateOf(t.db, id)).toBe('rejected_ineligible');
    const [n] = await t.db.select().from(notifications).where(eq(notifications.applicationId, id));
    expect(n?.body.da).toContain('Projektet finansierer drift af en kendt løsning.');
  });

  it('asks for more information: the question is stored and sent to the applicant', async () => {
    const id = await buildApplication(t.db, { pool });
    await expect(requestMoreInformation(t.db, secretariat, { applicationId: id, question: '  ' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await requestMoreInformation(t.db, secretariat, { applicationId: id, question: 'Hvad koster licenserne efter projektet?' });
    expect(await stateOf(t.db, id)).toBe('more_info_requested');
    const [q] = await t.db.select().from(informationRequests).where(eq(informationRequests.applicationId, id));
    expect(q?.question).toBe('Hvad koster licenserne efter projektet?');
    const [n] = await t.db.select().from(notifications).where(eq(notifications.applicationId, id));
    expect(n?.kind).toBe('application.more_info_requested');
    expect(n?.body.da).toContain('Hvad koster licenserne efter projektet?');
    // For the applications area: the open question, and answered by a resubmission.
    expect((await openInformationRequests(t.db, id)).map((r) => r.question)).toEqual(['Hvad koster licenserne efter projektet?']);
    await markInformationRequestsAnswered(t.db, id, 2);
    expect(await openInformationRequests(t.db, id)).toEqual([]);
  });

  it('refuses other roles and other organisations', async () => {
    const id = await buildApplication(t.db, { pool });
    await expect(screenApplication(t.db, await t.actor('bedoemmer@vejle.demo'), { applicationId: id, decision: 'qualify' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(screenApplication(t.db, await t.actor('ansoeger@vejle.demo'), { applicationId: id, decision: 'qualify' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(screenApplication(t.db, await t.actor('sekretariat@aarhus.demo'), { applicationId: id, decision: 'qualify' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await stateOf(t.db, id)).toBe('submitted');
  });
});

describe('the inbox', () => {
  it('lists submitted applications (never drafts) with filters, search, age and sorting', async () => {
    const fresh = await createTestApp('demo');
    try {
      const p = await demoPool(fresh.db, 'vejle');
      const sec = await fresh.actor('sekretariat@vejle.demo');
      const now = new Date('2026-03-20T10:00:00Z');
      const old = await buildApplication(fresh.db, {
        pool: p,
        title: 'Gammel sag om robotter',
        submittedAt: new Date('2026-03-01T09:00:00Z'),
        category: 'seniorer',
        projectType: 'afproevning',
      });
      const young = await buildApplication(fresh.db, {
        pool: p,
        title: 'Ny sag om sensorer',
        submittedAt: new Date('2026-03-18T09:00:00Z'),
        category: 'sundhed',
        budgetLineId: p.lines['innovation-og-test'],
      });
      await buildApplication(fresh.db, { pool: p, state: 'draft', title: 'Kladde' });
      await buildApplication(fresh.db, { pool: p, state: 'qualified', title: 'Kvalificeret sag', submittedAt: new Date('2026-03-10T09:00:00Z') });

      const all = await listSubmissions(fresh.db, sec, { poolId: p.poolId }, now);
      expect(all.rows.map((r) => r.title)).toEqual(['Gammel sag om robotter', 'Kvalificeret sag', 'Ny sag om sensorer']);
      expect(all.rows.map((r) => r.ageDays)).toEqual([19, 10, 2]);
      expect(all.total).toBe(3);

      const youngestFirst = await listSubmissions(fresh.db, sec, { poolId: p.poolId, sort: 'age', dir: 'asc' }, now);
      expect(youngestFirst.rows[0]?.id).toBe(young);
      expect((await listSubmissions(fresh.db, sec, { poolId: p.poolId, status: 'qualified' }, now)).rows.map((r) => r.title)).toEqual(['Kvalificeret sag']);
      expect((await listSubmissions(fresh.db, sec, { poolId: p.poolId, category: 'seniorer' }, now)).rows.map((r) => r.id)).toEqual([old]);
      expect((await listSubmissions(fresh.db, sec, { poolId: p.poolId, projectType: 'afproevning' }, now)).rows.map((r) => r.id)).toEqual([old]);
      expect((await listSubmissions(fresh.db, sec, { poolId: p.poolId, budgetLineId: p.lines['innovation-og-test'] }, now)).rows.map((r) => r.id)).toEqual([
        young,
      ]);
      expect((await listSubmissions(fresh.db, sec, { poolId: p.poolId, q: 'SENSOR' }, now)).rows.map((r) => r.id)).toEqual([young]);
      const byCase = (await listSubmissions(fresh.db, sec, { poolId: p.poolId, q: all.rows[0]?.caseNumber ?? '' }, now)).rows;
      expect(byCase.map((r) => r.id)).toEqual([old]);
      await expect(listSubmissions(fresh.db, await fresh.actor('bedoemmer@vejle.demo'), { poolId: p.poolId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(listSubmissions(fresh.db, await fresh.actor('sekretariat@horsens.demo'), { poolId: p.poolId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      await fresh.close();
    }
  });
});
