import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { apiTokens, memberships } from '../../db/schema/accounts.js';
import { notFound } from '../../errors.js';
import { authorizeUserAdmin } from '../../policies/users.js';
import { apiTokenStatus, type ApiTokenInfo } from '../accounts/list-api-tokens.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { revokeOrganisationTokenSchema } from './schemas.js';

/** The organisation's admin revokes a member's API token at once; a token of a non-member is 404. */
export async function revokeOrganisationApiToken(db: Db, actor: Actor, input: unknown, ctx: { now?: Date } = {}): Promise<ApiTokenInfo> {
  const { organisationId, tokenId } = parseInput(revokeOrganisationTokenSchema, input);
  authorizeUserAdmin(actor, organisationId);
  const now = ctx.now ?? new Date();
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(apiTokens).where(eq(apiTokens.id, tokenId)).for('update');
    if (!row) throw notFound();
    const [member] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.userId, row.userId), eq(memberships.organisationId, organisationId)));
    if (!member) throw notFound();
    let revokedAt = row.revokedAt;
    if (!revokedAt) {
      revokedAt = now;
      await tx.update(apiTokens).set({ revokedAt }).where(eq(apiTokens.id, tokenId));
      await recordAudit(tx, actor, {
        action: 'api_token.revoked',
        objectType: 'user',
        objectId: row.userId,
        organisationId,
        after: { tokenId, name: row.name },
      });
    }
    const info = { id: row.id, name: row.name, createdAt: row.createdAt, expiresAt: row.expiresAt, lastUsedAt: row.lastUsedAt, revokedAt };
    return { ...info, status: apiTokenStatus(info, now) };
  });
}
