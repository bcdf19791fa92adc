import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/db/schema/audit.js';
import { ledgerEntries } from '../../src/db/schema/ledger.js';
import { getPoolLedger } from '../../src/usecases/ledger/get-pool-ledger.js';
import { recordPayout } from '../../src/usecases/ledger/record-payout.js';
import { closeProject } from '../../src/usecases/projects/close-project.js';
import { decideProjectOutcome } from '../../src/usecases/projects/decide-project-outcome.js';
import type { Actor } from '../../src/usecases/shared/actor.js';
import { stateOf, KR, buildOutcomePool, buildStartedProject, type OutcomeFixture } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/app.js';

/** Issue 10 acceptance: stopping a project with 300.000 kr. committed and 100.000 kr. paid returns 200.000 kr. to its line and year. */
let t: TestApp;
let fx: OutcomeFixture;
let secretariat: Actor;
let finance: Actor;

beforeAll(async () => {
  t = await createTestApp('demo');
  fx = await buildOutcomePool(t.db);
  secretariat = await t.actor('sekretariat@vejle.demo');
  finance = await t.actor('oekonomi@vejle.demo');
});
afterAll(() => t.close());

const row2023 = async () => {
  const ledger = await getPoolLedger(t.db, secretariat, { poolId: fx.pool.poolId });
  const row = ledger.rows.find((r) => r.budgetLineId === fx.pool.lines.ordinaer && r.year === 2023);
  if (!row) throw new Error('no 2023 row');
  return row;
};

describe('stopping a project returns its unspent commitment through the ledger', () => {
  it('300.000 kr. committed, 100.000 kr. paid: the stop returns 200.000 kr. to the line and year, and the pool shows it at once', async () => {
    const before = await row2023();
    const project = await buildStartedProject(t.db, fx, secretariat, { split: [{ year: 2023, amountOere: 300_000 * KR }] });
    await recordPayout(t.db, finance, {
      applicationId: project,
      budgetLineId: fx.pool.lines.ordinaer,
      year: 2023,
      amountOere: 100_000 * KR,
      reference: 'Faktura 7',
    });
    const committed = await row2023();
    expect(committed.remainingOere).toBe(before.remainingOere - 300_000 * KR);

    const { returned } = await decideProjectOutcome(t.db, secretariat, {
      applicationId: project,
      outcome: 'stop',
      decidedOn: '2023-09-01',
      reason: 'Leverandøren er gået konkurs.',
    });
    expect(returned?.returnedOere).toBe(200_000 * KR);
    expect(returned?.lines).toEqual([{ budgetLineId: fx.pool.lines.ordinaer, year: 2023, amountOere: 200_000 * KR }]);
    expect(await stateOf(t.db, project)).toBe('stopped');

    const after = await row2023();
    expect(after.returnedOere - before.returnedOere).toBe(200_000 * KR);
    expect(after.remainingOere).toBe(before.remainingOere - 100_000 * KR);
    const entries = await t.db.select().from(ledgerEntries).where(eq(ledgerEntries.applicationId, project));
    expect(entries.filter((e) => e.kind === 'return').map((e) => [e.year, e.amountOere])).toEqual([[2023, 200_000 * KR]]);
    const audit = await t.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.objectId, project));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['application.stop_project', 'ledger.returned', 'project.outcomeDecided']));

    // Closing the stopped project: nothing more to return; the project is closed; no payout is possible.
    const closed = await closeProject(t.db, secretariat, { applicationId: project, reason: 'Stoppet' });
    expect(closed.returned.returnedOere).toBe(0);
    expect(await stateOf(t.db, project)).toBe('closed');
    await expect(
      recordPayout(t.db, finance, { applicationId: project, budgetLineId: fx.pool.lines.ordinaer, year: 2023, amountOere: 1 * KR, reference: 'x' }),
    ).rejects.toMatchObject({ code: 'TRANSITION_NOT_ALLOWED' });
  });

  it('a project in operation cannot close before its handover is recorded (the workflow guard, in Danish)', async () => {
    const project = await buildStartedProject(t.db, fx, secretariat);
    await t.db.transaction(async (tx) => {
      const { applyTransition } = await import('../../src/usecases/applications/apply-transition.js');
      await applyTransition(tx, secretariat, { applicationId: project, action: 'record_evaluation', roles: ['secretariat'] });
      await applyTransition(tx, secretariat, { applicationId: project, action: 'decide_operation', roles: ['outcome_decider'], ctx: { hasEvaluation: true } });
    });
    await expect(closeProject(t.db, secretariat, { applicationId: project, reason: 'x' })).rejects.toSatisfy(
      (e: { code: string; userMessage: { da: string } }) => e.code === 'TRANSITION_NOT_ALLOWED' && e.userMessage.da.includes('Overdragelsen til drift'),
    );
  });
});
