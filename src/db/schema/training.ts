import { date, index, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { TRAINING_LEVELS } from '../../domain/training.js';
import { users } from './accounts.js';
import { applications } from './applications.js';
import { createdAt, id } from './columns.js';
import { departments, organisations } from './organisations.js';

export const trainingLevelEnum = pgEnum('training_level', TRAINING_LEVELS);

/** Who in a unit is trained in which technology, at which level and when. Append-only: a refresher is a new row. */
export const trainingRecords = pgTable(
  'training_records',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    /** The technology as the unit knows it (the project's category or title). */
    technology: text('technology').notNull(),
    /** The project the technology came from, when known. */
    applicationId: uuid('application_id').references(() => applications.id),
    personName: text('person_name').notNull(),
    level: trainingLevelEnum('level').notNull(),
    trainedOn: date('trained_on', { mode: 'string' }).notNull(),
    recordedByUserId: uuid('recorded_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('training_records_dept_idx').on(t.departmentId, t.technology), index('training_records_org_idx').on(t.organisationId)],
);
