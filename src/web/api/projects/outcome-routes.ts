import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { APPLICATION_STATES } from '../../../domain/application-workflow.js';
import { EVALUATION_DIMENSIONS, RECOMMENDATIONS } from '../../../domain/evaluation.js';
import type { AppEnv } from '../../env.js';
import { changeSchemas } from '../../../usecases/projects/change-schema.js';
import { closeProject, closeProjectSchema } from '../../../usecases/projects/close-project.js';
import { decideProjectChange } from '../../../usecases/projects/decide-project-change.js';
import { decideProjectOutcome, decideProjectOutcomeSchema } from '../../../usecases/projects/decide-project-outcome.js';
import { putEvaluationOnAgenda, putEvaluationOnAgendaSchema } from '../../../usecases/projects/evaluation-agenda.js';
import { recordEvaluationSchema } from '../../../usecases/projects/evaluation-schema.js';
import { getEvaluation } from '../../../usecases/projects/get-evaluation.js';
import { getPortfolio, getPortfolioSchema } from '../../../usecases/projects/get-portfolio.js';
import { getProjectOutcome } from '../../../usecases/projects/get-project-outcome.js';
import { recordEvaluation } from '../../../usecases/projects/record-evaluation.js';
import { recordHandover, recordHandoverSchema } from '../../../usecases/projects/record-handover.js';
import { correctDecision, correctDecisionSchema } from '../../../usecases/projects/release-commitment.js';
import { requestProjectChange } from '../../../usecases/projects/request-project-change.js';
import { defineOperation } from '../registry.js';
import { readDb } from '../../read-db.js';

const TAG = 'Projects: outcome';
const withParams = (body: unknown, params: Record<string, string>) => ({ ...(body && typeof body === 'object' ? body : {}), ...params });
const db = (c: Context<AppEnv>) => c.get('deps').db;

const idResponse = z.object({ id: z.string() });
const returnedSchema = z.object({
  returnedOere: z.number().int(),
  entryIds: z.array(z.string()),
  lines: z.array(z.object({ budgetLineId: z.string(), year: z.number().int(), amountOere: z.number().int() })),
});
const businessCaseResult = z.object({ npvOere: z.number().int(), paybackYear: z.number().int().nullable(), totalGainOere: z.number().int() }).loose();
const evaluationResponse = z
  .object({
    project: z.object({ id: z.string(), title: z.string(), caseNumber: z.string(), state: z.enum(APPLICATION_STATES) }).loose(),
    evaluation: z
      .object({
        recommendation: z.enum(RECOMMENDATIONS),
        dimensions: z.object(Object.fromEntries(EVALUATION_DIMENSIONS.map((d) => [d, z.object({ score: z.number().int(), argument: z.string() })]))),
        actualNpvOere: z.number().int(),
        expectedNpvOere: z.number().int().nullable(),
      })
      .loose()
      .nullable(),
    comparison: z.object({ expected: businessCaseResult.nullable(), actual: businessCaseResult.nullable(), npvDifferenceOere: z.number().int().nullable() }),
  })
  .loose();
const outcomeResponse = z
  .object({
    project: z.object({ id: z.string(), state: z.enum(APPLICATION_STATES) }).loose(),
    currentEndDate: z.string().nullable(),
    money: z.object({ committedOere: z.number().int(), paidOere: z.number().int(), returnedOere: z.number().int(), payableOere: z.number().int() }),
  })
  .loose();
const portfolioResponse = z
  .object({
    organisationId: z.string(),
    byPhase: z.array(z.object({ state: z.enum(APPLICATION_STATES), count: z.number().int() })),
    years: z.array(z.object({ year: z.number().int(), committedOere: z.number().int(), paidOere: z.number().int(), returnedOere: z.number().int() })),
    projects: z.array(
      z.object({ id: z.string(), state: z.enum(APPLICATION_STATES), committedOere: z.number().int(), overdueReports: z.number().int() }).loose(),
    ),
  })
  .loose();

const dims = Object.fromEntries(EVALUATION_DIMENSIONS.map((d) => [d, { score: 4, argument: 'Begrundelse' }]));
const bc = { investmentOere: 30_000_000, yearlyRunningCostOere: 2_000_000, hoursFreedPerYear: 800, hourlyRateOere: 35_000, kronerSavedPerYearOere: 0 };

