import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { pools } from '../../db/schema/pools.js';
import { organisationIds, type Actor } from '../shared/actor.js';
import { nextMeetings, type NextMeeting } from './pool-context.js';

export interface OpenPool {
  id: string;
  name: string;
  organisationId: string;
  intake: 'continuous' | 'rounds';
  nextMeeting: NextMeeting | null;
}

/** The open pools of the actor's organisations, with the next meeting an application can reach. */
export async function listOpenPools(db: Db, actor: Actor, now = new Date()): Promise<OpenPool[]> {
  const orgs = organisationIds(actor);
  if (orgs.length === 0) return [];
  const rows = await db
    .select({ id: pools.id, name: pools.name, organisationId: pools.organisationId, intake: pools.intake })
    .from(pools)
    .where(and(inArray(pools.organisationId, orgs), eq(pools.status, 'open')))
    .orderBy(asc(pools.name));
  const meetings = await nextMeetings(
    db,
    rows.map((r) => r.id),
    now,
  );
  return rows.map((r) => ({ ...r, nextMeeting: meetings.get(r.id) ?? null }));
}
