import { and, eq } from 'drizzle-orm';
import { isUuid } from '../../domain/ids.js';
import type { Db } from '../../db/client.js';
import { applicationCoApplicants } from '../../db/schema/applications.js';
import { notFound } from '../../errors.js';
import { assertLeadApplicant, ONLY_LEAD_MANAGES } from '../../policies/applications.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { loadApplicationFor } from './load-application-for.js';
import { removeCoApplicantSchema } from './schemas.js';

/** The lead removes a co-applicant. */
export async function removeCoApplicant(db: Db, actor: Actor, input: unknown): Promise<void> {
  const { applicationId, userId } = parseInput(removeCoApplicantSchema, input);
  await db.transaction(async (tx) => {
    const { application, access } = await loadApplicationFor(tx, actor, applicationId, { forUpdate: true });
    assertLeadApplicant(access, ONLY_LEAD_MANAGES);
    if (!isUuid(userId)) throw notFound();
    const removed = await tx
      .delete(applicationCoApplicants)
      .where(and(eq(applicationCoApplicants.applicationId, application.id), eq(applicationCoApplicants.userId, userId)))
      .returning();
    if (removed.length === 0) throw notFound();
    await recordAudit(tx, actor, {
      action: 'application.co_applicant_removed',
      objectType: 'application',
      objectId: application.id,
      organisationId: application.organisationId,
      before: { userId },
    });
  });
}
