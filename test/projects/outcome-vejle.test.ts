import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectHandovers } from '../../src/db/schema/project-outcomes.js';
import { auditEvents } from '../../src/db/schema/audit.js';
import { EVALUATION_DIMENSIONS } from '../../src/domain/evaluation.js';
import { commitFunds } from '../../src/usecases/ledger/commit-funds.js';
import { recordPayout } from '../../src/usecases/ledger/record-payout.js';
import { closeProject } from '../../src/usecases/projects/close-project.js';
import { decideProjectOutcome } from '../../src/usecases/projects/decide-project-outcome.js';
import { evaluationsOnAgenda } from '../../src/usecases/projects/evaluation-agenda-items.js';
import { putEvaluationOnAgenda } from '../../src/usecases/projects/evaluation-agenda.js';
import { getEvaluation } from '../../src/usecases/projects/get-evaluation.js';
import { recordEvaluation } from '../../src/usecases/projects/record-evaluation.js';
import { recordHandover } from '../../src/usecases/projects/record-handover.js';
import type { Actor } from '../../src/usecases/shared/actor.js';
import { stateOf, KR, buildEvaluationInput, buildOutcomePool, buildStartedProject, type OutcomeFixture } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/app.js';

/** Issue 10 acceptance: a Vejle project from trial through evaluation, council agenda, management's decision and handover. */
let t: TestApp;
let fx: OutcomeFixture;
let secretariat: Actor;
let management: Actor;
let finance: Actor;
let project: string;

beforeAll(async () => {
  t = await createTestApp('demo');
  fx = await buildOutcomePool(t.db);
  secretariat = await t.actor('sekretariat@vejle.demo');
  management = await t.actor('raad@vejle.demo');
  finance = await t.actor('oekonomi@vejle.demo');
  project = await buildStartedProject(t.db, fx, secretariat);
});
afterAll(() => t.close());

describe('a Vejle project: evaluated, on the council agenda, scaled up and handed over', () => {
  it('evaluates on the four VTV dimensions plus ethics/law and transferability, with the actual business case beside the expected', async () => {
    const scaleTo = fx.pool.departmentIds[1] ?? '';
    await recordEvaluation(t.db, secretariat, buildEvaluationInput(project, { scaleUpDepartmentIds: [scaleTo] }));
    expect(await stateOf(t.db, project)).toBe('evaluated');
    const view = await getEvaluation(t.db, secretariat, { applicationId: project });
    const e = view.evaluation;
    expect(e?.dimensions.citizen.score).toBe(4);
    expect(e?.dimensions.organisation.argument).toContain('Mindre kørsel');
    expect(Object.keys(e?.dimensions ?? {}).sort()).toEqual([...EVALUATION_DIMENSIONS].sort());
    expect(e?.scaleMin).toBe(1);
    expect(e?.scaleMax).toBe(5);
    expect(e?.goals[0]).toMatchObject({ before: '0', mid: '120', after: '230', met: true });
    // Expected: 800 h × 350 kr. − 20.000 kr. = 260.000 kr./year; actual 1.000 h → 330.000 kr./year.
    expect(view.comparison.expected?.yearly[0]?.netOere).toBe(260_000 * KR);
    expect(view.comparison.actual?.yearly[0]?.netOere).toBe(330_000 * KR);
    expect(view.comparison.expected?.paybackYear).toBe(2);
    expect(view.comparison.actual?.paybackYear).toBe(1);
    expect(e?.actualNpvOere).toBe(view.comparison.actual?.npvOere);
    expect(view.comparison.npvDifferenceOere).toBeGreaterThan(0);
    expect(e?.recommendation).toBe('scale_up');
    expect(e?.scaleUpDepartmentIds).toEqual([scaleTo]);
  });

  it('puts the evaluation on the council agenda, where the meeting shows it', async () => {
    await putEvaluationOnAgenda(t.db, secretariat, { applicationId: project, meetingId: fx.meetingId });
    const items = await evaluationsOnAgenda(t.db, management, { meetingId: fx.meetingId });
    expect(items.map((i) => i.applicationId)).toEqual([project]);
    expect(items[0]?.recommendation).toBe('scale_up');
    await expect(putEvaluationOnAgenda(t.db, secretariat, { applicationId: project, meetingId: fx.meetingId })).rejects.toMatchObject({
      code: 'ALREADY_EXISTS',
    });
  });

  it('management (the role the pool names) decides to scale up, with date and reasoning; the secretariat cannot', async () => {
    const input = {
      applicationId: project,
      outcome: 'scale_up',
      decidedOn: '2024-11-20',
      reason: 'Rådet anbefaler; direktionen beslutter udbredelse.',
      scaleUpDepartmentIds: [fx.pool.departmentIds[1]],
    };
    await expect(decideProjectOutcome(t.db, secretariat, input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await decideProjectOutcome(t.db, management, input);
    expect(await stateOf(t.db, project)).toBe('scaled_up');
    const audit = await t.db.select().from(auditEvents).where(eq(auditEvents.objectId, project));
    expect(audit.map((a) => a.action)).toContain('application.decide_scale_up');
    expect(audit.map((a) => a.action)).toContain('project.outcomeDecided');
  });

  it('records the handover with the operating budget; after it the ledger refuses commitments and payouts in Danish', async () => {
    await recordHandover(t.db, secretariat, {
      applicationId: project,
      ownerDepartmentId: fx.pool.departmentIds[0],
      operatingBudget: 'Hjemmeplejens driftsbudget',
      yearlyOperatingCostOere: 20_000 * KR,
      trainingPlan: 'Superbrugere i hvert distrikt oplærer kollegerne.',
      goLiveDate: '2025-01-01',
    });
    const [handover] = await t.db.select().from(projectHandovers).where(eq(projectHandovers.applicationId, project));
    expect(handover?.operatingBudget).toBe('Hjemmeplejens driftsbudget');

    const payout = recordPayout(t.db, finance, {
      applicationId: project,
      budgetLineId: fx.pool.lines.ordinaer,
      year: 2023,
      amountOere: 10_000 * KR,
      reference: 'Faktura 1',
    });
    await expect(payout).rejects.toMatchObject({ code: 'TRANSITION_NOT_ALLOWED' });
    await expect(payout).rejects.toSatisfy((e: { userMessage: { da: string } }) => e.userMessage.da.includes('overdraget til drift'));
    const commit = t.db.transaction((tx) =>
      commitFunds(tx, secretariat, {
        poolId: fx.pool.poolId,
        budgetLineId: fx.pool.lines.ordinaer ?? '',
        applicationId: project,
        split: [{ year: 2024, amountOere: 50_000 * KR }],
        reference: 'Ny bevilling',
        reason: 'Drift',
      }),
    );
    await expect(commit).rejects.toSatisfy((e: { userMessage: { da: string } }) =>
      e.userMessage.da.includes('der kan ikke bevilges eller udbetales flere penge fra puljen'),
    );
  });

  it('closes the project after the handover, returning what was not paid out', async () => {
    const { returned } = await closeProject(t.db, secretariat, { applicationId: project, reason: 'I drift i hele kommunen' });
    expect(returned.returnedOere).toBe(300_000 * KR);
    expect(await stateOf(t.db, project)).toBe('closed');
  });
});
