import { and, eq } from 'drizzle-orm';
import { isUuid } from '../../domain/ids.js';
import type { Db } from '../../db/client.js';
import { applicationCoApplicants, applications } from '../../db/schema/applications.js';
import { notFound } from '../../errors.js';
import { applicationAccessFor, type ApplicationAccess } from '../../policies/applications.js';
import { rolesIn, type Actor } from '../shared/actor.js';
import { isAssignedReviewer } from '../assessment/information-requests.js';
import type { ApplicationRow } from './apply-transition.js';

export type { ApplicationAccess } from '../../policies/applications.js';

export interface LoadedApplication {
  application: ApplicationRow;
  access: ApplicationAccess;
}

/**
 * Loads an application and decides (policies/applications.ts) whether the actor may see it:
 * no role in its organisation (or no such application, or a malformed id) → NOT_FOUND (404);
 * otherwise `applicationAccessFor` (its applicants, the staff who may see it, FORBIDDEN for anyone else).
 * `forUpdate` locks the row (call inside a transaction).
 */
export async function loadApplicationFor(db: Db, actor: Actor, applicationId: string, opts: { forUpdate?: boolean } = {}): Promise<LoadedApplication> {
  if (!isUuid(applicationId)) throw notFound();
  const query = db.select().from(applications).where(eq(applications.id, applicationId));
  const [application] = opts.forUpdate ? await query.for('update') : await query;
  if (!application) throw notFound();
  if (rolesIn(actor, application.organisationId).length === 0) throw notFound();

  const access = await applicationAccessFor(actor, application, {
    isCoApplicant: async () =>
      (
        await db
          .select({ userId: applicationCoApplicants.userId })
          .from(applicationCoApplicants)
          .where(and(eq(applicationCoApplicants.applicationId, application.id), eq(applicationCoApplicants.userId, actor.userId)))
      ).length > 0,
    isAssignedReviewer: () => isAssignedReviewer(db, application.id, actor.userId),
  });
  return { application, access };
}
