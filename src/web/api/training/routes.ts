import { Hono } from 'hono';
import { z } from 'zod';
import { TRAINING_LEVELS } from '../../../domain/training.js';
import { IMPORT_FIELDS } from '../../../domain/project-import.js';
import { AppError } from '../../../errors.js';
import { importProjects } from '../../../usecases/imports/run-import.js';
import { uploadImport } from '../../../usecases/imports/upload-import.js';
import { exportTraining, exportTrainingSchema } from '../../../usecases/training/export-training.js';
import { getTrainingOverview } from '../../../usecases/training/get-training-overview.js';
import { recordTraining } from '../../../usecases/training/record-training.js';
import { recordTrainingSchema } from '../../../usecases/training/schemas.js';
import { authorize } from '../../../policies/authorize.js';
import type { AppEnv } from '../../env.js';
import { fileResponse } from '../ledger/routes.js';
import { defineOperation } from '../registry.js';

const level = z.enum(TRAINING_LEVELS);
const due = z.object({
  kind: z.enum(['planned', 'refresh']),
  technology: z.string(),
  personName: z.string().optional(),
  level: level.optional(),
  trainedOn: z.string().optional(),
  dueOn: z.string().optional(),
  overdue: z.boolean().optional(),
});
const overview = z.object({
  unit: z.object({ id: z.string(), name: z.string(), organisationId: z.string(), organisationName: z.string() }),
  mayRecord: z.boolean(),
  today: z.string(),
  technologies: z.array(
    z.object({
      name: z.string(),
      project: z
        .object({
          applicationId: z.string(),
          caseNumber: z.string(),
          source: z.enum(['handover', 'project']),
          applicationPlan: z.string(),
          handoverPlan: z.string(),
        })
        .nullable(),
      counts: z.object({ bruger: z.number(), superbruger: z.number(), teknologiagent: z.number(), trainer: z.number() }),
      due: z.array(due),
    }),
  ),
  records: z.array(
    z.object({
      id: z.string(),
      technology: z.string(),
      applicationId: z.string().nullable(),
      personName: z.string(),
      level,
      trainedOn: z.string(),
      refreshDueOn: z.string(),
      recordedByName: z.string(),
    }),
  ),
  due: z.array(due),
});

const importResult = z.object({
  batchId: z.string(),
  dryRun: z.boolean(),
  sheet: z.string(),
  mapping: z.partialRecord(z.enum(IMPORT_FIELDS), z.string()),
  projects: z.array(z.object({ rowNumber: z.number(), key: z.string(), title: z.string() }).loose()),
  errors: z.array(z.object({ rowNumber: z.number(), field: z.enum(IMPORT_FIELDS), message: z.string() })),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
});

/** Staff training per unit, and the import of older projects from a spreadsheet. */
export function trainingApi(): Hono<AppEnv> {
  const api = new Hono<AppEnv>();

  defineOperation(
    api,
    {
      operationId: 'listTrainingRecords',
      method: 'get',
      path: '/departments/:departmentId/training',
      summary: "A unit's training: technologies in use (from its projects and handovers), counts per level, training plans, records and what is due",
      tag: 'Training',
      response: overview,
    },
    async (actor, { c, params }) => getTrainingOverview(c.get('deps').db, actor, { departmentId: params.departmentId }),
  );

  defineOperation(
    api,
    {
      operationId: 'recordTraining',
      method: 'post',
      path: '/departments/:departmentId/training',
      summary: 'Record that a person in the unit was trained in a technology at a level (a refresher is a new record)',
      tag: 'Training',
      body: recordTrainingSchema.omit({ departmentId: true }),
      successStatus: 201,
      response: z.object({ id: z.string() }),
      errors: ['VALIDATION_FAILED'],
      example: () => ({ technology: 'Skærmbesøg', personName: 'Anne Hansen', level: 'superbruger', trainedOn: '2026-11-02' }),
    },
    async (actor, { c, params, body }) => recordTraining(c.get('deps').db, actor, { ...(body as object), departmentId: params.departmentId }),
  );

  defineOperation(
    api,
    {
      operationId: 'exportTrainingRecords',
      method: 'get',
      path: '/departments/:departmentId/training/export',
      summary: "The unit's training records as CSV (semicolons, for Danish Excel) or XLSX (with what is due)",
      tag: 'Training',
      query: exportTrainingSchema.omit({ departmentId: true }),
      responseContentType: 'application/octet-stream',
      errors: ['VALIDATION_FAILED'],
      example: () => ({ format: 'csv' }),
    },
    async (actor, { c, params, query }) => fileResponse(await exportTraining(c.get('deps').db, actor, { ...query, departmentId: params.departmentId })),
  );

  defineOperation(
    api,
    {
      operationId: 'importProjects',
      method: 'post',
      path: '/organisations/:organisationId/imports',
      summary:
        'Import older projects from an .xlsx or .csv (multipart: "file", "mapping" as JSON field → column header, optional "sheet", "dryRun"=true for the preview only) into catalogue entries, idempotent by the key column; any row error imports nothing',
      tag: 'Training',
      requestContentType: 'multipart/form-data',
      body: z.object({
        file: z.string().describe('The .xlsx or .csv file'),
        mapping: z
          .string()
          .describe('JSON object: field (key, title, summary, problem, category, unit, periodStart, periodEnd, budget, spent, outcome) → column header'),
        sheet: z.string().optional(),
        dryRun: z.enum(['true', 'false']).optional(),
      }),
      response: importResult,
      errors: ['BAD_REQUEST', 'VALIDATION_FAILED', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE'],
      example: () => ({ file: 'projekter.csv', mapping: '{"key":"Sagsnr.","title":"Titel"}', dryRun: 'true' }),
    },
    async (actor, { c, params }) => {
      const db = c.get('deps').db;
      const organisationId = params.organisationId ?? '';
      authorize(actor, 'import.run', organisationId); // before reading the file: another tenant learns nothing
      if (!(c.req.header('content-type') ?? '').includes('multipart/form-data'))
        throw new AppError('BAD_REQUEST', {
          message: { da: 'Send filen som multipart/form-data i feltet "file".', en: 'Send the file as multipart/form-data in the field "file".' },
        });
      const form = await c.req.parseBody();
      const file = form.file;
      const isFile = typeof file === 'object' && file !== null && 'arrayBuffer' in file;
      let mapping: unknown;
      try {
        mapping = typeof form.mapping === 'string' && form.mapping.trim() !== '' ? JSON.parse(form.mapping) : undefined;
      } catch {
        throw new AppError('VALIDATION_FAILED', { fields: { mapping: 'mapping skal være et JSON-objekt: felt → kolonneoverskrift' } });
      }
      const { batchId } = await uploadImport(
        db,
        actor,
        { organisationId, fileName: isFile ? file.name : '', data: isFile ? new Uint8Array(await file.arrayBuffer()) : undefined },
        { maxBytes: c.get('deps').config.maxUploadBytes },
      );
      return importProjects(db, actor, {
        batchId,
        mapping,
        sheet: typeof form.sheet === 'string' && form.sheet !== '' ? form.sheet : undefined,
        dryRun: form.dryRun === 'true',
      });
    },
  );

  return api;
}
