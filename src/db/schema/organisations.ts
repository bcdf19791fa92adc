import { boolean, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns.js';

/** A municipality (tenant). Every non-public row belongs to exactly one organisation. */
export const organisations = pgTable(
  'organisations',
  {
    id: id(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    /** Danish municipality code (kommunekode), e.g. 751 for Aarhus. */
    municipalityCode: text('municipality_code'),
    cvr: text('cvr'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('organisations_slug_uq').on(t.slug)],
);

/** Magistrate departments / forvaltninger / units inside an organisation. */
export const departments = pgTable('departments', {
  id: id(),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id),
  name: text('name').notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: createdAt(),
});

/** A network of organisations (e.g. VT Syd) that shares experience and may run joint pools. */
export const networks = pgTable(
  'networks',
  {
    id: id(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('networks_slug_uq').on(t.slug)],
);

export const networkMembers = pgTable(
  'network_members',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.organisationId] })],
);
