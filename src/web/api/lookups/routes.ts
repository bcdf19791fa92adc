import { Hono } from 'hono';
import { z } from 'zod';
import { getApplicationByCaseNumber } from '../../../usecases/applications/get-application-by-case-number.js';
import { listAssignableReviewers } from '../../../usecases/assessment/list-assignable-reviewers.js';
import { listMeetings } from '../../../usecases/meetings/list-meetings.js';
import { listDepartments } from '../../../usecases/organisations/list-departments.js';
import type { AppEnv } from '../../env.js';
import { applicationBody, present } from '../applications/routes.js';
import { defineOperation } from '../registry.js';

/**
 * What a client needs to fill in the other operations' inputs: an organisation's departments, the
 * reviewers an application may be given, a pool's meetings, and an application found by its case number.
 * Each is a thin route over one use case, as everywhere.
 */
export function lookupApi(): Hono<AppEnv> {
  const api = new Hono<AppEnv>();

  defineOperation(
    api,
    {
      operationId: 'listDepartments',
      method: 'get',
      path: '/organisations/:organisationId/departments',
      summary: "An organisation's departments (the active ones; `includeInactive=true` for all), by name",
      tag: 'Organisations',
      query: z.object({ includeInactive: z.enum(['true', 'false']).optional() }),
      response: z.array(z.object({ id: z.string(), name: z.string(), active: z.boolean() })),
      errors: ['VALIDATION_FAILED'],
      example: () => ({ includeInactive: 'false' }),
    },
    async (actor, { c, params, query }) =>
      listDepartments(c.get('deps').db, actor, { organisationId: params.organisationId, includeInactive: query.includeInactive }),
  );

  defineOperation(
    api,
    {
      operationId: 'listAssignableReviewers',
      method: 'get',
      path: '/applications/:applicationId/assignable-reviewers',
      summary: 'The users who may be assigned to review the application (for assignReviewers), with their open assignments in the pool',
      tag: 'Assessment',
      response: z.array(z.object({ userId: z.string(), name: z.string(), email: z.string(), openAssignments: z.number().int() })),
      errors: ['VALIDATION_FAILED'],
    },
    async (actor, { c, params }) => listAssignableReviewers(c.get('deps').db, actor, { applicationId: params.applicationId }),
  );

  defineOperation(
    api,
    {
      operationId: 'listMeetings',
      method: 'get',
      path: '/pools/:poolId/meetings',
      summary: "A pool's decision bodies and their meetings, by date",
      tag: 'Assessment',
      response: z.object({
        pool: z.object({ id: z.string(), name: z.string() }),
        decisionBodies: z.array(z.object({ id: z.string(), name: z.string() })),
        meetings: z.array(
          z.object({
            id: z.string(),
            decisionBodyId: z.string(),
            decisionBodyName: z.string(),
            startsAt: z.string(),
            location: z.string(),
            status: z.string(),
            itemCount: z.number().int(),
          }),
        ),
      }),
      errors: ['VALIDATION_FAILED'],
    },
    async (actor, { c, params }) => {
      const v = await listMeetings(c.get('deps').db, actor, { poolId: params.poolId });
      return {
        pool: { id: v.pool.id, name: v.pool.name },
        decisionBodies: v.bodies.map((b) => ({ id: b.id, name: b.name })),
        meetings: v.meetings.map((m) => ({ ...m, startsAt: m.startsAt.toISOString() })),
      };
    },
  );

  defineOperation(
    api,
    {
      operationId: 'getApplicationByCaseNumber',
      method: 'get',
      path: '/organisations/:organisationId/applications/by-case-number/:caseNumber',
      summary: 'An application by its case number (unique within the organisation), as getApplication returns it',
      tag: 'Applications',
      response: applicationBody,
      errors: ['VALIDATION_FAILED'],
    },
    async (actor, { c, params }) =>
      present(await getApplicationByCaseNumber(c.get('deps').db, actor, { organisationId: params.organisationId, caseNumber: params.caseNumber })),
  );

  return api;
}
