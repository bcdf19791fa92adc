import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { projectChangeRequests, type YearMove } from '../../db/schema/project-outcomes.js';
import { todayInCopenhagen, formatDate } from '../../domain/dates.js';
import { isUuid } from '../../domain/ids.js';
import { AppError, notFound } from '../../errors.js';
import { mayDecideChange, requireWithin } from '../../policies/project-outcomes.js';
import { refuseAfterHandover } from '../ledger/handover-guard.js';
import { loadLedgerState, lockPool, postEntries, type NewEntry } from '../ledger/ledger-state.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { decideProjectChangeSchema } from './change-schema.js';
import { loadOutcomeProject } from './outcome-project.js';

/**
 * Approves or refuses a change request (the pool's changeDeciderRole: the secretariat or the decision
 * body). An approved move between years goes through the ledger: the amount is released from the
 * year it leaves (a `return`) and committed on the year it goes to (a `commitment`), on the same line,
 * refused when the target year lacks the money or the source year has less unpaid commitment.
 * A refused request moves nothing.
 */
export async function decideProjectChange(db: Db, actor: Actor, input: unknown): Promise<{ status: 'approved' | 'refused'; entryIds: string[] }> {
  const data = parseInput(decideProjectChangeSchema, input);
  if (!isUuid(data.changeId)) throw notFound();
  return db.transaction(async (tx) => {
    const { application, settings } = await loadOutcomeProject(tx, actor, data.applicationId, { forUpdate: true });
    requireWithin(actor, application.organisationId, mayDecideChange(actor, application, settings));
    const [change] = await tx
      .select()
      .from(projectChangeRequests)
      .where(and(eq(projectChangeRequests.id, data.changeId), eq(projectChangeRequests.applicationId, application.id)))
      .for('update');
    if (!change) throw notFound();
    if (change.status !== 'requested') {
      throw new AppError('CONFLICT', { message: { da: 'Ændringen er allerede afgjort.', en: 'The change has already been decided.' } });
    }
    let entryIds: string[] = [];
    if (data.decision === 'approve' && change.kind === 'move_years') {
      await refuseAfterHandover(tx, application.id);
      entryIds = await moveBetweenYears(tx, actor, application, change.yearMoves, `Ændring godkendt ${formatDate(todayInCopenhagen())}`, change.reason);
    }
    const status = data.decision === 'approve' ? 'approved' : 'refused';
    await tx
      .update(projectChangeRequests)
      .set({ status, decisionReason: data.reason, decidedByUserId: actor.userId, decidedAt: new Date(), ledgerEntryIds: entryIds })
      .where(eq(projectChangeRequests.id, change.id));
    await recordAudit(tx, actor, {
      action: status === 'approved' ? 'project.changeApproved' : 'project.changeRefused',
      objectType: 'application',
      objectId: application.id,
      organisationId: application.organisationId,
      before: { changeId: change.id, status: change.status },
      after: { changeId: change.id, status, kind: change.kind, reason: data.reason, entryIds },
    });
    return { status, entryIds };
  });
}

async function moveBetweenYears(
  tx: Db,
  actor: Actor,
  project: { id: string; poolId: string },
  moves: readonly YearMove[],
  reference: string,
  reason: string,
): Promise<string[]> {
  const pool = await lockPool(tx, project.poolId);
  const state = await loadLedgerState(tx, pool, [project.id]);
  const entries: NewEntry[] = moves.flatMap((m): NewEntry[] => [
    {
      budgetLineId: m.budgetLineId,
      year: m.fromYear,
      kind: 'return',
      amountOere: m.amountOere,
      applicationId: project.id,
      reference,
      reason: `Flyttet til ${m.toYear}: ${reason}`.slice(0, 2000),
    },
    {
      budgetLineId: m.budgetLineId,
      year: m.toYear,
      kind: 'commitment',
      amountOere: m.amountOere,
      applicationId: project.id,
      reference,
      reason: `Flyttet fra ${m.fromYear}: ${reason}`.slice(0, 2000),
    },
  ]);
  return postEntries(tx, actor, state, entries);
}
