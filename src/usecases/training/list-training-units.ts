import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { departments, organisations } from '../../db/schema/organisations.js';
import { trainingRecords } from '../../db/schema/training.js';
import { can } from '../../policies/authorize.js';
import { organisationIds, type Actor } from '../shared/actor.js';

export interface TrainingUnitSummary {
  id: string;
  name: string;
  organisationName: string;
  recordCount: number;
}

/** The units whose training the actor may see (the departments of organisations where they hold training.view), with their record counts. */
export async function listTrainingUnits(db: Db, actor: Actor): Promise<TrainingUnitSummary[]> {
  const orgs = organisationIds(actor).filter((o) => can(actor, 'training.view', o));
  if (orgs.length === 0) return [];
  return db
    .select({
      id: departments.id,
      name: departments.name,
      organisationName: organisations.name,
      recordCount: sql<number>`(select count(*)::int from ${trainingRecords} where ${trainingRecords.departmentId} = ${departments.id})`,
    })
    .from(departments)
    .innerJoin(organisations, eq(organisations.id, departments.organisationId))
    .where(inArray(departments.organisationId, orgs))
    .orderBy(asc(organisations.name), asc(departments.name));
}
