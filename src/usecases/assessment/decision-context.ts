import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { applications } from '../../db/schema/applications.js';
import { recommendations } from '../../db/schema/assessment.js';
import { budgetLines, pools } from '../../db/schema/pools.js';
import type { Permission } from '../../policies/permissions.js';
import { can } from '../../policies/authorize.js';
import type { LineYearBalance } from '../ledger/contracts.js';
import { lineBalances } from '../ledger/line-balances.js';
import type { Actor } from '../shared/actor.js';
import { organisationIds } from '../shared/actor.js';
import { loadForAssessment, type AssessmentTarget, type BudgetLineRow } from './load.js';
import { scoreApplication, submittedReviews } from './score-summary.js';

type RecommendationRow = typeof recommendations.$inferSelect;

export interface DecisionContext extends AssessmentTarget {
  lines: BudgetLineRow[];
  balances: LineYearBalance[];
  recommendation: RecommendationRow | null;
  score: ReturnType<typeof scoreApplication> | null;
}

/** What a recommendation or decision form shows: the pool's lines, the money left now, the recommendation and the scores. */
export async function getDecisionContext(db: Db, actor: Actor, applicationId: string, permission: Permission): Promise<DecisionContext> {
  const target = await loadForAssessment(db, actor, applicationId, permission);
  const lines = await db.select().from(budgetLines).where(eq(budgetLines.poolId, target.pool.id)).orderBy(asc(budgetLines.sortOrder));
  const [rec] = await db.select().from(recommendations).where(eq(recommendations.applicationId, target.application.id));
  const reviews = await submittedReviews(db, [target.application.id]);
  return {
    ...target,
    lines,
    balances: await lineBalances(db, target.pool.id),
    recommendation: rec ?? null,
    score: reviews.length > 0 ? scoreApplication(target.pool.rubric, reviews) : null,
  };
}

export interface AssessmentPoolEntry {
  id: string;
  name: string;
  organisationId: string;
  organisationName: string;
  inbox: boolean;
  scores: boolean;
  meetings: boolean;
  /** Applications on this pool's direct-decision lines waiting for the directors (when the actor is one). */
  awaitingDirectDecision: { id: string; caseNumber: string; title: string; lineName: string }[];
}

/** The pools in the actor's organisations where they handle cases (secretariat) or decide (decision body). */
export async function listAssessmentPools(db: Db, actor: Actor): Promise<AssessmentPoolEntry[]> {
  const orgs = organisationIds(actor).filter((o) => can(actor, 'assessment.screen', o) || can(actor, 'meeting.view', o) || can(actor, 'decision.direct', o));
  if (orgs.length === 0) return [];
  const rows = await db.select().from(pools).where(inArray(pools.organisationId, orgs)).orderBy(asc(pools.name));
  const out: AssessmentPoolEntry[] = [];
  for (const p of rows) {
    const org = actor.memberships.find((m) => m.organisationId === p.organisationId);
    const direct = can(actor, 'decision.direct', p.organisationId)
      ? await db
          .select({ id: applications.id, caseNumber: applications.caseNumber, title: applications.title, lineName: budgetLines.name })
          .from(applications)
          .leftJoin(recommendations, eq(recommendations.applicationId, applications.id))
          .innerJoin(budgetLines, eq(budgetLines.id, sql`coalesce(${recommendations.budgetLineId}, ${applications.budgetLineId})`))
          .where(
            and(eq(applications.poolId, p.id), eq(budgetLines.decisionMode, 'direct'), inArray(applications.state, ['qualified', 'reviewed', 'recommended'])),
          )
          .orderBy(asc(applications.caseNumber))
      : [];
    out.push({
      id: p.id,
      name: p.name,
      organisationId: p.organisationId,
      organisationName: org?.organisationName ?? '',
      inbox: can(actor, 'assessment.screen', p.organisationId),
      scores: can(actor, 'assessment.viewScores', p.organisationId),
      meetings: can(actor, 'meeting.view', p.organisationId),
      awaitingDirectDecision: direct,
    });
  }
  return out;
}
