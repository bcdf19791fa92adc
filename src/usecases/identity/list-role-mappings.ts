import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { roleMappings } from '../../db/schema/identity.js';
import { authorizeIdentityAdmin } from '../../policies/identity.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { loadProvider } from './load-provider.js';
import { roleMappingInfo, type RoleMappingInfo } from './role-mapping-info.js';
import { providerInputSchema } from './schemas.js';

/** The provider's claim-to-role mappings (tens at most: no pagination). */
export async function listRoleMappings(db: Db, actor: Actor, input: unknown): Promise<RoleMappingInfo[]> {
  const { providerId } = parseInput(providerInputSchema, input);
  const provider = await loadProvider(db, providerId);
  authorizeIdentityAdmin(actor, provider.organisationId);
  const rows = await db
    .select()
    .from(roleMappings)
    .where(eq(roleMappings.providerId, providerId))
    .orderBy(asc(roleMappings.claimValue), asc(roleMappings.role));
  return rows.map(roleMappingInfo);
}
