import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { memberships, users } from '../../db/schema/accounts.js';
import { organisations } from '../../db/schema/organisations.js';
import { AppError, forbidden } from '../../errors.js';
import { mayGrantRole } from '../../policies/accounts.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { grantRoleSchema } from './schemas.js';

export async function grantRole(db: Db, actor: Actor | null, input: unknown): Promise<void> {
  const data = parseInput(grantRoleSchema, input);
  await db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.email, data.email));
    if (!user) throw new AppError('NOT_FOUND', { fields: { email: 'Ingen bruger med den e-mailadresse' } });
    const [org] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, data.organisationSlug));
    if (!org) throw new AppError('NOT_FOUND', { fields: { organisationSlug: 'Ingen organisation med den kode' } });
    if (!mayGrantRole(actor, org.id)) throw forbidden();
    await tx.insert(memberships).values({ userId: user.id, organisationId: org.id, role: data.role }).onConflictDoNothing();
    await recordAudit(tx, actor, { action: 'membership.granted', objectType: 'user', objectId: user.id, organisationId: org.id, after: { role: data.role } });
  });
}
