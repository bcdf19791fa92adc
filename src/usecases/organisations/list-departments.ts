import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { departments } from '../../db/schema/organisations.js';
import { isUuid } from '../../domain/ids.js';
import { notFound } from '../../errors.js';
import { authorize } from '../../policies/authorize.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';

export const listDepartmentsSchema = z.object({
  organisationId: z.string(),
  /** Also the departments no longer in use (for old cases); default only the active ones. */
  includeInactive: z.preprocess((v) => v === true || v === 'true', z.boolean()).optional(),
});

export interface DepartmentInfo {
  id: string;
  name: string;
  active: boolean;
}

/** An organisation's departments (forvaltninger/afdelinger), by name, for anyone with a role in it (e.g. to name an application's lead department). */
export async function listDepartments(db: Db, actor: Actor, input: unknown): Promise<DepartmentInfo[]> {
  const { organisationId, includeInactive } = parseInput(listDepartmentsSchema, input);
  if (!isUuid(organisationId)) throw notFound();
  authorize(actor, 'organisation.view', organisationId);
  return db
    .select({ id: departments.id, name: departments.name, active: departments.active })
    .from(departments)
    .where(includeInactive ? eq(departments.organisationId, organisationId) : and(eq(departments.organisationId, organisationId), eq(departments.active, true)))
    .orderBy(asc(departments.name), asc(departments.id));
}
