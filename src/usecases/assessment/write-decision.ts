import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { meetings } from '../../db/schema/pools.js';
import { decisions } from '../../db/schema/assessment.js';
import { todayInCopenhagen } from '../../domain/dates.js';
import { formatKroner, type YearAmount } from '../../domain/money.js';
import { validationFailed, type FieldErrors } from '../../errors.js';
import type { ApplicationRow } from '../applications/apply-transition.js';
import { commitFunds } from '../ledger/commit-funds.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { enqueueCaseEvent } from '../webhooks/enqueue.js';
import type { BudgetLineRow, PoolRow } from './load.js';
import { checkBudgetYears, checkGrantLine, checkSplit, cleanSplit } from './money-split.js';

export type DecisionRow = typeof decisions.$inferSelect;

/** What a decision says, as the decision forms and API calls give it (amounts in øre). */
export interface DecisionDraft {
  outcome: 'approve' | 'reject' | 'defer';
  amountOere: number;
  split: readonly YearAmount[];
  conditions: string;
  reason: string;
  /** Why more than the amount applied for is granted (required then). */
  aboveAppliedReason?: string;
}

/**
 * The checks every decision passes, at a meeting or directly: an approval needs an amount, a grants
 * line of the pool and a split over the pool's years that adds up to the amount; a rejection needs the
 * reason told to the applicant. `more` adds the route's own field errors. Throws VALIDATION_FAILED.
 */
export function checkDecision(pool: PoolRow, line: BudgetLineRow | null, draft: DecisionDraft, more: FieldErrors = {}): void {
  const fields: FieldErrors = {};
  if (draft.outcome === 'approve') {
    if (draft.amountOere <= 0) fields.amountOere = 'Angiv det bevilgede beløb';
    Object.assign(fields, checkGrantLine(line), checkSplit(pool, draft.amountOere, cleanSplit(draft.split)), more);
  }
  if (draft.outcome === 'reject' && draft.reason === '') fields.reason = 'Skriv begrundelsen for afslaget. Den sendes til ansøgeren.';
  if (Object.keys(fields).length > 0) throw validationFailed(fields);
}

export interface WriteDecisionInput {
  application: ApplicationRow;
  pool: PoolRow;
  /** The line an approval is granted from (checked by `checkDecision`). */
  line: BudgetLineRow | null;
  draft: DecisionDraft;
  /** Decided directly, or on this meeting's agenda item. */
  route: { kind: 'direct' } | { kind: 'meeting'; meetingId: string; agendaItemId: string };
  /** What the grant rests on, for the ledger ("Velfærdsteknologirådet 11. marts 2026, punkt 3"). */
  reference: (decision: DecisionRow) => string;
  /**
   * Copenhagen's date the decision is made, which decides the budget years that have ended. Default:
   * a meeting's decision is made on the meeting's day (the minutes may be written later), a direct
   * decision today.
   */
  today?: string;
}

/** The day a decision is made: the meeting's day in Copenhagen, or today for a direct decision. */
async function decisionDay(tx: Db, route: WriteDecisionInput['route']): Promise<string> {
  if (route.kind === 'direct') return todayInCopenhagen();
  const [m] = await tx.select({ startsAt: meetings.startsAt }).from(meetings).where(eq(meetings.id, route.meetingId));
  return todayInCopenhagen(m?.startsAt ?? new Date());
}

/**
 * The checks of an approval against the application and the day: no money for a budget year that has
 * ended (unless the pool's carry-over decides otherwise, `closedBudgetYear`), and more than the amount
 * applied for only with a stated reason. Throws VALIDATION_FAILED.
 */
export function checkApproval(application: Pick<ApplicationRow, 'amountAppliedOere'>, pool: PoolRow, draft: DecisionDraft, today: string): void {
  if (draft.outcome !== 'approve') return;
  const fields: FieldErrors = checkBudgetYears(pool, draft.split, today);
  if (draft.amountOere > application.amountAppliedOere && (draft.aboveAppliedReason ?? '') === '') {
    fields.aboveAppliedReason = `Beløbet er større end det ansøgte (${formatKroner(application.amountAppliedOere)}). Skriv, hvorfor der bevilges mere.`;
  }
  if (Object.keys(fields).length > 0) throw validationFailed(fields);
}

/**
 * The one decision writer behind meeting and direct decisions, inside the caller's transaction: the
 * decision row; for an approval the commitment of its split on the line (commitFunds refuses with
 * INSUFFICIENT_FUNDS, and then nothing is written); the audit event `decision.recorded`. Refuses an
 * approval for an ended budget year or above the amount applied for without a reason (`checkApproval`,
 * on `input.today`). Call `checkDecision` first; the application's state is the caller's (directly now, at a meeting when the
 * minutes are published).
 */
export async function writeDecision(tx: Db, actor: Actor, input: WriteDecisionInput): Promise<DecisionRow> {
  const { application, pool, line, draft, route } = input;
  checkApproval(application, pool, draft, input.today ?? (await decisionDay(tx, route)));
  const approved = draft.outcome === 'approve';
  const split = cleanSplit(draft.split);
  const [decision] = await tx
    .insert(decisions)
    .values({
      applicationId: application.id,
      route: route.kind,
      ...(route.kind === 'meeting' ? { meetingId: route.meetingId, agendaItemId: route.agendaItemId } : {}),
      outcome: draft.outcome,
      amountOere: approved ? draft.amountOere : 0,
      budgetLineId: line?.id ?? null,
      split: approved ? split : [],
      conditions: approved ? draft.conditions : '',
      reason: draft.reason,
      aboveAppliedReason: approved && draft.amountOere > application.amountAppliedOere ? (draft.aboveAppliedReason ?? '') : '',
      decidedByUserId: actor.userId,
    })
    .returning();
  if (!decision) throw new Error('insert returned no row');
  if (approved && line) {
    await commitFunds(tx, actor, {
      poolId: pool.id,
      budgetLineId: line.id,
      applicationId: application.id,
      split,
      reference: input.reference(decision).slice(0, 500),
      reason: `Bevilget: ${application.caseNumber} ${application.title}`.slice(0, 2000),
    });
  }
  await recordAudit(tx, actor, {
    action: 'decision.recorded',
    objectType: 'application',
    objectId: application.id,
    organisationId: pool.organisationId,
    after: {
      decisionId: decision.id,
      route: route.kind,
      ...(route.kind === 'meeting' ? { meetingId: route.meetingId } : {}),
      outcome: draft.outcome,
      amountOere: decision.amountOere,
      budgetLineId: line?.id ?? null,
      split,
      reason: draft.reason,
      ...(decision.aboveAppliedReason ? { aboveAppliedReason: decision.aboveAppliedReason } : {}),
    },
  });
  await enqueueCaseEvent(tx, {
    event: 'decided',
    applicationId: application.id,
    document: { kind: 'decision', title: 'Afgørelse', body: decisionDocument(decision) },
  });
  return decision;
}

/** The decision as the journalisation webhook carries it (the figures and the texts told to the applicant). */
const decisionDocument = (d: DecisionRow): Record<string, unknown> => ({
  outcome: d.outcome,
  route: d.route,
  amountOere: d.amountOere,
  split: d.split,
  conditions: d.conditions,
  reason: d.reason,
  aboveAppliedReason: d.aboveAppliedReason,
  decidedAt: d.decidedAt.toISOString(),
});
