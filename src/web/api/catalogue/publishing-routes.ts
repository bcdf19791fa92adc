import { Hono } from 'hono';
import { z } from 'zod';
import { AppError } from '../../../errors.js';
import { createHistoryEntry, createHistoryEntrySchema } from '../../../usecases/catalogue/create-history-entry.js';
import { deleteCatalogueDocument, getCatalogueDocument, uploadCatalogueDocument } from '../../../usecases/catalogue/catalogue-documents.js';
import { getPoolCategoryMapping, savePoolCategoryMapping, savePoolCategoryMappingSchema } from '../../../usecases/catalogue/pool-category-mapping.js';
import { publishCatalogueEntry, publishCatalogueEntrySchema } from '../../../usecases/catalogue/publish-catalogue-entry.js';
import { saveCategory, saveCategorySchema } from '../../../usecases/catalogue/save-category.js';
import { updateCatalogueEntry, updateCatalogueEntrySchema } from '../../../usecases/catalogue/update-catalogue-entry.js';
import type { AppEnv } from '../../env.js';
import { attachmentResponse } from '../../pages/applications/download.js';
import { defineOperation } from '../registry.js';

const TAG = 'Catalogue';
const withParams = (body: unknown, params: Record<string, string>) => ({ ...(body && typeof body === 'object' ? body : {}), ...params });
const entryRef = z.object({ catalogueEntryId: z.string() });
const exampleEntry = { title: 'Skærmbesøg i hjemmeplejen', summary: 'Borgere får besøg på skærm', visibility: 'organisation' };

