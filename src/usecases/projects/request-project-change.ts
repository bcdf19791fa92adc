import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { projectChangeRequests } from '../../db/schema/project-outcomes.js';
import { budgetLines } from '../../db/schema/pools.js';
import { AppError, validationFailed } from '../../errors.js';
import { mayRequestChange, requireWithin } from '../../policies/project-outcomes.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { CHANGEABLE_STATES, requestProjectChangeSchema } from './change-schema.js';
import { loadOutcomeProject } from './outcome-project.js';

/**
 * A project asks to extend its end date or move money between years (on its commitment) or cost
 * types (in its budget). The lead applicant or the secretariat asks; the pool's changeDeciderRole
 * approves or refuses (decideProjectChange).
 */
export async function requestProjectChange(db: Db, actor: Actor, input: unknown): Promise<{ id: string }> {
  const data = parseInput(requestProjectChangeSchema, input);
  return db.transaction(async (tx) => {
    const { application } = await loadOutcomeProject(tx, actor, data.applicationId, { forUpdate: true });
    requireWithin(actor, application.organisationId, mayRequestChange(actor, application));
    if (!(CHANGEABLE_STATES as readonly string[]).includes(application.state)) {
      throw new AppError('TRANSITION_NOT_ALLOWED', {
        message: { da: 'Der kan kun søges om ændringer, mens projektet kører.', en: 'Changes can only be requested while the project runs.' },
      });
    }
    const yearMoves = data.kind === 'move_years' ? data.yearMoves : [];
    const lineIds = [...new Set(yearMoves.map((m) => m.budgetLineId))];
    if (lineIds.length > 0) {
      const own = await tx
        .select({ id: budgetLines.id })
        .from(budgetLines)
        .where(and(eq(budgetLines.poolId, application.poolId), inArray(budgetLines.id, lineIds)));
      if (own.length !== lineIds.length) throw validationFailed({ 'yearMoves.0.budgetLineId': 'Vælg en af puljens budgetlinjer' });
    }
    const [row] = await tx
      .insert(projectChangeRequests)
      .values({
        applicationId: application.id,
        kind: data.kind,
        reason: data.reason,
        newEndDate: data.kind === 'extend_end_date' ? data.newEndDate : null,
        yearMoves,
        costTypeMoves: data.kind === 'move_cost_types' ? data.costTypeMoves : [],
        requestedByUserId: actor.userId,
        ledgerEntryIds: [],
      })
      .returning({ id: projectChangeRequests.id });
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, actor, {
      action: 'project.changeRequested',
      objectType: 'application',
      objectId: application.id,
      organisationId: application.organisationId,
      after: { changeId: row.id, kind: data.kind, reason: data.reason, newEndDate: data.newEndDate, yearMoves, costTypeMoves: data.costTypeMoves },
    });
    return row;
  });
}
