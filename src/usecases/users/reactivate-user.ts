import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/accounts.js';
import { assertOnlyMemberHere, authorizeUserAdmin } from '../../policies/users.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { memberOrNotFound, otherOrganisationsOf, type Member } from './members.js';
import { userInOrganisationSchema } from './schemas.js';

/** Let a deactivated user log in again (their revoked API tokens stay revoked; they create new ones). */
export async function reactivateUser(db: Db, actor: Actor, input: unknown): Promise<Member> {
  const data = parseInput(userInOrganisationSchema, input);
  authorizeUserAdmin(actor, data.organisationId);
  return db.transaction(async (tx) => {
    const member = await memberOrNotFound(tx, data.organisationId, data.userId);
    if (!member.disabledAt) return member;
    assertOnlyMemberHere(await otherOrganisationsOf(tx, data.userId, data.organisationId));
    await tx.update(users).set({ disabledAt: null }).where(eq(users.id, data.userId));
    await recordAudit(tx, actor, { action: 'user.reactivated', objectType: 'user', objectId: data.userId, organisationId: data.organisationId });
    return { ...member, disabledAt: null };
  });
}
