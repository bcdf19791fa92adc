import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import type { OrgRole } from '../../db/schema/accounts.js';
import { poolProjectSettings } from '../../db/schema/project-settings.js';
import { pools } from '../../db/schema/pools.js';
import { isUuid } from '../../domain/ids.js';
import { notFound } from '../../errors.js';
import { authorize } from '../../policies/authorize.js';
import { reminderOffsets } from '../scheduler/report-reminders.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';

export const poolIdSchema = z.object({ poolId: z.string() });

export interface PoolProjectSettings {
  poolId: string;
  /** Days relative to a report's due date: negative before, positive after. */
  reminderOffsetsDays: number[];
  outcomeDeciderRole: OrgRole;
  changeDeciderRole: OrgRole;
  /** From the pool's setup: reports this many months after the actual start. */
  followUpMonths: number[];
}

/** How the pool runs its projects: reminder offsets, who decides outcomes and changes (defaults without a row). */
export async function getPoolProjectSettings(db: Db, actor: Actor, input: unknown): Promise<PoolProjectSettings> {
  const { poolId } = parseInput(poolIdSchema, input);
  if (!isUuid(poolId)) throw notFound();
  const [pool] = await db.select({ organisationId: pools.organisationId, followUpMonths: pools.followUpMonths }).from(pools).where(eq(pools.id, poolId));
  if (!pool) throw notFound();
  authorize(actor, 'pool.view', pool.organisationId);
  const [row] = await db.select().from(poolProjectSettings).where(eq(poolProjectSettings.poolId, poolId));
  return {
    poolId,
    reminderOffsetsDays: await reminderOffsets(db, poolId),
    outcomeDeciderRole: row?.outcomeDeciderRole ?? poolProjectSettings.outcomeDeciderRole.default,
    changeDeciderRole: row?.changeDeciderRole ?? poolProjectSettings.changeDeciderRole.default,
    followUpMonths: pool.followUpMonths,
  } as PoolProjectSettings;
}
