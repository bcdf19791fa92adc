import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import { isUuid } from '../../domain/ids.js';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/accounts.js';
import { ideas, type IdeaAssessment, type IdeaStatus } from '../../db/schema/applications.js';
import { pools } from '../../db/schema/pools.js';
import { can } from '../../policies/authorize.js';
import { organisationIds, type Actor } from '../shared/actor.js';
import { decodeCursor, microsOf, newestFirst, pageOf } from '../shared/keyset.js';
import { parseInput } from '../shared/validate.js';
import { listIdeasSchema } from './schemas.js';

export interface IdeaSummary {
  id: string;
  title: string;
  poolId: string;
  poolName: string;
  authorName: string;
  status: IdeaStatus;
  assessment: IdeaAssessment | null;
  applicationId: string | null;
  createdAt: Date;
  updatedAt: Date;
  mine: boolean;
}

/** My ideas, plus every idea of the organisations where I am secretariat (or admin). */
/** A keyset page of ideas, most recently changed first. */
export interface IdeaPage {
  ideas: IdeaSummary[];
  nextCursor: string | null;
}

export async function listIdeas(db: Db, actor: Actor, input: unknown = {}): Promise<IdeaPage> {
  const filter = parseInput(listIdeasSchema, input ?? {});
  const keyset = newestFirst(ideas.updatedAt, ideas.id, decodeCursor(filter.after));
  if (filter.poolId !== undefined && !isUuid(filter.poolId)) return { ideas: [], nextCursor: null };
  const staffOrgs = organisationIds(actor).filter((o) => can(actor, 'idea.viewAll', o));
  const visible: SQL[] = [eq(ideas.authorUserId, actor.userId)];
  if (staffOrgs.length) visible.push(inArray(ideas.organisationId, staffOrgs));
  const rows = await db
    .select({
      id: ideas.id,
      title: ideas.title,
      poolId: ideas.poolId,
      poolName: pools.name,
      authorName: users.name,
      authorUserId: ideas.authorUserId,
      status: ideas.status,
      assessment: ideas.assessment,
      applicationId: ideas.applicationId,
      createdAt: ideas.createdAt,
      updatedAt: ideas.updatedAt,
      sortKey: microsOf(ideas.updatedAt),
    })
    .from(ideas)
    .innerJoin(pools, eq(pools.id, ideas.poolId))
    .innerJoin(users, eq(users.id, ideas.authorUserId))
    .where(and(or(...visible), filter.poolId ? eq(ideas.poolId, filter.poolId) : undefined, keyset.after))
    .orderBy(...keyset.orderBy)
    .limit(filter.limit + 1);
  const page = pageOf(rows, filter.limit, (r) => ({ key: r.sortKey, id: r.id }));
  return { ideas: page.items.map(({ authorUserId, sortKey: _sortKey, ...r }) => ({ ...r, mine: authorUserId === actor.userId })), nextCursor: page.nextCursor };
}
