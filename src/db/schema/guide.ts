import { index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns.js';
import { organisations } from './organisations.js';

/**
 * The citizens' theme guide: per organisation, themes by problem ("svært ved at huske") with plain
 * descriptions of generic kinds of technology, where to see and try them, and links to public
 * catalogue entries. Public; never a product or company name (checked when a theme is saved).
 */
export const guideThemes = pgTable(
  'guide_themes',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    /** The problem, as a citizen would say it. */
    problem: text('problem').notNull().default(''),
    /** Generic kinds of technology, one per item. */
    technologies: jsonb('technologies').$type<{ name: string; description: string }[]>().notNull().default([]),
    /** Where to see and try them: library events, Nethjælpen, the municipality's showroom. */
    whereToTry: text('where_to_try').notNull().default(''),
    /** Public catalogue entries the theme links to (shown only while they are public). */
    entryIds: jsonb('entry_ids').$type<string[]>().notNull().default([]),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('guide_themes_org_slug_uq').on(t.organisationId, t.slug), index('guide_themes_org_idx').on(t.organisationId)],
);
