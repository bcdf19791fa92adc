import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { reviews } from '../../db/schema/assessment.js';
import { validationFailed } from '../../errors.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { readScores } from './review-scores.js';
import { scorableReview, submitReviewSchema } from './submit-review.js';

export const saveReviewDraftSchema = submitReviewSchema;

/**
 * Saves the reviewer's scores so far as a draft: criteria may be left without a score, but a score
 * given must lie on the scale. The draft is the reviewer's own — it stays `accepted`, is not shown to
 * the other reviewers or the secretariat and does not count in the score summary until submitted.
 */
export async function saveReviewDraft(db: Db, actor: Actor, input: unknown): Promise<{ savedAt: Date; scoredCount: number }> {
  const data = parseInput(saveReviewDraftSchema, input);
  return db.transaction(async (tx) => {
    const { application, pool, review } = await scorableReview(tx, actor, data.applicationId);
    const { scores, comments, fields } = readScores(pool.rubric, data.criteria, { complete: false });
    if (Object.keys(fields).length > 0) throw validationFailed(fields);
    const savedAt = new Date();
    await tx.update(reviews).set({ scores, comments, overallComment: data.overallComment, draftSavedAt: savedAt }).where(eq(reviews.id, review.id));
    await recordAudit(tx, actor, {
      action: 'review.draft_saved',
      objectType: 'application',
      objectId: application.id,
      organisationId: application.organisationId,
      after: { reviewerUserId: actor.userId, scoredCount: Object.keys(scores).length },
    });
    return { savedAt, scoredCount: Object.keys(scores).length };
  });
}
