import { desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { apiTokens, memberships, users } from '../../db/schema/accounts.js';
import { authorizeUserAdmin } from '../../policies/users.js';
import { apiTokenStatus, type ApiTokenInfo } from '../accounts/list-api-tokens.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { organisationTokensSchema } from './schemas.js';

export interface OrganisationApiToken extends ApiTokenInfo {
  userId: string;
  userName: string;
  userEmail: string;
}

/** The API tokens of the organisation's members, newest first (never the secret). */
export async function listOrganisationApiTokens(db: Db, actor: Actor, input: unknown, ctx: { now?: Date } = {}): Promise<OrganisationApiToken[]> {
  const { organisationId } = parseInput(organisationTokensSchema, input);
  authorizeUserAdmin(actor, organisationId);
  const now = ctx.now ?? new Date();
  const memberIds = db.selectDistinct({ id: memberships.userId }).from(memberships).where(eq(memberships.organisationId, organisationId));
  const rows = await db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      createdAt: apiTokens.createdAt,
      expiresAt: apiTokens.expiresAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
      userId: users.id,
      userName: users.name,
      userEmail: users.email,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(inArray(apiTokens.userId, memberIds))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id))
    .limit(500);
  return rows.map((r) => ({ ...r, status: apiTokenStatus(r, now) }));
}
