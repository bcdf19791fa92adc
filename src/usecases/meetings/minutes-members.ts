import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { memberships, users } from '../../db/schema/accounts.js';
import { MEMBER_ROLE } from '../../domain/meeting-workflow.js';

export interface BodyMember {
  userId: string;
  name: string;
}

/** The decision body's members: the people holding the members' role in the pool's organisation, by name. */
export async function bodyMembers(db: Db, organisationId: string): Promise<BodyMember[]> {
  return db
    .select({ userId: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, MEMBER_ROLE)))
    .orderBy(asc(users.name));
}
