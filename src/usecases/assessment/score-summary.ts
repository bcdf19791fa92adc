import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/accounts.js';
import { applications } from '../../db/schema/applications.js';
import { reviews } from '../../db/schema/assessment.js';
import type { ApplicationState } from '../../domain/application-workflow.js';
import { rank, reviewTotal, summarise, type Rubric, type ReviewSummary, type Scores } from '../../domain/scoring.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { loadPoolFor } from './load.js';

/** A criterion is flagged when the reviewers' scores lie at least this share of the scale apart. */
export const CRITERION_DISAGREEMENT_SHARE = 0.5;
/** An application is flagged when the reviewers' weighted totals (0–100) lie at least this far apart. */
export const TOTAL_DISAGREEMENT_POINTS = 25;

export interface ReviewerTotal {
  reviewerUserId: string;
  reviewerName: string;
  total: number | null;
  knockOuts: string[];
}

export interface Spread {
  min: number;
  max: number;
  stdDev: number;
}

export interface ApplicationScore {
  applicationId: string;
  caseNumber: string;
  title: string;
  state: ApplicationState;
  amountAppliedOere: number;
  summary: ReviewSummary;
  reviewerTotals: ReviewerTotal[];
  /** Spread of the reviewers' weighted totals; null with fewer than one total. */
  totalSpread: Spread | null;
  /** Criterion keys on which the reviewers disagree (see CRITERION_DISAGREEMENT_SHARE). */
  disagreements: string[];
  /** Reviewers' totals disagree (see TOTAL_DISAGREEMENT_POINTS). */
  totalDisagreement: boolean;
  rank: number | null;
}

export interface SubmittedReview {
  applicationId: string;
  reviewerUserId: string;
  reviewerName: string;
  scores: Scores;
  comments: Record<string, string>;
  overallComment: string;
  submittedAt: Date | null;
}

function spreadOf(values: number[]): Spread | null {
  if (values.length === 0) return null;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return {
    min: Math.min(...values),
    max: Math.max(...values),
    stdDev: Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length),
  };
}

/** Scores of one application's submitted reviews, as the summary, the reviewers' totals and the disagreement flags. */
export function scoreApplication(
  rubric: Rubric,
  reviewsOfApp: readonly SubmittedReview[],
): Omit<ApplicationScore, 'applicationId' | 'caseNumber' | 'title' | 'state' | 'amountAppliedOere' | 'rank'> {
  const summary = summarise(
    rubric,
    reviewsOfApp.map((r) => ({ reviewerId: r.reviewerUserId, scores: r.scores })),
  );
  const reviewerTotals = reviewsOfApp.map((r) => {
    const t = reviewTotal(rubric, r.scores);
    return { reviewerUserId: r.reviewerUserId, reviewerName: r.reviewerName, total: t.total, knockOuts: t.knockOuts };
  });
  const totals = reviewerTotals.map((r) => r.total).filter((t): t is number => t !== null);
  const totalSpread = spreadOf(totals);
  const disagreements = summary.criteria
    .filter((s) => {
      const c = rubric.criteria.find((x) => x.key === s.key);
      return c !== undefined && s.count >= 2 && s.min !== null && s.max !== null && (s.max - s.min) / (c.scaleMax - c.scaleMin) >= CRITERION_DISAGREEMENT_SHARE;
    })
    .map((s) => s.key);
  return {
    summary,
    reviewerTotals,
    totalSpread,
    disagreements,
    totalDisagreement: totals.length >= 2 && totalSpread !== null && totalSpread.max - totalSpread.min >= TOTAL_DISAGREEMENT_POINTS,
  };
}

/** Submitted reviews of the given applications, oldest first. No authorization: callers authorize. */
export async function submittedReviews(db: Db, applicationIds: readonly string[]): Promise<SubmittedReview[]> {
  if (applicationIds.length === 0) return [];
  const rows = await db
    .select({
      applicationId: reviews.applicationId,
      reviewerUserId: reviews.reviewerUserId,
      reviewerName: users.name,
      scores: reviews.scores,
      comments: reviews.comments,
      overallComment: reviews.overallComment,
      submittedAt: reviews.submittedAt,
    })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.reviewerUserId))
    .where(and(inArray(reviews.applicationId, [...applicationIds]), eq(reviews.status, 'submitted')))
    .orderBy(asc(reviews.submittedAt));
  return rows.map((r) => ({ ...r, scores: r.scores ?? {}, comments: r.comments ?? {} }));
}

export const getScoreSummarySchema = z.object({ poolId: z.string() });

export interface PoolScoreSummary {
  poolId: string;
  rubric: Rubric;
  applications: ApplicationScore[];
}

/**
 * The pool's ranking: every application with at least one submitted review, by weighted total (equal
 * totals share a rank), with each criterion's mean and the spread between reviewers.
 */
export async function getScoreSummary(db: Db, actor: Actor, input: unknown): Promise<PoolScoreSummary> {
  const { poolId } = parseInput(getScoreSummarySchema, input);
  const pool = await loadPoolFor(db, actor, poolId, 'assessment.viewScores');
  const apps = await db
    .select({
      id: applications.id,
      caseNumber: applications.caseNumber,
      title: applications.title,
      state: applications.state,
      amountAppliedOere: applications.amountAppliedOere,
    })
    .from(applications)
    .where(eq(applications.poolId, pool.id))
    .orderBy(asc(applications.caseNumber));
  const all = await submittedReviews(
    db,
    apps.map((a) => a.id),
  );
  const scored = apps
    .map((a) => {
      const mine = all.filter((r) => r.applicationId === a.id);
      if (mine.length === 0) return null;
      const s = scoreApplication(pool.rubric, mine);
      return {
        applicationId: a.id,
        caseNumber: a.caseNumber,
        title: a.title,
        state: a.state,
        amountAppliedOere: a.amountAppliedOere,
        ...s,
        total: s.summary.total,
      };
    })
    .filter((x): x is NonNullable<typeof x> => x !== null);
  const ranked = rank(scored).map(({ total: _total, ...rest }) => rest);
  return { poolId: pool.id, rubric: pool.rubric, applications: ranked };
}
