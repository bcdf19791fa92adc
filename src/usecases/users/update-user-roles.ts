import { and, eq, inArray, notInArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { memberships } from '../../db/schema/accounts.js';
import { assertNotSelfLockout, authorizeUserAdmin } from '../../policies/users.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { memberOrNotFound, type Member } from './members.js';
import { updateUserRolesSchema } from './schemas.js';

/** Set the user's roles in the organisation to exactly these (at least one); the change takes effect on their next request. */
export async function updateUserRoles(db: Db, actor: Actor, input: unknown): Promise<Member> {
  const data = parseInput(updateUserRolesSchema, input);
  authorizeUserAdmin(actor, data.organisationId);
  return db.transaction(async (tx) => {
    const before = await memberOrNotFound(tx, data.organisationId, data.userId);
    assertNotSelfLockout(actor, data.userId, data.roles);
    const inOrg = and(eq(memberships.userId, data.userId), eq(memberships.organisationId, data.organisationId));
    await tx.delete(memberships).where(and(inOrg, notInArray(memberships.role, data.roles)));
    const added = data.roles.filter((r) => !before.roles.includes(r));
    if (added.length) await tx.insert(memberships).values(added.map((role) => ({ userId: data.userId, organisationId: data.organisationId, role })));
    const after = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(inOrg, inArray(memberships.role, data.roles)));
    const roles = after.map((r) => r.role).sort();
    if (roles.join() !== before.roles.join()) {
      await recordAudit(tx, actor, {
        action: 'user.roles_changed',
        objectType: 'user',
        objectId: data.userId,
        organisationId: data.organisationId,
        before: { roles: before.roles },
        after: { roles },
      });
    }
    return { ...before, roles };
  });
}
