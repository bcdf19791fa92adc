import { z } from 'zod';
import type { Db } from '../../db/client.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { reviewerCandidates, type ReviewerCandidate } from './assign-reviewers.js';
import { loadForAssessment } from './load.js';

export const listAssignableReviewersSchema = z.object({ applicationId: z.string() });

/**
 * The users the secretariat may assign to review an application (what `assignReviewers` accepts in
 * manual mode): the organisation's reviewers, not the lead applicant, not already on the application,
 * with their open assignments in the pool, fewest first as `assignReviewers` spreads them.
 */
export async function listAssignableReviewers(db: Db, actor: Actor, input: unknown): Promise<Omit<ReviewerCandidate, 'onThisApplication'>[]> {
  const { applicationId } = parseInput(listAssignableReviewersSchema, input);
  const { application } = await loadForAssessment(db, actor, applicationId, 'assessment.screen');
  return (await reviewerCandidates(db, application))
    .filter((c) => !c.onThisApplication)
    .map(({ userId, name, email, openAssignments }) => ({ userId, name, email, openAssignments }));
}
