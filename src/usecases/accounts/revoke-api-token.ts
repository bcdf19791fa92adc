import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { apiTokens } from '../../db/schema/accounts.js';
import { notFound } from '../../errors.js';
import { mayManageApiTokens } from '../../policies/accounts.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { apiTokenStatus, type ApiTokenInfo } from './list-api-tokens.js';
import { revokeApiTokenSchema } from './schemas.js';

/** Revoke one of the actor's own API tokens at once; revoking it again changes nothing. Another user's token is 404. */
export async function revokeApiToken(db: Db, actor: Actor, input: unknown, ctx: { now?: Date } = {}): Promise<ApiTokenInfo> {
  const { tokenId } = parseInput(revokeApiTokenSchema, input);
  const now = ctx.now ?? new Date();
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(apiTokens).where(eq(apiTokens.id, tokenId)).for('update');
    if (!row || !mayManageApiTokens(actor, row.userId)) throw notFound();
    let revokedAt = row.revokedAt;
    if (!revokedAt) {
      revokedAt = now;
      await tx.update(apiTokens).set({ revokedAt }).where(eq(apiTokens.id, tokenId));
      await recordAudit(tx, actor, {
        action: 'api_token.revoked',
        objectType: 'user',
        objectId: row.userId,
        organisationId: null,
        after: { tokenId, name: row.name },
      });
    }
    const info = { id: row.id, name: row.name, createdAt: row.createdAt, expiresAt: row.expiresAt, lastUsedAt: row.lastUsedAt, revokedAt };
    return { ...info, status: apiTokenStatus(info, now) };
  });
}
