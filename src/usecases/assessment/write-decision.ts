import type { Db } from '../../db/client.js';
import { decisions } from '../../db/schema/assessment.js';
import type { YearAmount } from '../../domain/money.js';
import { validationFailed, type FieldErrors } from '../../errors.js';
import type { ApplicationRow } from '../applications/apply-transition.js';
import { commitFunds } from '../ledger/commit-funds.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import type { BudgetLineRow, PoolRow } from './load.js';
import { checkGrantLine, checkSplit, cleanSplit } from './money-split.js';

export type DecisionRow = typeof decisions.$inferSelect;

/** What a decision says, as the decision forms and API calls give it (amounts in øre). */
export interface DecisionDraft {
  outcome: 'approve' | 'reject' | 'defer';
  amountOere: number;
  split: readonly YearAmount[];
  conditions: string;
  reason: string;
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
}

/**
 * The one decision writer behind meeting and direct decisions, inside the caller's transaction: the
 * decision row; for an approval the commitment of its split on the line (commitFunds refuses with
 * INSUFFICIENT_FUNDS, and then nothing is written); the audit event `decision.recorded`. Call
 * `checkDecision` first; the application's state is the caller's (directly now, at a meeting when the
 * minutes are published).
 */
export async function writeDecision(tx: Db, actor: Actor, input: WriteDecisionInput): Promise<DecisionRow> {
  const { application, pool, line, draft, route } = input;
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
    },
  });
  return decision;
}
