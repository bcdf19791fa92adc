import { and, asc, eq, gt, inArray, or } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { memberships, users, type OrgRole } from '../../db/schema/accounts.js';
import { authorizeUserAdmin } from '../../policies/users.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { listUsersSchema } from './schemas.js';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  roles: OrgRole[];
  lastLoginAt: Date | null;
  disabledAt: Date | null;
  /** True when the account has no password yet (the invitation is not used). */
  invitationPending: boolean;
}

export interface UserPage {
  items: UserRow[];
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor: string | null;
}

const encodeCursor = (row: { email: string; id: string }) => Buffer.from(JSON.stringify([row.email, row.id])).toString('base64url');
function decodeCursor(cursor: string | undefined): { email: string; id: string } | null {
  if (!cursor) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string') return { email: value[0], id: value[1] };
  } catch {
    // An unreadable cursor starts from the beginning.
  }
  return null;
}

/** The organisation's users with their roles there and last login, by e-mail (keyset pagination). */
export async function listUsers(db: Db, actor: Actor, input: unknown): Promise<UserPage> {
  const { organisationId, limit, after } = parseInput(listUsersSchema, input);
  authorizeUserAdmin(actor, organisationId);
  const cursor = decodeCursor(after);
  const memberIds = db.selectDistinct({ id: memberships.userId }).from(memberships).where(eq(memberships.organisationId, organisationId));
  const page = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      lastLoginAt: users.lastLoginAt,
      disabledAt: users.disabledAt,
      passwordHash: users.passwordHash,
    })
    .from(users)
    .where(
      and(inArray(users.id, memberIds), cursor ? or(gt(users.email, cursor.email), and(eq(users.email, cursor.email), gt(users.id, cursor.id))) : undefined),
    )
    .orderBy(asc(users.email), asc(users.id))
    .limit(limit + 1);
  const rows = page.slice(0, limit);
  const roleRows = rows.length
    ? await db
        .select({ userId: memberships.userId, role: memberships.role })
        .from(memberships)
        .where(
          and(
            eq(memberships.organisationId, organisationId),
            inArray(
              memberships.userId,
              rows.map((r) => r.id),
            ),
          ),
        )
    : [];
  const last = rows.at(-1);
  return {
    items: rows.map(({ passwordHash, ...r }) => ({
      ...r,
      roles: roleRows
        .filter((m) => m.userId === r.id)
        .map((m) => m.role)
        .sort(),
      invitationPending: passwordHash === null,
    })),
    nextCursor: page.length > limit && last ? encodeCursor(last) : null,
  };
}
