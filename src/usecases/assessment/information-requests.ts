import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { informationRequests, reviews } from '../../db/schema/assessment.js';

export type InformationRequestRow = typeof informationRequests.$inferSelect;

/**
 * The secretariat's open questions to the applicant (newest first), for the applications area to
 * show on the application while it is "Mangler oplysninger fra dig". No authorization: the caller
 * has already loaded the application for the actor.
 */
export async function openInformationRequests(db: Db, applicationId: string): Promise<InformationRequestRow[]> {
  return db
    .select()
    .from(informationRequests)
    .where(and(eq(informationRequests.applicationId, applicationId), isNull(informationRequests.answeredAt)))
    .orderBy(desc(informationRequests.askedAt));
}

/**
 * Marks the open questions answered by a resubmission: call from the applications area's resubmit,
 * in its transaction, with the new version's number.
 */
export async function markInformationRequestsAnswered(tx: Db, applicationId: string, version: number, at = new Date()): Promise<void> {
  await tx
    .update(informationRequests)
    .set({ answeredAt: at, answeredInVersion: version })
    .where(and(eq(informationRequests.applicationId, applicationId), isNull(informationRequests.answeredAt)));
}

/**
 * True when the user is an active (non-conflicted) reviewer of the application: for the applications
 * area, so that reviewers see only the applications assigned to them.
 */
export async function isAssignedReviewer(db: Db, applicationId: string, userId: string): Promise<boolean> {
  const [r] = await db
    .select({ status: reviews.status })
    .from(reviews)
    .where(and(eq(reviews.applicationId, applicationId), eq(reviews.reviewerUserId, userId)));
  return r !== undefined && (r.status === 'assigned' || r.status === 'accepted' || r.status === 'submitted');
}
