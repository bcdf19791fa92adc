import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../../src/db/schema/applications.js';
import { evaluationAgendaItems } from '../../src/db/schema/project-outcomes.js';
import { todayInCopenhagen } from '../../src/domain/dates.js';
import { seedDemoCases } from '../../src/demo/cases.js';
import { getEvaluation } from '../../src/usecases/projects/get-evaluation.js';
import { getProjectOutcome } from '../../src/usecases/projects/get-project-outcome.js';
import { createTestApp, type TestApp } from '../support/app.js';

/** The Vejle demo project after the grant: evaluated, on the council's agenda, scaled up and handed over, dated from the seeding day. */
let t: TestApp;
let robot: string;
beforeAll(async () => {
  t = await createTestApp('demo');
  await seedDemoCases(t.db);
  const [row] = await t.db.select({ id: applications.id }).from(applications).where(eq(applications.title, 'Robotstøvsugere i plejeboliger'));
  robot = row?.id ?? '';
}, 180_000);
afterAll(() => t.close());

describe('the Vejle outcome demo', () => {
  it('is scaled up after an evaluation with the actual business case, on the council agenda, handed over with an operating budget', async () => {
    const secretariat = await t.actor('sekretariat@vejle.demo');
    const outcome = await getProjectOutcome(t.db, secretariat, { applicationId: robot });
    expect(outcome.project.state).toBe('scaled_up');
    expect(outcome.evaluation?.recommendation).toBe('scale_up');
    expect(outcome.decisions.at(-1)?.outcome).toBe('scale_up');
    expect(outcome.handover?.operatingBudget).toContain('Plejecentrenes driftsbudget');
    const today = todayInCopenhagen();
    expect((outcome.decisions.at(-1)?.decidedOn ?? '9999') < today).toBe(true);
    expect((outcome.handover?.goLiveDate ?? '') > today).toBe(true);
    const evaluation = await getEvaluation(t.db, secretariat, { applicationId: robot });
    expect(evaluation.comparison.actual?.npvOere).toBeGreaterThan(evaluation.comparison.expected?.npvOere ?? Infinity);
    expect(await t.db.select().from(evaluationAgendaItems).where(eq(evaluationAgendaItems.applicationId, robot))).toHaveLength(1);
    expect(outcome.can.correct).toBe(false);
  });
});
