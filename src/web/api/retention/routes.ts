import { Hono } from 'hono';
import { z } from 'zod';
import { deleteCase } from '../../../usecases/retention/delete-case.js';
import { listRetentionDue } from '../../../usecases/retention/list-retention-due.js';
import { saveRetentionSetting } from '../../../usecases/retention/retention-settings.js';
import type { AppEnv } from '../../env.js';
import { defineOperation } from '../registry.js';

const TAG = 'Retention';

/** Retention of closed cases (the organisation's admin): what is due, the period, deletion. */
export function retentionApi(): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  defineOperation(
    api,
    {
      operationId: 'listRetentionDue',
      method: 'get',
      path: '/organisations/:organisationId/retention',
      summary: "Closed cases whose retention period (the organisation's years after closing, default 5) has ended, with whether an archive export is recorded",
      tag: TAG,
      response: z.object({
        retentionYears: z.number(),
        today: z.string(),
        items: z.array(
          z.object({
            applicationId: z.string(),
            caseNumber: z.string(),
            title: z.string(),
            poolName: z.string(),
            closedOn: z.string(),
            dueOn: z.string(),
            archiveExportedAt: z.string().nullable(),
          }),
        ),
      }),
    },
    async (actor, { c, params }) => {
      const due = await listRetentionDue(c.get('deps').db, actor, { organisationId: params.organisationId }, { today: c.get('deps').today?.() });
      return {
        retentionYears: due.retentionYears,
        today: due.today,
        items: due.items.map(({ closedAt: _closedAt, archiveExportedAt, ...i }) => ({ ...i, archiveExportedAt: archiveExportedAt?.toISOString() ?? null })),
      };
    },
  );
  defineOperation(
    api,
    {
      operationId: 'saveRetentionSetting',
      method: 'put',
      path: '/organisations/:organisationId/retention/settings',
      summary: 'Set how many years after closing a case becomes due for deletion (1–30)',
      tag: TAG,
      body: z.object({ retentionYears: z.number().int() }),
      response: z.object({ retentionYears: z.number() }),
      errors: ['VALIDATION_FAILED'],
      example: () => ({ retentionYears: 5 }),
    },
    (actor, { c, params, body }) =>
      saveRetentionSetting(c.get('deps').db, actor, { ...(body && typeof body === 'object' ? body : {}), organisationId: params.organisationId }),
  );
  defineOperation(
    api,
    {
      operationId: 'deleteCase',
      method: 'post',
      path: '/organisations/:organisationId/retention/:applicationId/delete',
      summary:
        "Delete a closed case's personal data and free text once it is due and an archive export is recorded (409 otherwise); the figures statistics need stay; audited",
      tag: TAG,
      response: z.object({ applicationId: z.string(), deletedAt: z.string() }),
      errors: ['CONFLICT'],
    },
    async (actor, { c, params }) => {
      const r = await deleteCase(
        c.get('deps').db,
        actor,
        { organisationId: params.organisationId, applicationId: params.applicationId },
        { today: c.get('deps').today?.() },
      );
      return { applicationId: r.applicationId, deletedAt: r.deletedAt.toISOString() };
    },
  );
  return api;
}
