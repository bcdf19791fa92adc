import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../env.js';
import { exportCaseRecord, type CaseRecordExport } from '../../../usecases/records/export-case-record.js';
import { exportCaseRecordSchema } from '../../../usecases/records/export-schema.js';
import { getJournalList } from '../../../usecases/records/journal-list.js';
import { getWithheldFields } from '../../../usecases/records/get-withheld-fields.js';
import { markWithheldField, markWithheldFieldSchema, unmarkWithheldField, unmarkWithheldFieldSchema } from '../../../usecases/records/withheld-fields.js';
import { renderCaseRecordPdf } from '../../pages/records/case-record-html.js';
import { defineOperation } from '../registry.js';

const TAG = 'Records';
const db = (c: Context<AppEnv>) => c.get('deps').db;

/** Streams the export's ZIP from its temporary file and removes the file afterwards. */
export function zipResponse(file: CaseRecordExport): Response {
  const stream = createReadStream(file.filePath);
  stream.on('close', () => void file.cleanup());
  return new Response(Readable.toWeb(stream) as ReadableStream, {
    headers: {
      'content-type': 'application/zip',
      'content-length': String(file.sizeBytes),
      'content-disposition': `attachment; filename="${file.fileName}"`,
      'x-content-sha256': file.sha256,
    },
  });
}

const journalResponse = z
  .object({
    application: z.object({ id: z.string(), caseNumber: z.string(), title: z.string() }).loose(),
    entries: z.array(z.object({ documentId: z.string(), kind: z.string(), date: z.string(), subject: z.string(), caseNumber: z.string() }).loose()),
  })
  .loose();

/** Aktindsigt and archive export, the journal list, withheld fields. */
export function recordsApi(): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  defineOperation(
    api,
    {
      operationId: 'exportCaseRecord',
      method: 'post',
      path: '/applications/:applicationId/record-export',
      summary:
        "Export the case's full record as a ZIP (sag.pdf, journalliste.csv, bilag/) for aktindsigt (withheld fields left out) or the archive; recorded and audited",
      tag: TAG,
      body: exportCaseRecordSchema.omit({ applicationId: true }),
      errors: ['VALIDATION_FAILED', 'CONFLICT', 'PDF_UNAVAILABLE'],
      example: () => ({ purpose: 'aktindsigt' }),
      responseContentType: 'application/zip',
    },
    async (actor, { c, params, body }) => {
      const input = { ...(body && typeof body === 'object' ? body : {}), applicationId: params.applicationId };
      return zipResponse(await exportCaseRecord(db(c), actor, input, renderCaseRecordPdf));
    },
  );
  defineOperation(
    api,
    {
      operationId: 'getJournalList',
      method: 'get',
      path: '/applications/:applicationId/journal',
      summary: "The case's journal list: each document with date, subject and case number",
      tag: TAG,
      response: journalResponse,
    },
    (actor, { c, params }) => getJournalList(db(c), actor, { applicationId: params.applicationId }),
  );
  defineOperation(
    api,
    {
      operationId: 'markWithheldField',
      method: 'post',
      path: '/applications/:applicationId/withheld-fields',
      summary: "Mark a field holding a company's business information to be left out of aktindsigt exports (offentlighedslovens § 30, nr. 2)",
      tag: TAG,
      body: markWithheldFieldSchema.omit({ applicationId: true }),
      response: z.object({ id: z.string() }),
      successStatus: 201,
      errors: ['VALIDATION_FAILED', 'CONFLICT'],
      example: () => ({ fieldPath: 'title', reason: 'Forretningsforhold' }),
    },
    (actor, { c, params, body }) => markWithheldField(db(c), actor, { ...(body && typeof body === 'object' ? body : {}), applicationId: params.applicationId }),
  );
  defineOperation(
    api,
    {
      operationId: 'listWithheldFields',
      method: 'get',
      path: '/applications/:applicationId/withheld-fields',
      summary: 'The fields of a case that can be withheld from aktindsigt exports, and those that are',
      tag: TAG,
      response: z
        .object({
          choices: z.array(z.object({ path: z.string() }).loose()),
          withheld: z.array(z.object({ fieldPath: z.string(), reason: z.string() }).loose()),
        })
        .loose(),
    },
    (actor, { c, params }) => getWithheldFields(db(c), actor, { applicationId: params.applicationId }),
  );
  defineOperation(
    api,
    {
      operationId: 'unmarkWithheldField',
      method: 'post',
      path: '/applications/:applicationId/withheld-fields/release',
      summary: 'Take a withheld field back into aktindsigt exports; audited',
      tag: TAG,
      body: unmarkWithheldFieldSchema.omit({ applicationId: true }),
      successStatus: 204,
      errors: ['VALIDATION_FAILED', 'CONFLICT'],
      example: () => ({ fieldPath: 'title' }),
    },
    async (actor, { c, params, body }) => {
      await unmarkWithheldField(db(c), actor, { ...(body && typeof body === 'object' ? body : {}), applicationId: params.applicationId });
      return null;
    },
  );
  return api;
}
