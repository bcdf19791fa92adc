import type { Db } from '../../db/client.js';
import { apiTokens } from '../../db/schema/accounts.js';
import { forbidden } from '../../errors.js';
import { mayCreateApiToken } from '../../policies/accounts.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { newSecret, sha256 } from './secrets.js';
import { createApiTokenSchema } from './schemas.js';

/** A personal API token for `userId`. The plain token is returned once and never stored. */
export async function createApiToken(db: Db, actor: Actor | null, userId: string, input: unknown): Promise<{ id: string; token: string }> {
  if (!mayCreateApiToken(actor, userId)) throw forbidden();
  const { name } = parseInput(createApiTokenSchema, input);
  const token = `vtp_${newSecret()}`;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ userId, name, tokenHash: sha256(token) })
      .returning({ id: apiTokens.id });
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, actor, { action: 'api_token.created', objectType: 'user', objectId: userId, organisationId: null, after: { name } });
    return { id: row.id, token };
  });
}
