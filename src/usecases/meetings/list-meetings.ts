import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { decisionBodies } from '../../db/schema/pools.js';
import { loadPoolFor, type PoolRow } from '../assessment/load.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { meetingsOfPool, type MeetingListRow } from './get-meeting.js';
import type { DecisionBodyRow } from './load-meeting.js';

export const listMeetingsSchema = z.object({ poolId: z.string() });

/** The decision bodies' calendar for a pool (secretariat and decision-body members); `now` gives each meeting's display state. */
export async function listMeetings(
  db: Db,
  actor: Actor,
  input: unknown,
  now: Date = new Date(),
): Promise<{ pool: PoolRow; bodies: DecisionBodyRow[]; meetings: MeetingListRow[] }> {
  const { poolId } = parseInput(listMeetingsSchema, input);
  const pool = await loadPoolFor(db, actor, poolId, 'meeting.view');
  const bodies = await db.select().from(decisionBodies).where(eq(decisionBodies.poolId, pool.id)).orderBy(asc(decisionBodies.sortOrder));
  return { pool, bodies, meetings: await meetingsOfPool(db, pool.id, now) };
}
