import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { apiTokens } from '../../db/schema/accounts.js';
import type { Actor } from '../shared/actor.js';

export type ApiTokenStatus = 'active' | 'expired' | 'revoked';

export interface ApiTokenInfo {
  id: string;
  name: string;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  status: ApiTokenStatus;
}

export const apiTokenStatus = (row: { expiresAt: Date; revokedAt: Date | null }, now: Date): ApiTokenStatus =>
  row.revokedAt ? 'revoked' : row.expiresAt <= now ? 'expired' : 'active';

/** The actor's own API tokens, newest first (never the secret, which is not stored). */
export async function listApiTokens(db: Db, actor: Actor, _input: unknown = {}, ctx: { now?: Date } = {}): Promise<ApiTokenInfo[]> {
  const now = ctx.now ?? new Date();
  const rows = await db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      createdAt: apiTokens.createdAt,
      expiresAt: apiTokens.expiresAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, actor.userId))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
  return rows.map((r) => ({ ...r, status: apiTokenStatus(r, now) }));
}
