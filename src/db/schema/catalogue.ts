import { bigint, boolean, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ENTRY_SOURCES, ENTRY_VISIBILITIES, MATURITIES, type EntryEffect, type EntryPartner } from '../../domain/catalogue.js';
import { RECOMMENDATIONS } from '../../domain/evaluation.js';
import { users } from './accounts.js';
import { applications, ideas } from './applications.js';
import { bytea, createdAt, id, updatedAt } from './columns.js';
import { departments, organisations } from './organisations.js';
import { pools } from './pools.js';

/**
 * The shared catalogue: installation-wide technology categories (one vocabulary across
 * municipalities) that each pool's own categories map to, the entries, their documents and who
 * adopted them. Search columns and indexes (danish tsvector, pg_trgm) are in `custom-sql/`.
 */

export const entryVisibilityEnum = pgEnum('catalogue_visibility', ENTRY_VISIBILITIES);
export const maturityEnum = pgEnum('catalogue_maturity', MATURITIES);
export const entrySourceEnum = pgEnum('catalogue_source', ENTRY_SOURCES);
export const entryOutcomeEnum = pgEnum('catalogue_outcome', RECOMMENDATIONS);

/** The installation-wide vocabulary; admins edit it. Reference data (no organisation). */
export const technologyCategories = pgTable(
  'technology_categories',
  {
    id: id(),
    key: text('key').notNull(),
    labelDa: text('label_da').notNull(),
    labelEn: text('label_en').notNull(),
    description: text('description').notNull().default(''),
    sortOrder: integer('sort_order').notNull().default(0),
    archived: boolean('archived').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('technology_categories_key_uq').on(t.key)],
);

/** A pool's own category key → the shared category. */
export const poolCategoryMappings = pgTable(
  'pool_category_mappings',
  {
    poolId: uuid('pool_id')
      .notNull()
      .references(() => pools.id),
    poolCategoryKey: text('pool_category_key').notNull(),
    technologyCategoryId: uuid('technology_category_id')
      .notNull()
      .references(() => technologyCategories.id),
  },
  (t) => [primaryKey({ columns: [t.poolId, t.poolCategoryKey] })],
);

export const catalogueEntries = pgTable(
  'catalogue_entries',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    departmentId: uuid('department_id').references(() => departments.id),
    /** The unit as written (older projects may name a unit that is not a department in the system). */
    unitName: text('unit_name').notNull().default(''),
    /** The project it is published from; null for an older project that never ran through the system. */
    applicationId: uuid('application_id').references(() => applications.id),
    source: entrySourceEnum('source').notNull(),
    /** The import's key column value, so a re-import of the same file updates instead of duplicating. */
    importKey: text('import_key'),
    visibility: entryVisibilityEnum('visibility').notNull().default('organisation'),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    problem: text('problem').notNull().default(''),
    /** Generic technology description: never a product or company name. */
    technologyDescription: text('technology_description').notNull().default(''),
    technologyCategoryId: uuid('technology_category_id').references(() => technologyCategories.id),
    projectType: text('project_type').notNull().default(''),
    targetGroups: jsonb('target_groups').$type<string[]>().notNull().default([]),
    periodStart: date('period_start', { mode: 'string' }),
    periodEnd: date('period_end', { mode: 'string' }),
    /** The project's phase label when last updated (from the pool's phase model), or typed for history. */
    phase: text('phase').notNull().default(''),
    maturity: maturityEnum('maturity'),
    effects: jsonb('effects').$type<EntryEffect[]>().notNull().default([]),
    lessons: text('lessons').notNull().default(''),
    evaluationOutcome: entryOutcomeEnum('evaluation_outcome'),
    evaluationSummary: text('evaluation_summary').notNull().default(''),
    /** Money: what the project cost against what its business case expected (øre), for evidence. */
    spentOere: bigint('spent_oere', { mode: 'number' }),
    budgetOere: bigint('budget_oere', { mode: 'number' }),
    businessCaseNetOere: bigint('business_case_net_oere', { mode: 'number' }),
    adoptionPrerequisites: text('adoption_prerequisites').notNull().default(''),
    adoptionCosts: text('adoption_costs').notNull().default(''),
    adoptionTraining: text('adoption_training').notNull().default(''),
    contactName: text('contact_name').notNull().default(''),
    contactEmail: text('contact_email').notNull().default(''),
    /** Shown inside the organisation and its networks only. */
    partnerCompanies: jsonb('partner_companies').$type<EntryPartner[]>().notNull().default([]),
    publishedByUserId: uuid('published_by_user_id')
      .notNull()
      .references(() => users.id),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('catalogue_entries_org_idx').on(t.organisationId),
    index('catalogue_entries_visibility_idx').on(t.visibility),
    index('catalogue_entries_category_idx').on(t.technologyCategoryId),
    uniqueIndex('catalogue_entries_application_uq').on(t.applicationId),
    uniqueIndex('catalogue_entries_import_key_uq').on(t.organisationId, t.importKey),
  ],
);

export const catalogueEntryDocuments = pgTable(
  'catalogue_entry_documents',
  {
    id: id(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => catalogueEntries.id),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    content: bytea('content').notNull(),
    uploadedByUserId: uuid('uploaded_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('catalogue_entry_documents_entry_idx').on(t.entryId)],
);

/** "Brug dette projekt": another unit or municipality started an idea from an entry. */
export const catalogueAdoptions = pgTable(
  'catalogue_adoptions',
  {
    id: id(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => catalogueEntries.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    departmentId: uuid('department_id').references(() => departments.id),
    ideaId: uuid('idea_id')
      .notNull()
      .references(() => ideas.id),
    adoptedByUserId: uuid('adopted_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('catalogue_adoptions_entry_idx').on(t.entryId), uniqueIndex('catalogue_adoptions_idea_uq').on(t.ideaId)],
);
