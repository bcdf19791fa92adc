import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { apiTokens, memberships, networkMemberships, sessions, users } from '../../db/schema/accounts.js';
import { organisations } from '../../db/schema/organisations.js';
import type { Actor } from '../shared/actor.js';
import { sha256 } from './secrets.js';

export interface SessionActor {
  actor: Actor;
  csrfToken: string;
}

export async function actorFromSession(db: Db, sessionId: string, now = new Date()): Promise<SessionActor | null> {
  const [row] = await db
    .select({ userId: sessions.userId, csrfToken: sessions.csrfToken })
    .from(sessions)
    .where(and(eq(sessions.idHash, sha256(sessionId)), gt(sessions.expiresAt, now)));
  if (!row) return null;
  const actor = await loadActor(db, row.userId);
  return actor ? { actor, csrfToken: row.csrfToken } : null;
}

export type ApiTokenCheck = { ok: true; actor: Actor } | { ok: false; reason: 'unknown' | 'revoked' | 'expired' };

/** The actor behind a Bearer token, or why there is none (unknown, revoked, expired — each answered 401). */
export async function checkApiToken(db: Db, token: string, now = new Date()): Promise<ApiTokenCheck> {
  const [row] = await db
    .select({ id: apiTokens.id, userId: apiTokens.userId, expiresAt: apiTokens.expiresAt, revokedAt: apiTokens.revokedAt })
    .from(apiTokens)
    .where(eq(apiTokens.tokenHash, sha256(token)));
  if (!row) return { ok: false, reason: 'unknown' };
  if (row.revokedAt) return { ok: false, reason: 'revoked' };
  if (row.expiresAt <= now) return { ok: false, reason: 'expired' };
  const actor = await loadActor(db, row.userId);
  if (!actor) return { ok: false, reason: 'unknown' };
  await db
    .update(apiTokens)
    .set({ lastUsedAt: now })
    .where(and(eq(apiTokens.id, row.id), isNull(apiTokens.revokedAt), gt(apiTokens.expiresAt, now)));
  return { ok: true, actor };
}

export async function actorFromApiToken(db: Db, token: string, now = new Date()): Promise<Actor | null> {
  const checked = await checkApiToken(db, token, now);
  return checked.ok ? checked.actor : null;
}

export async function loadActor(db: Db, userId: string): Promise<Actor | null> {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.disabledAt)));
  if (!user) return null;
  const orgRows = await db
    .select({ organisationId: memberships.organisationId, organisationName: organisations.name, role: memberships.role })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId));
  const netRows = await db
    .select({ networkId: networkMemberships.networkId, role: networkMemberships.role })
    .from(networkMemberships)
    .where(eq(networkMemberships.userId, userId));
  return { userId: user.id, email: user.email, name: user.name, memberships: orgRows, networkMemberships: netRows };
}
