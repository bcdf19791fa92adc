import { eq } from 'drizzle-orm';
import { isUuid } from '../../domain/ids.js';
import type { Db } from '../../db/client.js';
import { organisations } from '../../db/schema/organisations.js';
import { decisionBodies, meetings, pools } from '../../db/schema/pools.js';
import { notFound } from '../../errors.js';
import { authorize } from '../../policies/authorize.js';
import type { Permission } from '../../policies/permissions.js';
import type { PoolRow } from '../assessment/load.js';
import type { Actor } from '../shared/actor.js';

export type MeetingRow = typeof meetings.$inferSelect;
export type DecisionBodyRow = typeof decisionBodies.$inferSelect;

export interface LoadedMeeting {
  meeting: MeetingRow;
  body: DecisionBodyRow;
  pool: PoolRow;
  /** The municipality's name (the agenda's and the minutes' letterhead). */
  organisationName: string;
}

/**
 * A meeting with its decision body and pool, authorized in the pool's organisation (404 outside it,
 * 403 without the role). `forUpdate` locks the meeting row: decisions and agenda changes on one
 * meeting queue up behind each other.
 */
export async function loadMeetingFor(
  db: Db,
  actor: Actor,
  meetingId: unknown,
  permission: Permission,
  opts: { forUpdate?: boolean } = {},
): Promise<LoadedMeeting> {
  if (!isUuid(meetingId)) throw notFound();
  const query = db.select().from(meetings).where(eq(meetings.id, meetingId));
  const [meeting] = opts.forUpdate ? await query.for('update') : await query;
  if (!meeting) throw notFound();
  const [row] = await db
    .select({ body: decisionBodies, pool: pools, organisationName: organisations.name })
    .from(decisionBodies)
    .innerJoin(pools, eq(pools.id, decisionBodies.poolId))
    .innerJoin(organisations, eq(organisations.id, pools.organisationId))
    .where(eq(decisionBodies.id, meeting.decisionBodyId));
  if (!row) throw notFound();
  authorize(actor, permission, row.pool.organisationId);
  return { meeting, ...row };
}

/** "Velfærdsteknologirådet 11. marts 2026, punkt 3": what a grant rests on (the ledger's reference). */
export function meetingReference(body: { name: string }, meeting: { startsAt: Date }, position: number, formatDate: (d: Date) => string): string {
  return `${body.name} ${formatDate(meeting.startsAt)}, punkt ${position}`;
}
