import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { memberships, users } from '../../db/schema/accounts.js';
import { permissions } from '../../policies/permissions.js';

/**
 * Whom a person who logged in through their organisation's provider but got no role should ask:
 * the organisation's active admins (those who manage its role mappings). Shown only on the answer to
 * a verified login, never on a page anyone can open.
 */
export async function noRoleContacts(db: Db, organisationId: string): Promise<{ name: string; email: string }[]> {
  return db
    .selectDistinct({ name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), inArray(memberships.role, [...permissions['identity.manage']]), isNull(users.disabledAt)))
    .orderBy(asc(users.name));
}
