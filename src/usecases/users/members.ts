import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { memberships, users, type OrgRole } from '../../db/schema/accounts.js';
import { notFound } from '../../errors.js';

export interface Member {
  id: string;
  email: string;
  name: string;
  disabledAt: Date | null;
  roles: OrgRole[];
}

/** A member of the organisation with their roles there; a user who is no member "does not exist" (404). */
export async function memberOrNotFound(tx: Db, organisationId: string, userId: string): Promise<Member> {
  const rows = await tx
    .select({ id: users.id, email: users.email, name: users.name, disabledAt: users.disabledAt, role: memberships.role })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.organisationId, organisationId)))
    .where(eq(users.id, userId));
  const [first] = rows;
  if (!first) throw notFound();
  return { id: first.id, email: first.email, name: first.name, disabledAt: first.disabledAt, roles: rows.map((r) => r.role).sort() };
}

/** The other organisations the user holds a role in. */
export async function otherOrganisationsOf(tx: Db, userId: string, organisationId: string): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ id: memberships.organisationId })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), ne(memberships.organisationId, organisationId)));
  return rows.map((r) => r.id);
}
