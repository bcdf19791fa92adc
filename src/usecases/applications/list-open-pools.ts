import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { pools } from '../../db/schema/pools.js';
import { periodHasEnded } from '../../domain/pool-period.js';
import { organisationIds, type Actor } from '../shared/actor.js';
import { nextMeetings, type NextMeeting } from './pool-context.js';

export interface OpenPool {
  id: string;
  name: string;
  organisationId: string;
  intake: 'continuous' | 'rounds';
  periodEndYear: number;
  /** Open by its status but past its period: shown as closed, and no application can be started in it. */
  closed: boolean;
  nextMeeting: NextMeeting | null;
  /**
   * The deadline an applicant sees: for a pool with rounds, the next round's submission deadline
   * (YYYY-MM-DD), or null when every round has passed; always null for continuous intake.
   */
  nextDeadline: string | null;
}

/**
 * The open pools of the actor's organisations, with the next meeting an application can reach and
 * the pool's own deadline. Pools past their period are left out, unless `includeClosed` (the
 * overview shows them as closed).
 */
export async function listOpenPools(db: Db, actor: Actor, now = new Date(), opts: { includeClosed?: boolean } = {}): Promise<OpenPool[]> {
  const orgs = organisationIds(actor);
  if (orgs.length === 0) return [];
  const rows = await db
    .select({ id: pools.id, name: pools.name, organisationId: pools.organisationId, intake: pools.intake, periodEndYear: pools.periodEndYear })
    .from(pools)
    .where(and(inArray(pools.organisationId, orgs), eq(pools.status, 'open')))
    .orderBy(asc(pools.name));
  const meetings = await nextMeetings(
    db,
    rows.map((r) => r.id),
    now,
  );
  return rows
    .map((r) => {
      const closed = periodHasEnded(r, now);
      const nextMeeting = closed ? null : (meetings.get(r.id) ?? null);
      return { ...r, closed, nextMeeting, nextDeadline: r.intake === 'rounds' ? (nextMeeting?.submissionDeadline ?? null) : null };
    })
    .filter((p) => opts.includeClosed === true || !p.closed);
}
