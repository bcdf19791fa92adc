import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { memberships, users } from '../../db/schema/accounts.js';
import { applicationCoApplicants } from '../../db/schema/applications.js';
import { validationFailed } from '../../errors.js';
import { assertLeadApplicant, ONLY_LEAD_MANAGES } from '../../policies/applications.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { loadApplicationFor } from './load-application-for.js';
import { coApplicantSchema } from './schemas.js';

/** The lead invites a colleague of the same organisation (an existing user) to edit the application. */
export async function addCoApplicant(db: Db, actor: Actor, input: unknown): Promise<{ userId: string }> {
  const { applicationId, email } = parseInput(coApplicantSchema, input);
  return db.transaction(async (tx) => {
    const { application, access } = await loadApplicationFor(tx, actor, applicationId, { forUpdate: true });
    assertLeadApplicant(access, ONLY_LEAD_MANAGES);
    const [user] = await tx
      .select({ id: users.id })
      .from(users)
      .innerJoin(memberships, eq(memberships.userId, users.id))
      .where(and(eq(users.email, email), eq(memberships.organisationId, application.organisationId)))
      .limit(1);
    if (!user) throw validationFailed({ email: 'Der er ingen bruger med den e-mailadresse i jeres organisation' });
    if (user.id === application.leadUserId) throw validationFailed({ email: 'Du er selv ansvarlig ansøger og kan ikke tilføje dig selv' });
    const inserted = await tx
      .insert(applicationCoApplicants)
      .values({ applicationId: application.id, userId: user.id, addedByUserId: actor.userId })
      .onConflictDoNothing()
      .returning();
    if (inserted.length === 0) throw validationFailed({ email: 'Kollegaen er allerede medansøger' });
    await recordAudit(tx, actor, {
      action: 'application.co_applicant_added',
      objectType: 'application',
      objectId: application.id,
      organisationId: application.organisationId,
      after: { userId: user.id, email },
    });
    return { userId: user.id };
  });
}
