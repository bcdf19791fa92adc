import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/rows.js';
import { applications } from '../../src/db/schema/applications.js';
import {
  APPLICATION_ACTIONS,
  APPLICATION_STATES,
  WORKFLOW_ROLES,
  applicationWorkflow,
  type ApplicationAction,
  type ApplicationState,
  type ApplicationWorkflowContext,
  type WorkflowRole,
} from '../../src/domain/application-workflow.js';
import { AppError } from '../../src/errors.js';
import { applyTransition } from '../../src/usecases/applications/apply-transition.js';
import { workflowRolesFor } from '../../src/policies/assessment.js';
import type { Actor } from '../../src/usecases/shared/actor.js';
import { demoPool, buildApplication, type DemoPool } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/app.js';

/**
 * Every action from every state by every workflow role, through the database use case: generated from
 * the transition table itself. A sample application sits in each state; each attempt runs in a
 * transaction that is rolled back afterwards, so the samples stay in their state.
 */
const ok: ApplicationWorkflowContext = { reviewerCount: 1, submittedReviewCount: 1, lineDecidedDirectly: true, hasEvaluation: true, hasHandover: true };

class Rollback extends Error {}

let t: TestApp;
let pool: DemoPool;
let actor: Actor;
const sample = new Map<ApplicationState, string>();

beforeAll(async () => {
  t = await createTestApp('demo');
  pool = await demoPool(t.db, 'vejle');
  actor = await t.actor('sekretariat@vejle.demo');
  for (const s of APPLICATION_STATES) sample.set(s, await buildApplication(t.db, { pool, state: s }));
});
afterAll(() => t.close());

type Outcome = { ok: true; to: ApplicationState; stored: ApplicationState; audited: number } | { ok: false; code: string; message: string };

async function attempt(state: ApplicationState, action: ApplicationAction, role: WorkflowRole, ctx = ok): Promise<Outcome> {
  const applicationId = sample.get(state) ?? '';
  let outcome: Outcome | undefined;
  try {
    await t.db.transaction(async (tx) => {
      const r = await applyTransition(tx, actor, { applicationId, action, roles: [role], ctx });
      const [row] = await tx.select({ state: applications.state }).from(applications).where(eq(applications.id, applicationId));
      const audited = rowsOf<{ n: number }>(
        await tx.execute(sql`select count(*)::int as n from audit_events where object_id = ${applicationId} and action = ${`application.${action}`}`),
      )[0]?.n;
      outcome = { ok: true, to: r.to, stored: row?.state ?? state, audited: Number(audited ?? 0) };
      throw new Rollback();
    });
  } catch (err) {
    if (err instanceof Rollback) return outcome as Outcome;
    if (err instanceof AppError) return { ok: false, code: err.code, message: err.userMessage.da };
    throw err;
  }
  throw new Error('unreachable');
}

const cases: [ApplicationState, ApplicationAction, WorkflowRole][] = [];
for (const s of APPLICATION_STATES) for (const a of APPLICATION_ACTIONS) for (const r of WORKFLOW_ROLES) cases.push([s, a, r]);

describe('applyTransition: every state × action × role, generated from the table', () => {
  it('covers the whole table', () => {
    expect(cases).toHaveLength(APPLICATION_STATES.length * APPLICATION_ACTIONS.length * WORKFLOW_ROLES.length);
  });

  it.each(cases)('%s + %s by %s', async (state, action, role) => {
    const def = applicationWorkflow.find(state, action);
    const res = await attempt(state, action, role);
    if (!def) {
      expect(res).toMatchObject({ ok: false, code: 'TRANSITION_NOT_ALLOWED', message: 'Handlingen er ikke mulig i sagens nuværende status.' });
    } else if (!def.roles.includes(role)) {
      expect(res).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      if (!res.ok) expect(res.message).toMatch(/rolle/);
    } else {
      const to = typeof def.to === 'function' ? def.to(ok) : def.to;
      expect(res).toEqual({ ok: true, to, stored: to, audited: 1 });
    }
  });

  it('leaves every sample in its state (refusals and rollbacks change nothing)', async () => {
    for (const [state, id] of sample) {
      const [row] = await t.db
        .select({ state: applications.state })
        .from(applications)
        .where(and(eq(applications.id, id)));
      expect(row?.state).toBe(state);
    }
  });
});

describe('guards through the database', () => {
  it('start_review without reviewers is refused with the guard message', async () => {
    const res = await attempt('qualified', 'start_review', 'secretariat', { ...ok, reviewerCount: 0 });
    expect(res).toEqual({ ok: false, code: 'TRANSITION_NOT_ALLOWED', message: 'Tildel mindst én bedømmer, før bedømmelsen startes.' });
  });

  it('complete_review without a submitted review is refused', async () => {
    const res = await attempt('in_review', 'complete_review', 'secretariat', { ...ok, submittedReviewCount: 0 });
    expect(res).toMatchObject({ ok: false, code: 'TRANSITION_NOT_ALLOWED', message: 'Mindst én bedømmelse skal være afleveret.' });
  });

  it('a direct decision on a meeting line is refused', async () => {
    const res = await attempt('recommended', 'decide_directly_approve', 'director', { ...ok, lineDecidedDirectly: false });
    expect(res).toMatchObject({ ok: false, code: 'TRANSITION_NOT_ALLOWED' });
    if (!res.ok) expect(res.message).toContain('møde');
  });
});

describe('people become workflow roles in one place', () => {
  it('maps the lead applicant, secretariat, assigned reviewers and directors', async () => {
    const app = { organisationId: pool.organisationId, leadUserId: (await t.actor('ansoeger@vejle.demo')).userId };
    expect(workflowRolesFor(await t.actor('ansoeger@vejle.demo'), app)).toEqual(['applicant']);
    expect(workflowRolesFor(await t.actor('sekretariat@vejle.demo'), app)).toEqual(['secretariat']);
    expect(workflowRolesFor(await t.actor('bedoemmer@vejle.demo'), app)).toEqual([]);
    expect(workflowRolesFor(await t.actor('bedoemmer@vejle.demo'), app, { assignedReviewer: true })).toEqual(['reviewer']);
    expect(workflowRolesFor(await t.actor('raad@vejle.demo'), app)).toEqual(['decision_body', 'director']);
    expect(workflowRolesFor(await t.actor('raad@aarhus.demo'), app)).toEqual([]);
  });
});
