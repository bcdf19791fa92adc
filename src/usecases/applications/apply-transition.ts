import { eq } from 'drizzle-orm';
import { isUuid } from '../../domain/ids.js';
import type { Db } from '../../db/client.js';
import { applications } from '../../db/schema/applications.js';
import {
  applicationWorkflow,
  type ApplicationAction,
  type ApplicationState,
  type ApplicationWorkflowContext,
  type WorkflowRole,
} from '../../domain/application-workflow.js';
import { TransitionRefused, transition } from '../../domain/workflow.js';
import { AppError, notFound } from '../../errors.js';
import { rolesIn, type Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';

export type ApplicationRow = typeof applications.$inferSelect;

/** States in which the decision is final; `decidedAt` is set when one is reached. */
const DECIDED: readonly ApplicationState[] = ['approved', 'rejected', 'rejected_ineligible'];

export interface ApplyTransitionInput {
  applicationId: string;
  action: ApplicationAction;
  /** Facts for the transition's guard (reviewer counts, direct-decision line, …). */
  ctx?: ApplicationWorkflowContext;
  /**
   * The workflow roles the actor holds for THIS application, decided by the caller
   * ('applicant' = the lead applicant only; see `workflowRolesOf`).
   */
  roles: readonly WorkflowRole[];
  /** Extra columns to set in the same update (e.g. `currentVersion` on submission). */
  changes?: Partial<Pick<ApplicationRow, 'currentVersion' | 'budgetLineId' | 'amountAppliedOere'>>;
  /** Extra facts for the audit event's `after` (a reason, a question, a meeting id, …). */
  details?: Record<string, unknown>;
}

export interface ApplyTransitionResult {
  from: ApplicationState;
  to: ApplicationState;
  application: ApplicationRow;
}

/**
 * The one way an application changes state. Call it inside a transaction: it locks the application
 * row (SELECT … FOR UPDATE), answers 404 to someone without any role in the application's
 * organisation, checks the workflow table (state, action, role, guard), updates the state and writes
 * the audit event `application.<action>` in the same transaction.
 *
 * Refusals: a role the table does not allow → FORBIDDEN (403) with the workflow's message; an action
 * not possible in the current state or a failed guard → TRANSITION_NOT_ALLOWED (409) with the
 * guard's Danish message.
 */
export async function applyTransition(tx: Db, actor: Actor, input: ApplyTransitionInput): Promise<ApplyTransitionResult> {
  if (!isUuid(input.applicationId)) throw notFound();
  const [row] = await tx.select().from(applications).where(eq(applications.id, input.applicationId)).for('update');
  if (!row) throw notFound();
  if (rolesIn(actor, row.organisationId).length === 0) throw notFound();

  const from = row.state;
  let to: ApplicationState;
  try {
    to = transition(applicationWorkflow, from, input.action, input.roles, input.ctx ?? {});
  } catch (err) {
    if (err instanceof TransitionRefused) throw refusalToAppError(err);
    throw err;
  }

  const now = new Date();
  const [updated] = await tx
    .update(applications)
    .set({
      ...input.changes,
      state: to,
      updatedAt: now,
      ...(to === 'submitted' ? { submittedAt: now } : {}),
      ...(DECIDED.includes(to) ? { decidedAt: now } : {}),
    })
    .where(eq(applications.id, row.id))
    .returning();
  if (!updated) throw new Error('update returned no row');

  await recordAudit(tx, actor, {
    action: `application.${input.action}`,
    objectType: 'application',
    objectId: row.id,
    organisationId: row.organisationId,
    before: { state: from },
    after: { state: to, ...input.changes, ...input.details },
  });
  return { from, to, application: updated };
}

export function refusalToAppError(err: TransitionRefused): AppError {
  if (err.code === 'ROLE_NOT_ALLOWED') return new AppError('FORBIDDEN', { message: err.refusal.message });
  return new AppError('TRANSITION_NOT_ALLOWED', { message: err.refusal.message });
}
