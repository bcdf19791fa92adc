import { Hono } from 'hono';
import { z } from 'zod';
import { eligibilityRuleSchema } from '../../../domain/eligibility.js';
import { poolConfigListsSchema } from '../../../domain/pool-config.js';
import { rubricSchema } from '../../../domain/scoring.js';
import { createPool } from '../../../usecases/pools/create-pool.js';
import { getPoolHistory } from '../../../usecases/pools/get-pool-history.js';
import { getPool } from '../../../usecases/pools/get-pool.js';
import { listPools } from '../../../usecases/pools/list-pools.js';
import { createPoolSchema, updatePoolBodySchema } from '../../../usecases/pools/pool-schema.js';
import { updatePool } from '../../../usecases/pools/update-pool.js';
import type { AppEnv } from '../../env.js';
import { defineOperation } from '../registry.js';

const yearAmount = z.object({ year: z.number(), amountOere: z.number().meta({ description: 'Øre' }) });
const route = {
  decisionMode: z.enum(['meeting', 'direct']),
  decisionBodyKey: z.string().nullable(),
  decisionBodyName: z.string().nullable(),
  directDeciderLabel: z.string().nullable(),
};

/** The pool as the API returns it (money in øre). */
export const poolResponseSchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  networkId: z.string().nullable(),
  name: z.string(),
  description: z.string(),
  periodStartYear: z.number(),
  periodEndYear: z.number(),
  status: z.enum(['draft', 'open', 'closed']),
  intake: z.enum(['continuous', 'rounds']),
  allowsCarryOver: z.boolean(),
  lists: poolConfigListsSchema,
  eligibilityRules: z.array(eligibilityRuleSchema),
  rubric: rubricSchema,
  followUpMonths: z.array(z.number()),
  version: z.number().meta({ description: 'Send as expectedVersion with updatePool' }),
  createdAt: z.string(),
  updatedAt: z.string(),
  decisionBodies: z.array(z.object({ id: z.string(), key: z.string(), name: z.string(), description: z.string() })),
  budgetLines: z.array(
    z.object({
      id: z.string(),
      key: z.string(),
      name: z.string(),
      purpose: z.enum(['grants', 'operation']),
      openForApplications: z.boolean(),
      ...route,
      amounts: z.array(yearAmount),
      earmarks: z.array(
        z.object({
          id: z.string(),
          key: z.string(),
          name: z.string(),
          shareBp: z.number().meta({ description: 'Basis points: 1000 = 10 %' }),
          openForApplications: z.boolean(),
          ...route,
          amounts: z.array(yearAmount),
        }),
      ),
    }),
  ),
  meetings: z.array(
    z.object({
      id: z.string(),
      decisionBodyKey: z.string(),
      decisionBodyName: z.string(),
      startsAt: z.string(),
      location: z.string(),
      submissionDeadline: z.string().nullable(),
      status: z.string(),
    }),
  ),
});

/** A valid pool setup: one line with a year's amount, one meeting body, the one overall criterion. */
const examplePool = (poolYear: number) => ({
  name: 'Velfærdsteknologi 2026–2027',
  periodStartYear: poolYear,
  periodEndYear: poolYear + 1,
  decisionBodies: [{ key: 'styregruppen', name: 'Styregruppen' }],
  budgetLines: [{ key: 'ordinaer', name: 'Ordinære projekter', decisionBodyKey: 'styregruppen', amounts: [{ year: poolYear, amountOere: 100_000_000 }] }],
  rubric: { criteria: [{ key: 'samlet-vurdering', label: { da: 'Samlet vurdering', en: 'Overall assessment' }, weight: 1, scaleMin: 1, scaleMax: 5 }] },
});

const poolSummarySchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  name: z.string(),
  periodStartYear: z.number(),
  periodEndYear: z.number(),
  status: z.enum(['draft', 'open', 'closed']),
  intake: z.enum(['continuous', 'rounds']),
  totalBudgetOere: z.number(),
  canEdit: z.boolean(),
});

const primitive = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const historySchema = z.object({
  poolId: z.string(),
  poolName: z.string(),
  /** Budget line and earmark keys → names, for the changes' paths. */
  lineNames: z.record(z.string(), z.string()),
  events: z.array(
    z.object({
      id: z.number(),
      at: z.string(),
      action: z.string(),
      actorName: z.string().nullable(),
      actorEmail: z.string().nullable(),
      before: z.unknown(),
      after: z.unknown(),
      changes: z.array(z.object({ path: z.array(z.string()), before: primitive.optional(), after: primitive.optional() })),
    }),
  ),
});

export function poolApi(): Hono<AppEnv> {
  const api = new Hono<AppEnv>();

  defineOperation(
    api,
    {
      operationId: 'listPools',
      method: 'get',
      path: '/pools',
      summary: "Pools of the user's organisations (and, for network coordinators, of their networks)",
      tag: 'Pools',
      response: z.array(poolSummarySchema),
      errors: [],
    },
    async (actor, { c }) => listPools(c.get('deps').db, actor),
  );

  defineOperation(
    api,
    {
      operationId: 'createPool',
      method: 'post',
      path: '/pools',
      summary: 'Create a pool with its setup (secretariat or admin of the organisation)',
      tag: 'Pools',
      body: createPoolSchema,
      response: poolResponseSchema,
      successStatus: 201,
      errors: ['BAD_REQUEST', 'VALIDATION_FAILED'],
      example: (id) => ({ organisationId: id('organisationId'), ...examplePool(2026) }),
    },
    async (actor, { c, body }) => createPool(c.get('deps').db, actor, body),
  );

  defineOperation(
    api,
    {
      operationId: 'getPool',
      method: 'get',
      path: '/pools/:poolId',
      summary: 'A pool with budget lines, earmarks, decision bodies, meetings and rules',
      tag: 'Pools',
      response: poolResponseSchema,
      errors: [],
    },
    async (actor, { c, params }) => getPool(c.get('deps').db, actor, { poolId: params.poolId ?? '' }),
  );

  defineOperation(
    api,
    {
      operationId: 'updatePool',
      method: 'patch',
      path: '/pools/:poolId',
      summary: 'Replace sections of the setup; sections left out are kept. expectedVersion must be the current version (else 409 CONFLICT)',
      tag: 'Pools',
      body: updatePoolBodySchema,
      response: poolResponseSchema,
      // CONFLICT: a stale expectedVersion; INSUFFICIENT_FUNDS: a lowered budget below what is committed; a line in use cannot be removed (VALIDATION_FAILED).
      errors: ['BAD_REQUEST', 'VALIDATION_FAILED', 'CONFLICT', 'INSUFFICIENT_FUNDS'],
      example: () => ({ expectedVersion: 1, name: 'Velfærdsteknologi 2026–2027', status: 'closed' }),
    },
    async (actor, { c, params, body }) => updatePool(c.get('deps').db, actor, { ...(isRecord(body) ? body : {}), poolId: params.poolId ?? '' }),
  );

  defineOperation(
    api,
    {
      operationId: 'getPoolHistory',
      method: 'get',
      path: '/pools/:poolId/history',
      summary: "The pool's audit events with what changed (secretariat or admin)",
      tag: 'Pools',
      response: historySchema,
      errors: [],
    },
    async (actor, { c, params }) => getPoolHistory(c.get('deps').db, actor, { poolId: params.poolId ?? '' }),
  );

  return api;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
