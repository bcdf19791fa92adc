import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationCoApplicants, applications } from '../../src/db/schema/applications.js';
import { auditEvents } from '../../src/db/schema/audit.js';
import { AppError } from '../../src/errors.js';
import { workflowRolesOf } from '../../src/policies/applications.js';
import { applyTransition } from '../../src/usecases/applications/apply-transition.js';
import { loadApplicationFor } from '../../src/usecases/applications/load-application-for.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { buildPool, type TestPool } from '../support/factories.js';
import { expectRefusal, refusalOf } from '../support/expect-refusal.js';

let t: TestApp;
let pool: TestPool;
beforeAll(async () => {
  t = await createTestApp('demo');
  pool = await buildPool(t.db, 'horsens', 'horsens');
});
afterAll(() => t.close());

let seq = 0;
async function insertApplication(leadEmail: string, state: 'draft' | 'submitted' = 'draft') {
  const lead = await t.actor(leadEmail);
  const [row] = await t.db
    .insert(applications)
    .values({ organisationId: pool.organisationId, poolId: pool.poolId, caseNumber: `T-${++seq}`, leadUserId: lead.userId, title: 'Test', content: {}, state })
    .returning();
  if (!row) throw new Error('insert');
  return row;
}

describe('applyTransition', () => {
  it('changes the state through the table and writes the audit event in the same transaction', async () => {
    const app = await insertApplication('ansoeger@horsens.demo');
    const lead = await t.actor('ansoeger@horsens.demo');
    const r = await t.db.transaction((tx) =>
      applyTransition(tx, lead, { applicationId: app.id, action: 'submit', roles: workflowRolesOf(lead, app), changes: { currentVersion: 1 } }),
    );
    expect(r.from).toBe('draft');
    expect(r.to).toBe('submitted');
    expect(r.application.submittedAt).toBeInstanceOf(Date);
    expect(r.application.currentVersion).toBe(1);
    const events = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.objectId, app.id), eq(auditEvents.action, 'application.submit')));
    expect(events).toHaveLength(1);
    expect(events[0]?.before).toEqual({ state: 'draft' });
  });

  it('refuses a role the table does not allow with 403, an impossible action with 409, and leaves no trace', async () => {
    const app = await insertApplication('ansoeger@horsens.demo');
    const secretariat = await t.actor('sekretariat@horsens.demo');
    await expectRefusal(
      t.db.transaction((tx) => applyTransition(tx, secretariat, { applicationId: app.id, action: 'submit', roles: workflowRolesOf(secretariat, app) })),
      'FORBIDDEN',
    );
    await expectRefusal(
      t.db.transaction((tx) => applyTransition(tx, secretariat, { applicationId: app.id, action: 'qualify', roles: ['secretariat'] })),
      'TRANSITION_NOT_ALLOWED',
    );
    const [after] = await t.db.select().from(applications).where(eq(applications.id, app.id));
    expect(after?.state).toBe('draft');
    expect(await t.db.select().from(auditEvents).where(eq(auditEvents.objectId, app.id))).toHaveLength(0);
  });

  it('rolls back the state change when the surrounding transaction fails', async () => {
    const app = await insertApplication('ansoeger@horsens.demo');
    const lead = await t.actor('ansoeger@horsens.demo');
    await expect(
      t.db.transaction(async (tx) => {
        await applyTransition(tx, lead, { applicationId: app.id, action: 'withdraw', roles: ['applicant'] });
        throw new Error('later step failed');
      }),
    ).rejects.toThrow('later step failed');
    const [after] = await t.db.select().from(applications).where(eq(applications.id, app.id));
    expect(after?.state).toBe('draft');
  });

  it('answers 404 to another organisation and to a malformed id', async () => {
    const app = await insertApplication('ansoeger@horsens.demo');
    const other = await t.actor('sekretariat@vejle.demo');
    await expectRefusal(
      t.db.transaction((tx) => applyTransition(tx, other, { applicationId: app.id, action: 'qualify', roles: ['secretariat'] })),
      'NOT_FOUND',
    );
    await expectRefusal(
      t.db.transaction((tx) => applyTransition(tx, other, { applicationId: 'nope', action: 'qualify', roles: ['secretariat'] })),
      'NOT_FOUND',
    );
  });

  it('applies the guard with its Danish message', async () => {
    const app = await insertApplication('ansoeger@horsens.demo', 'submitted');
    const s = await t.actor('sekretariat@horsens.demo');
    await t.db.transaction((tx) => applyTransition(tx, s, { applicationId: app.id, action: 'qualify', roles: ['secretariat'] }));
    const err = await refusalOf(
      t.db.transaction((tx) => applyTransition(tx, s, { applicationId: app.id, action: 'start_review', roles: ['secretariat'], ctx: { reviewerCount: 0 } })),
    );
    expect(err).toBeInstanceOf(AppError);
    expect(err.userMessage.da).toContain('Tildel mindst én bedømmer');
  });
});

describe('loadApplicationFor', () => {
  it('lets the lead, co-applicants and the secretariat see a draft; not another applicant, reviewer or organisation', async () => {
    const app = await insertApplication('ansoeger@horsens.demo');
    const lead = await t.actor('ansoeger@horsens.demo');
    const co = await t.actor('bedoemmer@horsens.demo'); // a colleague invited as co-applicant
    await t.db.insert(applicationCoApplicants).values({ applicationId: app.id, userId: co.userId, addedByUserId: lead.userId });
    const l = await loadApplicationFor(t.db, lead, app.id);
    expect(l.access).toMatchObject({ isLead: true, canEdit: true, roles: ['applicant'] });
    const c = await loadApplicationFor(t.db, co, app.id);
    expect(c.access).toMatchObject({ isLead: false, isCoApplicant: true, canEdit: true });
    expect(c.access.roles).not.toContain('applicant');
    expect((await loadApplicationFor(t.db, await t.actor('sekretariat@horsens.demo'), app.id)).access.isStaff).toBe(true);
    await expectRefusal(loadApplicationFor(t.db, await t.actor('raad@horsens.demo'), app.id), 'FORBIDDEN');
    await expectRefusal(loadApplicationFor(t.db, await t.actor('oekonomi@horsens.demo'), app.id), 'FORBIDDEN');
    await expectRefusal(loadApplicationFor(t.db, await t.actor('ansoeger@vejle.demo'), app.id), 'NOT_FOUND');
    await expectRefusal(loadApplicationFor(t.db, lead, '00000000-0000-0000-0000-000000000000'), 'NOT_FOUND');
  });

  it('lets reviewers and decision-body members see it once submitted, read-only', async () => {
    const app = await insertApplication('ansoeger@horsens.demo', 'submitted');
    const r = await loadApplicationFor(t.db, await t.actor('raad@horsens.demo'), app.id);
    expect(r.access).toMatchObject({ isStaff: true, isApplicant: false, canEdit: false });
  });
});
