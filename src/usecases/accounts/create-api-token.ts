import type { Db } from '../../db/client.js';
import { apiTokens } from '../../db/schema/accounts.js';
import { forbidden } from '../../errors.js';
import { mayCreateApiToken } from '../../policies/accounts.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { newSecret, sha256 } from './secrets.js';
import { createApiTokenSchema } from './schemas.js';

export interface CreatedApiToken {
  id: string;
  /** The plain token: shown once, never stored. */
  token: string;
  expiresAt: Date;
}

/** A personal API token for `userId`, valid for the chosen number of days (90 by default, at most a year). */
export async function createApiToken(db: Db, actor: Actor | null, userId: string, input: unknown, ctx: { now?: Date } = {}): Promise<CreatedApiToken> {
  if (!mayCreateApiToken(actor, userId)) throw forbidden();
  const { name, expiresInDays } = parseInput(createApiTokenSchema, input);
  const now = ctx.now ?? new Date();
  const expiresAt = new Date(now.getTime() + expiresInDays * 86_400_000);
  const token = `vtp_${newSecret()}`;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ userId, name, tokenHash: sha256(token), expiresAt })
      .returning({ id: apiTokens.id });
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, actor, {
      action: 'api_token.created',
      objectType: 'user',
      objectId: userId,
      organisationId: null,
      after: { tokenId: row.id, name, expiresAt: expiresAt.toISOString() },
    });
    return { id: row.id, token, expiresAt };
  });
}
