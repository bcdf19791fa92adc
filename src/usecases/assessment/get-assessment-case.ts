import { asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/accounts.js';
import { agendaItems, decisions, informationRequests, recommendations, reviews, screenings } from '../../db/schema/assessment.js';
import { budgetLines, decisionBodies, meetings } from '../../db/schema/pools.js';
import { applicationWorkflow, type ApplicationAction, type ApplicationState } from '../../domain/application-workflow.js';
import { actionOptions, type Refusal } from '../../domain/workflow.js';
import type { Actor } from '../shared/actor.js';
import { reviewerCandidates, type ReviewerCandidate } from './assign-reviewers.js';
import { loadForAssessment, type AssessmentTarget, type BudgetLineRow } from './load.js';
import { scoreApplication, submittedReviews } from './score-summary.js';
import { leadApplicantOf, type LeadApplicant } from '../applications/lead-applicant.js';
import { workflowRolesFor } from '../../policies/assessment.js';
import { decisionOf, type ApplicationDecision } from '../applications/decision-of.js';

type InfoRequestRow = typeof informationRequests.$inferSelect;
type ScreeningRow = typeof screenings.$inferSelect;
type RecommendationRow = typeof recommendations.$inferSelect;
type DecisionRow = typeof decisions.$inferSelect;

export interface CaseReview {
  id: string;
  reviewerUserId: string;
  reviewerName: string;
  status: (typeof reviews.$inferSelect)['status'];
  hasConflict: boolean | null;
  conflictNote: string;
  declaredAt: Date | null;
  assignedAt: Date;
  submittedAt: Date | null;
}

export interface AssessmentCase extends AssessmentTarget {
  /** The lead applicant and unit, named at the top of the case page. */
  leadApplicant: LeadApplicant;
  lines: BudgetLineRow[];
  informationRequests: InfoRequestRow[];
  screenings: ScreeningRow[];
  reviews: CaseReview[];
  candidates: ReviewerCandidate[];
  score: ReturnType<typeof scoreApplication> | null;
  recommendation: RecommendationRow | null;
  decisions: DecisionRow[];
  /** The latest decision as the application's pages show it (top of the case page). */
  decision: ApplicationDecision | null;
  agenda: { meetingId: string; startsAt: Date; bodyName: string; position: number }[];
  /** Workflow actions open to the actor now (with guard refusals to explain disabled buttons). */
  actions: { action: ApplicationAction; allowed: boolean; to?: ApplicationState; refusal?: Refusal }[];
}

/** Everything the secretariat's case page shows about one application's assessment. */
export async function getAssessmentCase(db: Db, actor: Actor, applicationId: string): Promise<AssessmentCase> {
  const target = await loadForAssessment(db, actor, applicationId, 'assessment.screen');
  const { application, pool } = target;
  const [lines, infos, screens, revs, recs, decs, agenda, submitted] = await Promise.all([
    db.select().from(budgetLines).where(eq(budgetLines.poolId, pool.id)).orderBy(asc(budgetLines.sortOrder)),
    db.select().from(informationRequests).where(eq(informationRequests.applicationId, application.id)).orderBy(desc(informationRequests.askedAt)),
    db.select().from(screenings).where(eq(screenings.applicationId, application.id)).orderBy(desc(screenings.screenedAt)),
    db
      .select({
        id: reviews.id,
        reviewerUserId: reviews.reviewerUserId,
        reviewerName: users.name,
        status: reviews.status,
        hasConflict: reviews.hasConflict,
        conflictNote: reviews.conflictNote,
        declaredAt: reviews.declaredAt,
        assignedAt: reviews.assignedAt,
        submittedAt: reviews.submittedAt,
      })
      .from(reviews)
      .innerJoin(users, eq(users.id, reviews.reviewerUserId))
      .where(eq(reviews.applicationId, application.id))
      .orderBy(asc(reviews.assignedAt)),
    db.select().from(recommendations).where(eq(recommendations.applicationId, application.id)),
    db.select().from(decisions).where(eq(decisions.applicationId, application.id)).orderBy(desc(decisions.decidedAt)),
    db
      .select({ meetingId: meetings.id, startsAt: meetings.startsAt, bodyName: decisionBodies.name, position: agendaItems.position })
      .from(agendaItems)
      .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
      .innerJoin(decisionBodies, eq(decisionBodies.id, meetings.decisionBodyId))
      .where(eq(agendaItems.applicationId, application.id))
      .orderBy(desc(meetings.startsAt)),
    submittedReviews(db, [application.id]),
  ]);
  const line = lines.find((l) => l.id === (recs[0]?.budgetLineId ?? application.budgetLineId));
  const active = revs.filter((r) => r.status === 'assigned' || r.status === 'accepted' || r.status === 'submitted');
  return {
    ...target,
    leadApplicant: await leadApplicantOf(db, application),
    lines,
    informationRequests: infos,
    screenings: screens,
    reviews: revs,
    candidates: await reviewerCandidates(db, application),
    score: submitted.length > 0 ? scoreApplication(pool.rubric, submitted) : null,
    recommendation: recs[0] ?? null,
    decisions: decs,
    decision: await decisionOf(db, application.id),
    agenda,
    actions: actionOptions(applicationWorkflow, application.state, workflowRolesFor(actor, application), {
      reviewerCount: active.length,
      submittedReviewCount: submitted.length,
      lineDecidedDirectly: line?.decisionMode === 'direct',
    }),
  };
}