/** The evaluation, outcome decision, handover, closing, changes, grant correction and portfolio (helper P2). */
export function projectOutcomeApi(): Hono<AppEnv> {
  const api = new Hono<AppEnv>();

  defineOperation(
    api,
    {
      operationId: 'recordEvaluation',
      method: 'put',
      path: '/projects/:applicationId/evaluation',
      summary:
        'Record (or correct) the evaluation: the VTV dimensions plus ethics/law and transferability scored 1–5 and argued, goals before/mid/after, the actual business case, a recommendation',
      tag: TAG,
      body: recordEvaluationSchema,
      response: idResponse,
      errors: ['VALIDATION_FAILED', 'TRANSITION_NOT_ALLOWED'],
      example: () => ({ dimensions: dims, goals: [], actualBusinessCase: bc, recommendation: 'operation', recommendationReason: 'Målene er nået' }),
    },
    (actor, { c, params, body }) => recordEvaluation(db(c), actor, withParams(body, { applicationId: params.applicationId ?? '' })),
  );

  defineOperation(
    api,
    {
      operationId: 'getEvaluation',
      method: 'get',
      path: '/projects/:applicationId/evaluation',
      summary: 'The evaluation with the expected and the actual business case side by side (NPV, payback year) and the meetings it is on',
      tag: TAG,
      response: evaluationResponse,
    },
    (actor, { c, params }) => getEvaluation(db(c), actor, { applicationId: params.applicationId }),
  );

  defineOperation(
    api,
    {
      operationId: 'putEvaluationOnAgenda',
      method: 'post',
      path: '/projects/:applicationId/evaluation/agenda',
      summary: "Put the evaluation on a meeting's agenda (one of the pool's decision bodies)",
      tag: TAG,
      body: putEvaluationOnAgendaSchema.omit({ applicationId: true }),
      response: idResponse,
      successStatus: 201,
      errors: ['VALIDATION_FAILED', 'ALREADY_EXISTS', 'TRANSITION_NOT_ALLOWED'],
      example: (id) => ({ meetingId: id('meetingId') }),
    },
    (actor, { c, params, body }) => putEvaluationOnAgenda(db(c), actor, withParams(body, { applicationId: params.applicationId ?? '' })),
  );

  defineOperation(
    api,
    {
      operationId: 'decideProjectOutcome',
      method: 'post',
      path: '/projects/:applicationId/outcome',
      summary:
        "Decide operation, scale-up, extension or stop (the pool's outcomeDeciderRole; the secretariat may stop). A stop returns unspent committed money to the pool",
      tag: TAG,
      body: decideProjectOutcomeSchema,
      response: z.object({ id: z.string(), returned: returnedSchema.nullable() }),
      successStatus: 201,
      errors: ['VALIDATION_FAILED', 'TRANSITION_NOT_ALLOWED'],
      example: () => ({ outcome: 'operation', decidedOn: '2026-11-20', reason: 'Målene er nået' }),
    },
    (actor, { c, params, body }) => decideProjectOutcome(db(c), actor, withParams(body, { applicationId: params.applicationId ?? '' })),
  );

  defineOperation(
    api,
    {
      operationId: 'recordHandover',
      method: 'post',
      path: '/projects/:applicationId/handover',
      summary: 'Record the handover to operation (owner unit, operating budget, training plan, go-live); no pool money after it',
      tag: TAG,
      body: recordHandoverSchema,
      response: idResponse,
      successStatus: 201,
      errors: ['VALIDATION_FAILED', 'ALREADY_EXISTS', 'TRANSITION_NOT_ALLOWED'],
      example: (id) => ({
        ownerDepartmentId: id('departmentId'),
        operatingBudget: 'Driftsbudget',
        yearlyOperatingCostOere: 2_000_000,
        trainingPlan: 'Superbrugere',
        goLiveDate: '2027-01-01',
      }),
    },
    (actor, { c, params, body }) => recordHandover(db(c), actor, withParams(body, { applicationId: params.applicationId ?? '' })),
  );

  defineOperation(
    api,
    {
      operationId: 'closeProject',
      method: 'post',
      path: '/projects/:applicationId/close',
      summary: 'Close a stopped project, or one in operation after its handover; unspent committed money goes back to its line and year',
      tag: TAG,
      body: closeProjectSchema,
      response: z.object({ returned: returnedSchema }),
      errors: ['VALIDATION_FAILED', 'TRANSITION_NOT_ALLOWED'],
      example: () => ({ reason: 'Afsluttet' }),
    },
    (actor, { c, params, body }) => closeProject(db(c), actor, withParams(body, { applicationId: params.applicationId ?? '' })),
  );

  defineOperation(
    api,
    {
      operationId: 'getProjectOutcome',
      method: 'get',
      path: '/projects/:applicationId/outcome',
      summary: "The project's evaluation summary, decisions, handover, closing, change requests, corrections and money",
      tag: TAG,
      response: outcomeResponse,
    },
    (actor, { c, params }) => getProjectOutcome(db(c), actor, { applicationId: params.applicationId }),
  );

  defineOperation(
    api,
    {
      operationId: 'requestProjectChange',
      method: 'post',
      path: '/projects/:applicationId/changes',
      summary: 'Ask to extend the end date or move money between years (on the commitment) or cost types',
      tag: TAG,
      body: changeSchemas.request,
      response: idResponse,
      successStatus: 201,
      errors: ['VALIDATION_FAILED', 'TRANSITION_NOT_ALLOWED'],
      example: () => ({ kind: 'extend_end_date', reason: 'Forsinket levering', newEndDate: '2027-06-30' }),
    },
    (actor, { c, params, body }) => requestProjectChange(db(c), actor, withParams(body, { applicationId: params.applicationId ?? '' })),
  );

  defineOperation(
    api,
    {
      operationId: 'decideProjectChange',
      method: 'post',
      path: '/projects/:applicationId/changes/:changeId/decision',
      summary: "Approve or refuse a change (the pool's changeDeciderRole); an approved move between years goes through the ledger",
      tag: TAG,
      body: changeSchemas.decide,
      response: z.object({ status: z.enum(['approved', 'refused']), entryIds: z.array(z.string()) }),
      errors: ['VALIDATION_FAILED', 'CONFLICT', 'INSUFFICIENT_FUNDS', 'EXCEEDS_COMMITMENT', 'TRANSITION_NOT_ALLOWED'],
      example: () => ({ decision: 'approve', reason: 'OK' }),
    },
    (actor, { c, params, body }) =>
      decideProjectChange(db(c), actor, withParams(body, { applicationId: params.applicationId ?? '', changeId: params.changeId ?? '' })),
  );

  defineOperation(
    api,
    {
      operationId: 'correctDecision',
      method: 'post',
      path: '/projects/:applicationId/corrections',
      summary: 'Correct a recorded grant decision: release part of the commitment, or commit more, with a reason',
      tag: TAG,
      body: correctDecisionSchema,
      response: z.object({ id: z.string(), entryIds: z.array(z.string()) }),
      successStatus: 201,
      errors: ['VALIDATION_FAILED', 'INSUFFICIENT_FUNDS', 'EXCEEDS_COMMITMENT', 'TRANSITION_NOT_ALLOWED'],
      example: (id) => ({ kind: 'release', budgetLineId: id('budgetLineId'), year: 2026, amountOere: 100, reference: 'Rådet', reason: 'Rettelse' }),
    },
    (actor, { c, params, body }) => correctDecision(db(c), actor, withParams(body, { applicationId: params.applicationId ?? '' })),
  );

  defineOperation(
    api,
    {
      operationId: 'getPortfolio',
      method: 'get',
      path: '/portfolio',
      summary: "The portfolio of one pool (poolId) or of an organisation's pools: projects by phase, reports overdue, goals on track, money per year",
      tag: TAG,
      query: getPortfolioSchema,
      response: portfolioResponse,
      example: (id) => ({ poolId: id('poolId') }),
    },
    (actor, { c, query }) => getPortfolio(readDb(c), actor, query),
  );

  return api;
}
