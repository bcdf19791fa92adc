import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { roleMappings } from '../../db/schema/identity.js';
import { notFound } from '../../errors.js';
import { authorizeIdentityAdmin } from '../../policies/identity.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { loadProvider } from './load-provider.js';
import { deleteRoleMappingSchema } from './schemas.js';

/** Remove a mapping; the roles it gave go at each user's next login (memberships are replaced then). */
export async function deleteRoleMapping(db: Db, actor: Actor, input: unknown): Promise<void> {
  const data = parseInput(deleteRoleMappingSchema, input);
  const provider = await loadProvider(db, data.providerId);
  authorizeIdentityAdmin(actor, provider.organisationId);
  await db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(roleMappings)
      .where(and(eq(roleMappings.id, data.mappingId), eq(roleMappings.providerId, provider.id)))
      .returning();
    if (!removed) throw notFound();
    await recordAudit(tx, actor, {
      action: 'role_mapping.deleted',
      objectType: 'identity_provider',
      objectId: provider.id,
      organisationId: provider.organisationId,
      before: { claimValue: removed.claimValue, role: removed.role },
    });
  });
}
