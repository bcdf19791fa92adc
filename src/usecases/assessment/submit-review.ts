import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { reviews } from '../../db/schema/assessment.js';
import type { ApplicationState } from '../../domain/application-workflow.js';
import { reviewTotal, validateScores, type Scores } from '../../domain/scoring.js';
import { AppError, forbidden, validationFailed, type FieldErrors } from '../../errors.js';
import { isAssignedReviewer } from '../../policies/assessment.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { loadForAssessment, ownReview } from './load.js';

/** A score from a form ("3", "na") or JSON (3, "na"). */
const scoreValue = z.preprocess(
  (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : v.trim() === 'na' ? 'na' : Number(v.trim().replace(',', '.'))) : v),
  z.union([z.literal('na'), z.number({ error: 'Vælg en score eller "ikke relevant"' }).finite({ error: 'Vælg en score' })], {
    error: 'Vælg en score eller "ikke relevant"',
  }),
);

export const submitReviewSchema = z.object({
  applicationId: z.string(),
  /** Per criterion key: the score (on the rubric's scale, or "na" for not applicable) and a comment. */
  criteria: z.record(
    z.string(),
    z.object({
      score: scoreValue,
      comment: z.string().trim().max(4000, { error: 'Højst 4000 tegn' }).default(''),
    }),
  ),
  overallComment: z.string().trim().max(8000, { error: 'Højst 8000 tegn' }).default(''),
});

/** Reviews are scored while the application is in review. */
export const scoringOpen = (application: { state: ApplicationState }): boolean => application.state === 'in_review';

/**
 * A reviewer submits their scores, one per criterion of the pool's rubric (or "ikke relevant", which is
 * left out of the mean) with a comment. Only after declaring no conflict; once submitted it is final
 * and the reviewer can see the others' scores.
 */
export async function submitReview(db: Db, actor: Actor, input: unknown): Promise<{ total: number | null; knockOuts: string[] }> {
  const data = parseInput(submitReviewSchema, input);
  return db.transaction(async (tx) => {
    const { application, pool } = await loadForAssessment(tx, actor, data.applicationId, 'assessment.review');
    const review = await ownReview(tx, application.id, actor.userId);
    if (!isAssignedReviewer(actor, review)) throw forbidden();
    if (review.status === 'assigned') {
      throw new AppError('TRANSITION_NOT_ALLOWED', {
        message: { da: 'Erklær først, om du er habil, før du giver point.', en: 'Declare whether you have a conflict of interest before scoring.' },
      });
    }
    if (review.status === 'submitted') {
      throw new AppError('TRANSITION_NOT_ALLOWED', { message: { da: 'Din bedømmelse er allerede afleveret.', en: 'Your review has already been submitted.' } });
    }
    if (!scoringOpen(application)) {
      throw new AppError('TRANSITION_NOT_ALLOWED', {
        message: { da: 'Ansøgningen er ikke længere under bedømmelse.', en: 'The application is no longer in review.' },
      });
    }

    const rubric = pool.rubric;
    const fields: FieldErrors = {};
    const scores: Scores = {};
    const comments: Record<string, string> = {};
    for (const c of rubric.criteria) {
      const given = data.criteria[c.key];
      if (!given) {
        fields[`criteria.${c.key}.score`] = `Vælg en score for "${c.label.da}" eller "ikke relevant"`;
        continue;
      }
      scores[c.key] = given.score;
      if (given.comment) comments[c.key] = given.comment;
    }
    for (const key of Object.keys(data.criteria)) {
      if (!rubric.criteria.some((c) => c.key === key)) fields[`criteria.${key}.score`] = `Ukendt kriterium: ${key}`;
    }
    for (const e of validateScores(rubric, scores)) fields[`criteria.${e.criterionKey}.score`] ??= e.userMessage.da;
    if (Object.keys(fields).length > 0) throw validationFailed(fields);

    const result = reviewTotal(rubric, scores);
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
