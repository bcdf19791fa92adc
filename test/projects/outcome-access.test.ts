import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/paths.js';
import { decideProjectOutcome } from '../../src/usecases/projects/decide-project-outcome.js';
import { recordEvaluation } from '../../src/usecases/projects/record-evaluation.js';
import { requestProjectChange } from '../../src/usecases/projects/request-project-change.js';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import { createUser } from '../../src/usecases/accounts/create-user.js';
import { grantRole } from '../../src/usecases/accounts/grant-role.js';
import { assignConsultant } from '../../src/usecases/projects/assign-consultant.js';
import { getProjectOutcome } from '../../src/usecases/projects/get-project-outcome.js';
import { createTestApp, type TestApp, type TestClient } from '../support/app.js';
import { buildEvaluationInput, buildOutcomePool, buildStartedProject, type OutcomeFixture } from '../support/factories.js';

/**
 * Tenancy and roles over every route of the outcome area, page and API: another organisation's user
 * gets 404 for a Vejle project; a reviewer cannot decide an outcome or see the portfolio (403).
 */
let t: TestApp;
let fx: OutcomeFixture;
let project: string;
let changeId: string;

beforeAll(async () => {
  t = await createTestApp('demo');
  fx = await buildOutcomePool(t.db);
  const secretariat = await t.actor('sekretariat@vejle.demo');
  project = await buildStartedProject(t.db, fx, secretariat);
  await recordEvaluation(t.db, secretariat, buildEvaluationInput(project, { recommendation: 'operation' }));
  changeId = (
    await requestProjectChange(t.db, await t.actor('ansoeger@vejle.demo'), {
      applicationId: project,
      kind: 'extend_end_date',
      reason: 'x',
      newEndDate: '2025-01-01',
    })
  ).id;
});
afterAll(() => t.close());

const a = () => ({ applicationId: project });
const pageGets = () => [
  paths.projects.evaluation(a()),
  paths.projects.evaluationPrint(a()),
  paths.projects.evaluationPdf(a()),
  paths.projects.outcome(a()),
  paths.projects.handover(a()),
  paths.projects.close(a()),
  paths.projects.changes(a()),
  paths.projects.correctDecision(a()),
  paths.projects.poolPortfolio({ poolId: fx.pool.poolId }),
  paths.projects.portfolio({ organisationId: fx.pool.organisationId }),
  paths.projects.portfolioXlsx({ poolId: fx.pool.poolId }),
];
const pagePosts = () => [
  paths.projects.evaluation(a()),
  paths.projects.evaluationAgenda(a()),
  paths.projects.outcome(a()),
  paths.projects.handover(a()),
  paths.projects.close(a()),
  paths.projects.changes(a()),
  paths.projects.change({ applicationId: project, changeId }),
  paths.projects.correctDecision(a()),
];
const apiCalls = (): [string, string, unknown?][] => [
  ['PUT', `/projects/${project}/evaluation`, buildEvaluationInput(project, { recommendation: 'operation' })],
  ['GET', `/projects/${project}/evaluation`],
  ['POST', `/projects/${project}/evaluation/agenda`, { meetingId: fx.meetingId }],
  ['POST', `/projects/${project}/outcome`, { outcome: 'operation', decidedOn: '2026-01-01', reason: 'x' }],
  [
    'POST',
    `/projects/${project}/handover`,
    { ownerDepartmentId: fx.pool.departmentIds[0], operatingBudget: 'x', yearlyOperatingCostOere: 1, trainingPlan: 'x', goLiveDate: '2026-01-01' },
  ],
  ['POST', `/projects/${project}/close`, { reason: 'x' }],
  ['GET', `/projects/${project}/outcome`],
  ['POST', `/projects/${project}/changes`, { kind: 'extend_end_date', reason: 'x', newEndDate: '2026-01-01' }],
  ['POST', `/projects/${project}/changes/${changeId}/decision`, { decision: 'approve' }],
  [
    'POST',
    `/projects/${project}/corrections`,
    { kind: 'release', budgetLineId: fx.pool.lines.ordinaer, year: 2023, amountOere: 100, reference: 'x', reason: 'x' },
  ],
  ['GET', `/portfolio?poolId=${fx.pool.poolId}`],
];

async function statuses(client: TestClient): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const path of pageGets()) out[`GET ${path}`] = (await client.get(path)).status;
  for (const path of pagePosts()) out[`POST ${path}`] = (await client.postForm(path, { reason: 'x' })).status;
  for (const [method, path, body] of apiCalls()) out[`API ${method} ${path}`] = (await client.api(method, path, body)).status;
  return out;
}

describe('outcome routes: tenancy and roles', () => {
  it('another organisation (Aarhus, every role) gets 404 on every route, page and API', async () => {
    for (const role of ['sekretariat', 'raad', 'oekonomi', 'admin']) {
      const got = await statuses(await t.as(`${role}@aarhus.demo`));
      const wrong = Object.entries(got).filter(([, s]) => s !== 404);
      expect(wrong, `${role}@aarhus.demo`).toEqual([]);
    }
  });

  it('a reviewer of the same organisation cannot decide an outcome, see the outcome pages or the portfolio (403)', async () => {
    const reviewer = await t.as('bedoemmer@vejle.demo');
    const got = await statuses(reviewer);
    const wrong = Object.entries(got).filter(([, s]) => s !== 403);
    expect(wrong).toEqual([]);
    await expect(
      decideProjectOutcome(t.db, await t.actor('bedoemmer@vejle.demo'), { applicationId: project, outcome: 'operation', decidedOn: '2026-01-01', reason: 'x' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('a consultant writes the evaluation only of a project they are assigned to, and sees only that project', async () => {
    const secretariat = await t.actor('sekretariat@vejle.demo');
    const other = await buildStartedProject(t.db, fx, secretariat, { title: 'Anden afprøvning' });
    await createUser(t.db, null, { email: 'konsulent@vejle.demo', name: 'Kirsten Holm', password: DEMO_PASSWORD });
    await grantRole(t.db, null, { email: 'konsulent@vejle.demo', organisationSlug: 'vejle', role: 'consultant' });
    const consultant = await t.actor('konsulent@vejle.demo');
    await expect(recordEvaluation(t.db, consultant, buildEvaluationInput(other, { recommendation: 'operation' }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getProjectOutcome(t.db, consultant, { applicationId: other })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await assignConsultant(t.db, secretariat, { applicationId: other, email: 'konsulent@vejle.demo' });
    const assigned = await t.actor('konsulent@vejle.demo');
    expect((await getProjectOutcome(t.db, assigned, { applicationId: other })).can.evaluate).toBe(true);
    await recordEvaluation(t.db, assigned, buildEvaluationInput(other, { recommendation: 'operation' }));
    expect((await getProjectOutcome(t.db, assigned, { applicationId: other })).project.state).toBe('evaluated');
    // …and still not the first project, which they are not assigned to.
    await expect(getProjectOutcome(t.db, assigned, { applicationId: project })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('anonymous callers are sent to log in (page) or get 401 (API)', async () => {
    const anon = t.anonymous();
    expect((await anon.get(paths.projects.outcome(a()))).status).toBe(302);
    expect((await anon.api('GET', `/projects/${project}/outcome`)).status).toBe(401);
  });
});
