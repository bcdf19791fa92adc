import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { reviews } from '../../db/schema/assessment.js';
import type { ApplicationState } from '../../domain/application-workflow.js';
import { reviewTotal } from '../../domain/scoring.js';
import { AppError, forbidden, validationFailed } from '../../errors.js';
import { isAssignedReviewer } from '../../policies/assessment.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { loadForAssessment, ownReview, type AssessmentTarget, type ReviewRow } from './load.js';
import { readScores, reviewBodySchema } from './review-scores.js';

export const submitReviewSchema = z.object({
  applicationId: z.string(),
  /** Per criterion key: the score (on the rubric's scale, or "na" for not applicable) and a comment. */
  ...reviewBodySchema,
});

/** Reviews are scored while the application is in review. */
export const scoringOpen = (application: { state: ApplicationState }): boolean => application.state === 'in_review';

/**
 * The reviewer's own review that may be scored now (submitted or saved as a draft): assigned to them,
 * declared free of conflict, not yet submitted, and the application still in review. Otherwise
 * FORBIDDEN or TRANSITION_NOT_ALLOWED with the reason.
 */
export async function scorableReview(tx: Db, actor: Actor, applicationId: string): Promise<AssessmentTarget & { review: ReviewRow }> {
  const target = await loadForAssessment(tx, actor, applicationId, 'assessment.review');
  const review = await ownReview(tx, target.application.id, actor.userId);
  if (!isAssignedReviewer(actor, review)) throw forbidden();
  if (review.status === 'assigned') {
    throw new AppError('TRANSITION_NOT_ALLOWED', {
      message: { da: 'Erklær først, om du er habil, før du giver point.', en: 'Declare whether you have a conflict of interest before scoring.' },
    });
  }
  if (review.status === 'submitted') {
    throw new AppError('TRANSITION_NOT_ALLOWED', { message: { da: 'Din bedømmelse er allerede afleveret.', en: 'Your review has already been submitted.' } });
  }
  if (!scoringOpen(target.application)) {
    throw new AppError('TRANSITION_NOT_ALLOWED', {
      message: { da: 'Ansøgningen er ikke længere under bedømmelse.', en: 'The application is no longer in review.' },
    });
  }
  return { ...target, review };
}

/**
 * A reviewer submits their scores, one per criterion of the pool's rubric (or "ikke relevant", which is
 * left out of the mean) with a comment. Only after declaring no conflict; every criterion needs a
 * score (a draft may be incomplete: `saveReviewDraft`). Once submitted it is final and the reviewer can
 * see the others' scores. Each field error names its criterion.
 */
export async function submitReview(db: Db, actor: Actor, input: unknown): Promise<{ total: number | null; knockOuts: string[] }> {
  const data = parseInput(submitReviewSchema, input);
  return db.transaction(async (tx) => {
    const { application, pool, review } = await scorableReview(tx, actor, data.applicationId);
    const { scores, comments, fields } = readScores(pool.rubric, data.criteria, { complete: true });
    if (Object.keys(fields).length > 0) throw validationFailed(fields);

    const result = reviewTotal(pool.rubric, scores);
    await tx
      .update(reviews)
      .set({ status: 'submitted', scores, comments, overallComment: data.overallComment, submittedAt: new Date() })
      .where(eq(reviews.id, review.id));
    await recordAudit(tx, actor, {
      action: 'review.submitted',
      objectType: 'application',
      objectId: application.id,
      organisationId: application.organisationId,
      before: { status: review.status },
      after: { status: 'submitted', reviewerUserId: actor.userId, scores, total: result.total, knockOuts: result.knockOuts },
    });
    return { total: result.total, knockOuts: result.knockOuts };
  });
}
