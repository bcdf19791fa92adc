import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { users } from '../../../db/schema/accounts.js';
import { organisationSecuritySettings } from '../../../db/schema/two-factor.js';
import { adminOrganisationIds } from '../../../policies/security.js';
import type { Actor } from '../../shared/actor.js';
import { hasTwoFactor } from './second-factor.js';

/**
 * A local admin of an organisation that requires two-factor for its admins, without two-factor yet:
 * they are sent to set it up before anything else. Not an admin anywhere: no query at all.
 */
export async function twoFactorEnrolmentRequired(db: Db, actor: Actor): Promise<boolean> {
  const orgIds = adminOrganisationIds(actor);
  if (orgIds.length === 0) return false;
  const [required] = await db
    .select({ id: organisationSecuritySettings.organisationId })
    .from(organisationSecuritySettings)
    .where(and(inArray(organisationSecuritySettings.organisationId, orgIds), eq(organisationSecuritySettings.requireAdminTwoFactor, true)))
    .limit(1);
  if (!required) return false;
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.userId));
  if (!user?.passwordHash) return false;
  return !(await hasTwoFactor(db, actor.userId));
}
