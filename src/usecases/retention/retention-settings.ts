import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { organisationRetentionSettings } from '../../db/schema/retention.js';
import { authorize } from '../../policies/authorize.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { DEFAULT_RETENTION_YEARS, saveRetentionSettingSchema } from './schemas.js';

/** The organisation's retention period in years after closing (5 when never set). */
export async function retentionYearsOf(db: Db, organisationId: string): Promise<number> {
  const [row] = await db
    .select({ years: organisationRetentionSettings.retentionYears })
    .from(organisationRetentionSettings)
    .where(eq(organisationRetentionSettings.organisationId, organisationId));
  return row?.years ?? DEFAULT_RETENTION_YEARS;
}

/** Sets how many years after closing a case becomes due for deletion (the organisation's admin); audited. */
export async function saveRetentionSetting(db: Db, actor: Actor, input: unknown): Promise<{ retentionYears: number }> {
  const orgId = (input as { organisationId?: unknown } | null)?.organisationId;
  if (typeof orgId === 'string') authorize(actor, 'retention.manage', orgId);
  const { organisationId, retentionYears } = parseInput(saveRetentionSettingSchema, input);
  authorize(actor, 'retention.manage', organisationId);
  return db.transaction(async (tx) => {
    const before = await retentionYearsOf(tx, organisationId);
    await tx
      .insert(organisationRetentionSettings)
      .values({ organisationId, retentionYears })
      .onConflictDoUpdate({ target: organisationRetentionSettings.organisationId, set: { retentionYears, updatedAt: new Date() } });
    await recordAudit(tx, actor, {
      action: 'retention.settings_changed',
      objectType: 'organisation',
      objectId: organisationId,
      organisationId,
      before: { retentionYears: before },
      after: { retentionYears },
    });
    return { retentionYears };
  });
}
