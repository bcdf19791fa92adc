import { asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { applications } from '../../db/schema/applications.js';
import { agendaItems, decisions, recommendations } from '../../db/schema/assessment.js';
import { budgetLines, decisionBodies, meetings } from '../../db/schema/pools.js';
import type { ApplicationState } from '../../domain/application-workflow.js';
import { meetingWorkflow, type MeetingAction, type MeetingState } from '../../domain/meeting-workflow.js';
import { actionOptions, type Refusal } from '../../domain/workflow.js';
import { meetingRolesFor } from '../../policies/meetings.js';
import { scoreApplication, submittedReviews, type ApplicationScore } from '../assessment/score-summary.js';
import type { BudgetLineRow } from '../assessment/load.js';
import type { LineYearBalance } from '../ledger/contracts.js';
import { lineBalances } from '../ledger/line-balances.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { loadMeetingFor, type LoadedMeeting } from './load-meeting.js';

type RecommendationRow = typeof recommendations.$inferSelect;
type DecisionRow = typeof decisions.$inferSelect;

export interface AgendaItemView {
  itemId: string;
  position: number;
  application: { id: string; caseNumber: string; title: string; state: ApplicationState; amountAppliedOere: number; budgetLineId: string | null };
  recommendation: RecommendationRow | null;
  score: Omit<ApplicationScore, 'applicationId' | 'caseNumber' | 'title' | 'state' | 'amountAppliedOere' | 'rank'> | null;
  decision: DecisionRow | null;
}

export interface MeetingView extends LoadedMeeting {
  items: AgendaItemView[];
  lines: BudgetLineRow[];
  /** The pool's remaining money per line and year, computed now. */
  balances: LineYearBalance[];
  balancesAt: Date;
  /** Meeting workflow actions open to the actor now; a guard's refusal explains one that is not (yet). */
  actions: { action: MeetingAction; allowed: boolean; to?: MeetingState; refusal?: Refusal }[];
}

export const getMeetingSchema = z.object({ meetingId: z.string() });

/**
 * A meeting with its agenda: each item's recommendation, score summary and decision, and the pool's
 * remaining money per line and year at this moment (from the ledger).
 */
export async function getMeeting(db: Db, actor: Actor, input: unknown): Promise<MeetingView> {
  const { meetingId } = parseInput(getMeetingSchema, input);
  const loaded = await loadMeetingFor(db, actor, meetingId, 'meeting.view');
  const rows = await db
    .select({
      item: agendaItems,
      application: {
        id: applications.id,
        caseNumber: applications.caseNumber,
        title: applications.title,
        state: applications.state,
        amountAppliedOere: applications.amountAppliedOere,
        budgetLineId: applications.budgetLineId,
      },
      recommendation: recommendations,
      decision: decisions,
    })
    .from(agendaItems)
    .innerJoin(applications, eq(applications.id, agendaItems.applicationId))
    .leftJoin(recommendations, eq(recommendations.applicationId, agendaItems.applicationId))
    .leftJoin(decisions, eq(decisions.agendaItemId, agendaItems.id))
    .where(eq(agendaItems.meetingId, loaded.meeting.id))
    .orderBy(asc(agendaItems.position));
  const reviews = await submittedReviews(
    db,
    rows.map((r) => r.application.id),
  );
  const items = rows.map((r) => {
    const mine = reviews.filter((x) => x.applicationId === r.application.id);
    return {
      itemId: r.item.id,
      position: r.item.position,
      application: r.application,
      recommendation: r.recommendation,
      score: mine.length > 0 ? scoreApplication(loaded.pool.rubric, mine) : null,
      decision: r.decision,
    };
  });
  const lines = await db.select().from(budgetLines).where(eq(budgetLines.poolId, loaded.pool.id)).orderBy(asc(budgetLines.sortOrder));
  const balancesAt = new Date();
  const balances = await lineBalances(db, loaded.pool.id);
  const actions = actionOptions(meetingWorkflow, loaded.meeting.status, meetingRolesFor(actor, loaded.pool.organisationId), {
    decisionCount: items.filter((i) => i.decision !== null).length,
    itemCount: items.length,
    undecidedPositions: items.filter((i) => i.decision === null).map((i) => i.position),
  });
  return { ...loaded, items, lines, balances, balancesAt, actions };
}

export interface MeetingListRow {
  id: string;
  decisionBodyId: string;
  decisionBodyName: string;
  startsAt: Date;
  location: string;
  status: MeetingState;
  itemCount: number;
}

/** The pool's meeting calendar (every decision body), by date. No authorization: callers authorize. */
export async function meetingsOfPool(db: Db, poolId: string): Promise<MeetingListRow[]> {
  const rows = await db
    .select({
      id: meetings.id,
      decisionBodyId: meetings.decisionBodyId,
      decisionBodyName: decisionBodies.name,
      startsAt: meetings.startsAt,
      location: meetings.location,
      status: meetings.status,
    })
    .from(meetings)
    .innerJoin(decisionBodies, eq(decisionBodies.id, meetings.decisionBodyId))
    .where(eq(decisionBodies.poolId, poolId))
    .orderBy(asc(meetings.startsAt));
  const counts = rows.length
    ? await db
        .select({ meetingId: agendaItems.meetingId })
        .from(agendaItems)
        .where(
          inArray(
            agendaItems.meetingId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  return rows.map((r) => ({ ...r, itemCount: counts.filter((c) => c.meetingId === r.id).length }));
}
