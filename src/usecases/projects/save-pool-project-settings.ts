import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { orgRoles } from '../../db/schema/accounts.js';
import { poolProjectSettings } from '../../db/schema/project-settings.js';
import { pools } from '../../db/schema/pools.js';
import { followUpReports } from '../../db/schema/projects.js';
import { cleanOffsets } from '../../domain/follow-up.js';
import { isUuid } from '../../domain/ids.js';
import { forbidden, notFound } from '../../errors.js';
import { authorize } from '../../policies/authorize.js';
import { mayChangeProjectSettings } from '../../policies/projects.js';
import { cancelReportReminders, scheduleReportReminders } from '../scheduler/report-reminders.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { getPoolProjectSettings, type PoolProjectSettings } from './get-pool-project-settings.js';

const offset = z
  .number({ error: 'Angiv dagene som hele tal, fx -14, -3, 1, 14' })
  .int({ error: 'Angiv dagene som hele tal, fx -14, -3, 1, 14' })
  .min(-365, { error: 'Højst 365 dage før' })
  .max(365, { error: 'Højst 365 dage efter' })
  .refine((n) => n !== 0, { error: 'Brug -1 (dagen før) eller 1 (dagen efter), ikke 0' });

export const savePoolProjectSettingsSchema = z.object({
  poolId: z.string(),
  reminderOffsetsDays: z.array(offset, { error: 'Angiv dagene som en liste' }).max(10, { error: 'Højst 10 påmindelser' }),
  outcomeDeciderRole: z.enum(orgRoles, { error: 'Vælg en rolle' }).optional(),
  changeDeciderRole: z.enum(orgRoles, { error: 'Vælg en rolle' }).optional(),
});

/**
 * Sets the pool's reminder offsets (and who decides outcomes and changes). The reminders still to
 * come for the pool's waiting reports are scheduled again at the new offsets; those already sent stay sent.
 */
export async function savePoolProjectSettings(db: Db, actor: Actor, input: unknown): Promise<PoolProjectSettings> {
  const data = parseInput(savePoolProjectSettingsSchema, input);
  if (!isUuid(data.poolId)) throw notFound();
  await db.transaction(async (tx) => {
    const [pool] = await tx.select({ organisationId: pools.organisationId }).from(pools).where(eq(pools.id, data.poolId)).for('no key update');
    if (!pool) throw notFound();
    authorize(actor, 'pool.view', pool.organisationId);
    if (!mayChangeProjectSettings(actor, pool.organisationId)) throw forbidden();
    const offsets = cleanOffsets(data.reminderOffsetsDays);
    const roles = {
      ...(data.outcomeDeciderRole ? { outcomeDeciderRole: data.outcomeDeciderRole } : {}),
      ...(data.changeDeciderRole ? { changeDeciderRole: data.changeDeciderRole } : {}),
    };
    await tx
      .insert(poolProjectSettings)
      .values({ poolId: data.poolId, reminderOffsetsDays: offsets, ...roles })
      .onConflictDoUpdate({ target: poolProjectSettings.poolId, set: { reminderOffsetsDays: offsets, ...roles, updatedAt: new Date() } });
    const waiting = await tx
      .select({ id: followUpReports.id, dueOn: followUpReports.dueOn, poolId: followUpReports.poolId })
      .from(followUpReports)
      .where(and(eq(followUpReports.poolId, data.poolId), inArray(followUpReports.status, ['open', 'changes_requested'])));
    for (const r of waiting) {
      await cancelReportReminders(tx, r.id);
      await scheduleReportReminders(tx, r);
    }
    await recordAudit(tx, actor, {
      action: 'pool.project_settings_saved',
      objectType: 'pool',
      objectId: data.poolId,
      organisationId: pool.organisationId,
      after: { reminderOffsetsDays: offsets, ...roles },
    });
  });
  return getPoolProjectSettings(db, actor, { poolId: data.poolId });
}
