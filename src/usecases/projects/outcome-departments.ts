import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { departments } from '../../db/schema/organisations.js';

/** The organisation's active units, for scale-up and owner-unit choices. */
export async function departmentsOf(db: Db, organisationId: string): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(and(eq(departments.organisationId, organisationId), eq(departments.active, true)))
    .orderBy(asc(departments.name));
}

/** The ids among `ids` that are not units of the organisation (a refused choice). */
export async function foreignDepartments(db: Db, organisationId: string, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: departments.id })
    .from(departments)
    .where(and(eq(departments.organisationId, organisationId), inArray(departments.id, [...ids])));
  const known = new Set(rows.map((r) => r.id));
  return ids.filter((id) => !known.has(id));
}