/** Publishing and keeping catalogue entries, their documents, and the shared categories with the pools' mappings. */
export function cataloguePublishingApi(): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  const db = (c: { get(k: 'deps'): AppEnv['Variables']['deps'] }) => c.get('deps').db;

  defineOperation(
    api,
    {
      operationId: 'publishCatalogueEntry',
      method: 'post',
      path: '/projects/:applicationId/catalogue-entry',
      summary: "Share a started project in the catalogue (the pool's secretariat or the project lead); measured fields come from the project",
      tag: TAG,
      body: publishCatalogueEntrySchema.omit({ applicationId: true }),
      successStatus: 201,
      response: entryRef,
      errors: ['VALIDATION_FAILED', 'ALREADY_EXISTS', 'TRANSITION_NOT_ALLOWED'],
      example: () => exampleEntry,
    },
    (actor, { c, params, body }) => publishCatalogueEntry(db(c), actor, withParams(body, { applicationId: params.applicationId ?? '' })),
  );
  defineOperation(
    api,
    {
      operationId: 'updateCatalogueEntry',
      method: 'put',
      path: '/catalogue/entries/:catalogueEntryId/content',
      summary: 'Edit the editorial fields of an entry (all of them); a change of visibility is audited',
      tag: TAG,
      body: updateCatalogueEntrySchema.omit({ catalogueEntryId: true }),
      response: entryRef,
      errors: ['VALIDATION_FAILED'],
      example: () => exampleEntry,
    },
    (actor, { c, params, body }) => updateCatalogueEntry(db(c), actor, withParams(body, { catalogueEntryId: params.catalogueEntryId ?? '' })),
  );
  defineOperation(
    api,
    {
      operationId: 'createHistoryEntry',
      method: 'post',
      path: '/catalogue/history-entries',
      summary: "An entry for an older project that never ran through the system, owned by the caller's organisation",
      tag: TAG,
      body: createHistoryEntrySchema,
      successStatus: 201,
      response: entryRef,
      errors: ['VALIDATION_FAILED'],
      example: () => ({ ...exampleEntry, spentOere: 250_000_00 }),
    },
    (actor, { c, body }) => createHistoryEntry(db(c), actor, body),
  );
  defineOperation(
    api,
    {
      operationId: 'uploadCatalogueDocument',
      method: 'post',
      path: '/catalogue/entries/:catalogueEntryId/documents',
      summary: 'Attach a document to an entry (multipart/form-data, field "file"): PDF, Office documents or images; size limit from the configuration',
      tag: TAG,
      body: z.object({ file: z.string().describe('The file, as multipart/form-data') }),
      requestContentType: 'multipart/form-data',
      successStatus: 201,
      response: z.object({ id: z.string(), filename: z.string(), contentType: z.string(), sizeBytes: z.number(), createdAt: z.string() }),
      errors: ['BAD_REQUEST', 'VALIDATION_FAILED', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE'],
      example: () => ({ file: 'rapport.pdf' }),
    },
    async (actor, { c, params }) => {
      if (!(c.req.header('content-type') ?? '').includes('multipart/form-data')) {
        throw new AppError('BAD_REQUEST', {
          message: { da: 'Send filen som multipart/form-data i feltet "file".', en: 'Send the file as multipart/form-data in the field "file".' },
        });
      }
      const file = (await c.req.parseBody()).file;
      const isFile = typeof file === 'object' && file !== null && 'arrayBuffer' in file;
      return uploadCatalogueDocument(
        db(c),
        actor,
        { catalogueEntryId: params.catalogueEntryId, fileName: isFile ? file.name : '', data: isFile ? new Uint8Array(await file.arrayBuffer()) : undefined },
        { maxBytes: c.get('deps').config.maxUploadBytes },
      );
    },
  );
  defineOperation(
    api,
    {
      operationId: 'getCatalogueDocument',
      method: 'get',
      path: '/catalogue/entries/:catalogueEntryId/documents/:documentId',
      summary: "Download an entry's document; the entry's visibility applies (a public entry's documents need no token)",
      tag: TAG,
      public: true,
      responseContentType: 'application/octet-stream',
      errors: ['NOT_FOUND'],
    },
    async (actor, { c, params }) => attachmentResponse(c, await getCatalogueDocument(db(c), actor, params)),
  );
  defineOperation(
    api,
    {
      operationId: 'deleteCatalogueDocument',
      method: 'delete',
      path: '/catalogue/entries/:catalogueEntryId/documents/:documentId',
      summary: "Remove an entry's document (those who may edit the entry)",
      tag: TAG,
      response: z.object({ deleted: z.literal(true) }),
    },
    (actor, { c, params }) => deleteCatalogueDocument(db(c), actor, params),
  );
  defineOperation(
    api,
    {
      operationId: 'saveCategory',
      method: 'post',
      path: '/catalogue/categories',
      summary: 'Add (no categoryId), rename or retire (archived) an installation-wide technology category (installation admins); never deleted',
      tag: TAG,
      body: saveCategorySchema,
      response: z.object({ categoryId: z.string() }),
      errors: ['VALIDATION_FAILED', 'ALREADY_EXISTS'],
      example: () => ({ labelDa: 'Tryghed og alarmer', labelEn: 'Safety and alarms' }),
    },
    (actor, { c, body }) => saveCategory(db(c), actor, body),
  );
  defineOperation(
    api,
    {
      operationId: 'getPoolCategoryMapping',
      method: 'get',
      path: '/pools/:poolId/category-mappings',
      summary: "The pool's own categories, each with the shared category it maps to",
      tag: TAG,
      response: z.object({
        pool: z.object({ id: z.string(), name: z.string(), organisationId: z.string() }),
        rows: z.array(z.object({ key: z.string(), label: z.string(), technologyCategoryId: z.string().nullable() })),
      }),
    },
    (actor, { c, params }) => getPoolCategoryMapping(db(c), actor, { poolId: params.poolId ?? '' }),
  );
  defineOperation(
    api,
    {
      operationId: 'savePoolCategoryMapping',
      method: 'put',
      path: '/pools/:poolId/category-mappings',
      summary: "Map the pool's own categories to the shared ones (the whole mapping; '' unmaps)",
      tag: TAG,
      body: savePoolCategoryMappingSchema.omit({ poolId: true }),
      response: z.object({ mapped: z.number() }),
      errors: ['VALIDATION_FAILED'],
      example: () => ({ mappings: {} }),
    },
    (actor, { c, params, body }) => savePoolCategoryMapping(db(c), actor, withParams(body, { poolId: params.poolId ?? '' })),
  );
  return api;
}
