import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { roleMappings } from '../../db/schema/identity.js';
import { authorizeIdentityAdmin } from '../../policies/identity.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { loadProvider } from './load-provider.js';
import { roleMappingInfo, type RoleMappingInfo } from './role-mapping-info.js';
import { saveRoleMappingSchema } from './schemas.js';

/** Map a claim value to a role in the provider's organisation; saving an existing mapping again changes nothing. */
export async function saveRoleMapping(db: Db, actor: Actor, input: unknown): Promise<RoleMappingInfo> {
  const data = parseInput(saveRoleMappingSchema, input);
  const provider = await loadProvider(db, data.providerId);
  authorizeIdentityAdmin(actor, provider.organisationId);
  return db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(roleMappings)
      .values({ organisationId: provider.organisationId, providerId: provider.id, claimValue: data.claimValue, role: data.role })
      .onConflictDoNothing()
      .returning();
    if (inserted) {
      await recordAudit(tx, actor, {
        action: 'role_mapping.created',
        objectType: 'identity_provider',
        objectId: provider.id,
        organisationId: provider.organisationId,
        after: { claimValue: data.claimValue, role: data.role },
      });
      return roleMappingInfo(inserted);
    }
    const [existing] = await tx
      .select()
      .from(roleMappings)
      .where(and(eq(roleMappings.providerId, provider.id), eq(roleMappings.claimValue, data.claimValue), eq(roleMappings.role, data.role)));
    if (!existing) throw new Error('role mapping vanished');
    return roleMappingInfo(existing);
  });
}
