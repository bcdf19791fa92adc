import { asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { applications } from '../../db/schema/applications.js';
import { agendaItems, decisions, recommendations } from '../../db/schema/assessment.js';
import { departments } from '../../db/schema/organisations.js';
import { budgetLines, decisionBodies, meetings } from '../../db/schema/pools.js';
import { readContent } from '../../domain/application-content.js';
import type { ApplicationState } from '../../domain/application-workflow.js';
import { meetingDisplayState, meetingWorkflow, type MeetingAction, type MeetingDisplayState, type MeetingState } from '../../domain/meeting-workflow.js';
import { businessCaseOfDraft } from '../applications/compute-business-case.js';
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
  /** The short case summary the agenda shows for the item. */
  summary: AgendaItemSummary;
}

/** What the agenda says about a case: its unit, summary, the amounts and the business case's figures. */
export interface AgendaItemSummary {
  /** The lead department (unit), if chosen. */
  department: string | null;
  summary: string;
  amountAppliedOere: number;
  /** The secretariat's recommended amount; null without a recommendation or when not recommended. */
  amountRecommendedOere: number | null;
  /** Net present value and payback year of the business case, where every figure is filled in. */
  npvOere: number | null;
  paybackYear: number | null;
  /** True when the business case has figures (NPV is then set; the payback year may fall outside the horizon). */
  hasBusinessCase: boolean;
}

export interface MeetingView extends LoadedMeeting {
  items: AgendaItemView[];
  lines: BudgetLineRow[];
  /** The pool's remaining money per line and year, computed now. */
  balances: LineYearBalance[];
  balancesAt: Date;
  /** Meeting workflow actions open to the actor now; a guard's refusal explains one that is not (yet). */
  actions: { action: MeetingAction; allowed: boolean; to?: MeetingState; refusal?: Refusal }[];
  /** What to show as the meeting's state now ("Afventer referat" once started without minutes). */
  displayState: MeetingDisplayState;
}

export const getMeetingSchema = z.object({ meetingId: z.string() });

/**
 * A meeting with its agenda: each item's recommendation, score summary and decision, and the pool's
 * remaining money per line and year at this moment (from the ledger). `now` (default the system
 * time) decides whether the meeting has started: the decision actions wait for the start.
 */
export async function getMeeting(db: Db, actor: Actor, input: unknown, now: Date = new Date()): Promise<MeetingView> {
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
      content: applications.content,
      department: departments.name,
      recommendation: recommendations,
      decision: decisions,
    })
    .from(agendaItems)
    .innerJoin(applications, eq(applications.id, agendaItems.applicationId))
    .leftJoin(departments, eq(departments.id, applications.leadDepartmentId))
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
      summary: itemSummary(r),
    };
  });
  const lines = await db.select().from(budgetLines).where(eq(budgetLines.poolId, loaded.pool.id)).orderBy(asc(budgetLines.sortOrder));
  const balancesAt = new Date();
  const balances = await lineBalances(db, loaded.pool.id);
  const actions = actionOptions(meetingWorkflow, loaded.meeting.status, meetingRolesFor(actor, loaded.pool.organisationId), {
    decisionCount: items.filter((i) => i.decision !== null).length,
    itemCount: items.length,
    undecidedPositions: items.filter((i) => i.decision === null).map((i) => i.position),
    startsAt: loaded.meeting.startsAt,
    now,
  });
  const displayState = meetingDisplayState(loaded.meeting.status, loaded.meeting.startsAt, now);
  return { ...loaded, items, lines, balances, balancesAt, actions, displayState };
}

function itemSummary(r: {
  application: { amountAppliedOere: number };
  content: Record<string, unknown>;
  department: string | null;
  recommendation: RecommendationRow | null;
}): AgendaItemSummary {
  const content = readContent(r.content);
  const figures = businessCaseOfDraft(content.businessCase);
  return {
    department: r.department,
    summary: content.summary ?? '',
    amountAppliedOere: r.application.amountAppliedOere,
    amountRecommendedOere: r.recommendation && r.recommendation.kind !== 'not_recommend' ? r.recommendation.amountOere : null,
    npvOere: figures?.npvOere ?? null,
    paybackYear: figures?.paybackYear ?? null,
    hasBusinessCase: figures !== null,
  };
}

export interface MeetingListRow {
  id: string;
  decisionBodyId: string;
  decisionBodyName: string;
  startsAt: Date;
  location: string;
  status: MeetingState;
  /** The state to show at `now` (see meetingDisplayState). */
  displayState: MeetingDisplayState;
  itemCount: number;
}

/** The pool's meeting calendar (every decision body), by date. No authorization: callers authorize. */
export async function meetingsOfPool(db: Db, poolId: string, now: Date = new Date()): Promise<MeetingListRow[]> {
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
  return rows.map((r) => ({
    ...r,
    displayState: meetingDisplayState(r.status, r.startsAt, now),
    itemCount: counts.filter((c) => c.meetingId === r.id).length,
  }));
}
