import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { apiTokens, sessions, users } from '../../db/schema/accounts.js';
import { assertNotSelfLockout, assertOnlyMemberHere, authorizeUserAdmin } from '../../policies/users.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { memberOrNotFound, otherOrganisationsOf, type Member } from './members.js';
import { userInOrganisationSchema } from './schemas.js';

/**
 * Deactivate the account at once: its sessions are deleted and its API tokens revoked in the same
 * transaction (and `loadActor` refuses a disabled user, so nothing in flight survives either).
 * Deactivating again changes nothing.
 */
export async function deactivateUser(db: Db, actor: Actor, input: unknown, ctx: { now?: Date } = {}): Promise<Member> {
  const data = parseInput(userInOrganisationSchema, input);
  authorizeUserAdmin(actor, data.organisationId);
  const now = ctx.now ?? new Date();
  return db.transaction(async (tx) => {
    const member = await memberOrNotFound(tx, data.organisationId, data.userId);
    assertNotSelfLockout(actor, data.userId, null);
    assertOnlyMemberHere(await otherOrganisationsOf(tx, data.userId, data.organisationId));
    if (member.disabledAt) return member;
    await tx.update(users).set({ disabledAt: now }).where(eq(users.id, data.userId));
    const ended = await tx.delete(sessions).where(eq(sessions.userId, data.userId)).returning({ id: sessions.idHash });
    const revoked = await tx
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(and(eq(apiTokens.userId, data.userId), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id });
    await recordAudit(tx, actor, {
      action: 'user.deactivated',
      objectType: 'user',
      objectId: data.userId,
      organisationId: data.organisationId,
      after: { sessionsEnded: ended.length, tokensRevoked: revoked.map((r) => r.id) },
    });
    return { ...member, disabledAt: now };
  });
}
