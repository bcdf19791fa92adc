import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { organisationSecuritySettings } from '../../../db/schema/two-factor.js';
import { authorizeSecurityAdmin } from '../../../policies/security.js';
import type { Actor } from '../../shared/actor.js';
import { recordAudit } from '../../shared/audit.js';
import { parseInput } from '../../shared/validate.js';
import { saveSecuritySettingsSchema, securitySettingsInputSchema } from './schemas.js';

export interface SecuritySettings {
  organisationId: string;
  requireAdminTwoFactor: boolean;
}

async function read(db: Db, organisationId: string): Promise<SecuritySettings> {
  const [row] = await db.select().from(organisationSecuritySettings).where(eq(organisationSecuritySettings.organisationId, organisationId));
  return { organisationId, requireAdminTwoFactor: row?.requireAdminTwoFactor ?? false };
}

/** The organisation's security settings (none saved: everything off). */
export async function getSecuritySettings(db: Db, actor: Actor, input: unknown): Promise<SecuritySettings> {
  const { organisationId } = parseInput(securitySettingsInputSchema, input);
  authorizeSecurityAdmin(actor, organisationId);
  return read(db, organisationId);
}

/** "Kræv to-faktor for lokale administratorer": from the next request on, such an admin without it is sent to set it up. */
export async function saveSecuritySettings(db: Db, actor: Actor, input: unknown): Promise<SecuritySettings> {
  const { organisationId, requireAdminTwoFactor } = parseInput(saveSecuritySettingsSchema, input);
  authorizeSecurityAdmin(actor, organisationId);
  return db.transaction(async (tx) => {
    const before = await read(tx, organisationId);
    await tx
      .insert(organisationSecuritySettings)
      .values({ organisationId, requireAdminTwoFactor })
      .onConflictDoUpdate({ target: organisationSecuritySettings.organisationId, set: { requireAdminTwoFactor } });
    const after = { organisationId, requireAdminTwoFactor };
    await recordAudit(tx, actor, { action: 'security_settings.saved', objectType: 'organisation', objectId: organisationId, organisationId, before, after });
    return after;
  });
}
