import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { applications } from '../../db/schema/applications.js';
import { reviews } from '../../db/schema/assessment.js';
import { pools } from '../../db/schema/pools.js';
import { forbidden } from '../../errors.js';
import { mayOpenReview } from '../../policies/assessment.js';
import type { Actor } from '../shared/actor.js';
import { organisationIds } from '../shared/actor.js';
import { loadForAssessment, type AssessmentTarget, type ReviewRow } from './load.js';
import { scoringOpen } from './submit-review.js';
import { caseParties, type CaseParties } from './case-parties.js';
import { leadApplicantOf, type LeadApplicant } from '../applications/lead-applicant.js';
import { scoreApplication, submittedReviews, type ApplicationScore, type SubmittedReview } from './score-summary.js';

/** What a reviewer who declared a conflict still sees: that they did, and nothing of the case. */
export interface ConflictWorkspace {
  conflict: true;
  applicationId: string;
  caseNumber: string;
  declaredAt: Date | null;
}

export interface ReviewWorkspace extends AssessmentTarget {
  conflict: false;
  /** The lead applicant and unit, named on the review page. */
  leadApplicant: LeadApplicant;
  review: ReviewRow;
  /** Who is involved (lead applicant, units, co-applicants, partners), shown before the declaration. */
  parties: CaseParties;
  /** The application is in review, so an accepted assignment can be scored now. */
  scoringOpen: boolean;
  /** The other reviewers' submitted reviews and the summary — only once the actor's own is submitted. */
  others: SubmittedReview[] | null;
  score: Omit<ApplicationScore, 'applicationId' | 'caseNumber' | 'title' | 'state' | 'amountAppliedOere' | 'rank'> | null;
}

/**
 * What an assigned reviewer sees of one application: who is involved, their own assignment
 * (declaration, draft or submitted scores) and, after submitting, everyone's scores. After declaring a
 * conflict of interest only that they did (`ConflictWorkspace`), none of the case. A reviewer who is
 * not assigned gets FORBIDDEN; another organisation NOT_FOUND.
 */
export async function getReviewWorkspace(db: Db, actor: Actor, applicationId: string): Promise<ReviewWorkspace | ConflictWorkspace> {
  const target = await loadForAssessment(db, actor, applicationId, 'assessment.review');
  const [review] = await db
    .select()
    .from(reviews)
    .where(and(eq(reviews.applicationId, target.application.id), eq(reviews.reviewerUserId, actor.userId)));
  if (!mayOpenReview(actor, review)) throw forbidden();
  if (review.status === 'conflict') {
    return { conflict: true, applicationId: target.application.id, caseNumber: target.application.caseNumber, declaredAt: review.declaredAt };
  }
  const open = scoringOpen(target.application);
  const parties = await caseParties(db, target.application);
  const leadApplicant = await leadApplicantOf(db, target.application);
  if (review.status !== 'submitted') return { ...target, conflict: false, leadApplicant, review, parties, scoringOpen: open, others: null, score: null };
  const all = await submittedReviews(db, [target.application.id]);
  return {
    ...target,
    conflict: false,
    leadApplicant,
    review,
    parties,
    scoringOpen: open,
    others: all.filter((r) => r.reviewerUserId !== actor.userId),
    score: scoreApplication(target.pool.rubric, all),
  };
}

export interface MyReviewRow {
  applicationId: string;
  caseNumber: string;
  title: string;
  poolName: string;
  status: ReviewRow['status'];
  assignedAt: Date;
}

/** The reviewer's own assignments in their organisations, newest first (conflicts included, removed ones not). */
export async function listMyReviews(db: Db, actor: Actor): Promise<MyReviewRow[]> {
  const orgs = organisationIds(actor);
  if (orgs.length === 0) return [];
  return db
    .select({
      applicationId: applications.id,
      caseNumber: applications.caseNumber,
      title: applications.title,
      poolName: pools.name,
      status: reviews.status,
      assignedAt: reviews.assignedAt,
    })
    .from(reviews)
    .innerJoin(applications, eq(applications.id, reviews.applicationId))
    .innerJoin(pools, eq(pools.id, applications.poolId))
    .where(
      and(
        eq(reviews.reviewerUserId, actor.userId),
        inArray(reviews.organisationId, orgs),
        inArray(reviews.status, ['assigned', 'accepted', 'submitted', 'conflict']),
      ),
    )
    .orderBy(desc(reviews.assignedAt));
}
