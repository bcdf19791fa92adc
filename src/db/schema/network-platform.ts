import { index, pgEnum, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ACTOR_KINDS, EXPERIENCE_KINDS } from '../../domain/network-platform.js';
import { users } from './accounts.js';
import { applications } from './applications.js';
import { catalogueEntries } from './catalogue.js';
import { createdAt, id } from './columns.js';
import { networks, organisations } from './organisations.js';

/**
 * The network experience platform (VT Syd): experience posts on shared catalogue entries, joint
 * projects across member municipalities and the actors' directory. Network rows carry `network_id`;
 * posts hang off an entry and carry the author's organisation.
 */

export const experienceKindEnum = pgEnum('experience_kind', EXPERIENCE_KINDS);
export const networkActorKindEnum = pgEnum('network_actor_kind', ACTOR_KINDS);

/** A question, answer or lesson on a catalogue entry from a user of a member municipality. */
export const experiencePosts = pgTable(
  'experience_posts',
  {
    id: id(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => catalogueEntries.id),
    kind: experienceKindEnum('kind').notNull(),
    /** The post this one answers (same entry); null for a thread's first post. */
    replyToId: uuid('reply_to_id'),
    body: text('body').notNull(),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => users.id),
    /** The author's organisation at the time of writing. */
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    createdAt: createdAt(),
  },
  (t) => [index('experience_posts_entry_idx').on(t.entryId, t.createdAt)],
);

/**
 * One project run by a lead municipality with partner municipalities. Each partner's money and
 * reports stay in its own case (application) in its own pool and ledger; this links them, and to
 * the one shared catalogue entry.
 */
export const jointProjects = pgTable(
  'joint_projects',
  {
    id: id(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id),
    title: text('title').notNull(),
    leadOrganisationId: uuid('lead_organisation_id')
      .notNull()
      .references(() => organisations.id),
    leadApplicationId: uuid('lead_application_id').references(() => applications.id),
    catalogueEntryId: uuid('catalogue_entry_id').references(() => catalogueEntries.id),
    createdAt: createdAt(),
  },
  (t) => [index('joint_projects_network_idx').on(t.networkId)],
);

/** A partner municipality of a joint project, with its own case (null until it has one). */
export const jointProjectPartners = pgTable(
  'joint_project_partners',
  {
    jointProjectId: uuid('joint_project_id')
      .notNull()
      .references(() => jointProjects.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    applicationId: uuid('application_id').references(() => applications.id),
  },
  (t) => [primaryKey({ columns: [t.jointProjectId, t.organisationId] })],
);

/** The network's actors' directory: companies (by CVR), knowledge centres, education institutions. Members only. */
export const networkActors = pgTable(
  'network_actors',
  {
    id: id(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id),
    kind: networkActorKindEnum('kind').notNull(),
    name: text('name').notNull(),
    cvr: text('cvr'),
    description: text('description').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('network_actors_network_idx').on(t.networkId), uniqueIndex('network_actors_cvr_uq').on(t.networkId, t.cvr)],
);

/** A project an actor took part in, in one of the member municipalities (an entry, a case, or typed). */
export const networkActorProjects = pgTable(
  'network_actor_projects',
  {
    id: id(),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => networkActors.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    catalogueEntryId: uuid('catalogue_entry_id').references(() => catalogueEntries.id),
    applicationId: uuid('application_id').references(() => applications.id),
    title: text('title').notNull(),
    /** What the actor did: supplier, evaluation, training, … */
    role: text('role').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('network_actor_projects_actor_idx').on(t.actorId)],
);
