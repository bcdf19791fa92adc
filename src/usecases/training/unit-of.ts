import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { departments, organisations } from '../../db/schema/organisations.js';
import { notFound } from '../../errors.js';
import { authorize } from '../../policies/authorize.js';
import type { Permission } from '../../policies/permissions.js';
import type { Actor } from '../shared/actor.js';

export interface TrainingUnit {
  id: string;
  name: string;
  organisationId: string;
  organisationName: string;
}

/**
 * The unit (department) and the check that the actor holds `permission` in its organisation — before
 * anything else is validated, so another organisation's unit is always 404.
 */
export async function trainingUnit(db: Db, actor: Actor, departmentId: unknown, permission: Permission): Promise<TrainingUnit> {
  if (!z.uuid().safeParse(departmentId).success) throw notFound();
  const [unit] = await db
    .select({ id: departments.id, name: departments.name, organisationId: departments.organisationId, organisationName: organisations.name })
    .from(departments)
    .innerJoin(organisations, eq(organisations.id, departments.organisationId))
    .where(eq(departments.id, departmentId as string));
  if (!unit) throw notFound();
  authorize(actor, permission, unit.organisationId);
  return unit;
}
