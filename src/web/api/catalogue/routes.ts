import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../env.js';
import { getCatalogueEntry } from '../../../usecases/catalogue/get-catalogue-entry.js';
import { listCatalogueEntries, listCatalogueEntriesSchema } from '../../../usecases/catalogue/list-catalogue-entries.js';
import { listCategories } from '../../../usecases/catalogue/list-categories.js';
import { listCatalogueOrganisations } from '../../../usecases/catalogue/list-catalogue-organisations.js';
import { defineOperation } from '../registry.js';
import { readDb } from '../../read-db.js';
import { cataloguePublishingApi } from './publishing-routes.js';

const TAG = 'Catalogue';
const nullableText = z.string().nullable();
const hitSchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  snippet: z.string().describe('The summary with the matches in <b>…</b>'),
  organisationId: z.string(),
  organisationName: z.string(),
  unitName: z.string(),
  categoryId: nullableText,
  categoryLabel: nullableText,
  visibility: z.string(),
  phase: z.string(),
  maturity: nullableText,
  evaluationOutcome: nullableText,
  publishedAt: z.string(),
});
const effectSchema = z.object({
  goal: z.string(),
  unit: z.string(),
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  measured: z.number().nullable(),
  measuredOn: nullableText,
  comment: z.string(),
});
const entrySchema = hitSchema.omit({ snippet: true }).extend({
  applicationId: nullableText,
  source: z.string(),
  problem: z.string(),
  technologyDescription: z.string(),
  projectType: z.string(),
  targetGroups: z.array(z.string()),
  periodStart: nullableText,
  periodEnd: nullableText,
  effects: z.array(effectSchema),
  lessons: z.string(),
  evaluationSummary: z.string(),
  spentOere: z.number().nullable(),
  budgetOere: z.number().nullable(),
  adoptionPrerequisites: z.string(),
  adoptionCosts: z.string(),
  adoptionTraining: z.string(),
  contactName: z.string(),
  contactEmail: z.string(),
  partnerCompanies: z
    .array(z.object({ name: z.string(), cvr: nullableText }))
    .describe('Only inside the organisation and its networks; never for anonymous callers'),
});

/** The catalogue's JSON operations. The reads are public: an anonymous caller sees public entries only. */
export function catalogueApi(): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  const db = (c: { get(k: 'deps'): AppEnv['Variables']['deps'] }) => c.get('deps').db;

  defineOperation(
    api,
    {
      operationId: 'listCatalogueEntries',
      method: 'get',
      path: '/catalogue/entries',
      summary: 'Danish search (full text + trigram similarity) over the catalogue entries the caller may see, with filters and sorting',
      tag: TAG,
      public: true,
      query: listCatalogueEntriesSchema,
      example: () => ({ q: 'spiserobot' }),
      response: z.object({ entries: z.array(hitSchema), more: z.boolean() }),
      errors: ['VALIDATION_FAILED'],
    },
    (actor, { c, query }) => listCatalogueEntries(readDb(c), actor, query),
  );

  defineOperation(
    api,
    {
      operationId: 'getCatalogueEntry',
      method: 'get',
      path: '/catalogue/entries/:entryId',
      summary: 'One catalogue entry the caller may see (partner companies only inside the organisation and its networks)',
      tag: TAG,
      public: true,
      response: entrySchema,
      errors: ['NOT_FOUND'],
    },
    (actor, { c, params }) => getCatalogueEntry(db(c), actor, { entryId: params.entryId }),
  );

  defineOperation(
    api,
    {
      operationId: 'listCategories',
      method: 'get',
      path: '/catalogue/categories',
      summary: 'The installation-wide technology categories (one vocabulary across municipalities)',
      tag: TAG,
      public: true,
      response: z.object({
        categories: z.array(z.object({ id: z.string(), key: z.string(), labelDa: z.string(), labelEn: z.string(), description: z.string() })),
      }),
      // A Bearer token that is sent but not valid is refused, also on a public operation (web/session.ts).
      errors: ['UNAUTHENTICATED'],
    },
    (_actor, { c }) => listCategories(db(c)),
  );

  defineOperation(
    api,
    {
      operationId: 'listCatalogueOrganisations',
      method: 'get',
      path: '/catalogue/organisations',
      summary: 'The organisations owning at least one entry the caller may see (the search filter by municipality)',
      tag: TAG,
      public: true,
      response: z.object({ organisations: z.array(z.object({ id: z.string(), name: z.string() })) }),
      errors: ['UNAUTHENTICATED'],
    },
    (actor, { c }) => listCatalogueOrganisations(db(c), actor),
  );
  api.route('/', cataloguePublishingApi());
  return api;
}
