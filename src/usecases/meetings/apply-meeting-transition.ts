import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { decisionBodies, meetings, pools } from '../../db/schema/pools.js';
import { meetingActionRefusal, meetingWorkflow, type MeetingAction, type MeetingState, type MeetingWorkflowContext } from '../../domain/meeting-workflow.js';
import { check } from '../../domain/workflow.js';
import { AppError, notFound } from '../../errors.js';
import { isUuid } from '../../domain/ids.js';
import { meetingRolesFor } from '../../policies/meetings.js';
import { rolesIn, type Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import type { MeetingRow } from './load-meeting.js';

export interface ApplyMeetingTransitionInput {
  meetingId: string;
  action: MeetingAction;
  /** Facts for the transition's guard (decisions recorded, items undecided, …). */
  ctx?: MeetingWorkflowContext;
  /** The audit event's name, where it is not `meeting.<action>`. */
  auditAction?: string;
  /** Extra facts for the audit event's `before` and `after`. */
  before?: Record<string, unknown>;
  details?: Record<string, unknown>;
  /** The time now (a clock the caller controls; default the system time): the guards compare it with the meeting's start. */
  now?: Date;
}

export interface ApplyMeetingTransitionResult {
  from: MeetingState;
  to: MeetingState;
  meeting: MeetingRow;
}

/**
 * The one way a meeting changes status. Call it inside a transaction: it locks the meeting row
 * (SELECT … FOR UPDATE), answers 404 to someone without any role in the meeting's organisation,
 * checks the meeting workflow table (status, action, role, guard), updates the status and writes the
 * audit event in the same transaction.
 *
 * Refusals: a role the table does not allow → FORBIDDEN (403); an action not possible in the status →
 * TRANSITION_NOT_ALLOWED (409) with the action's Danish message; a failed guard → TRANSITION_NOT_ALLOWED
 * with the guard's message.
 */
export async function applyMeetingTransition(tx: Db, actor: Actor, input: ApplyMeetingTransitionInput): Promise<ApplyMeetingTransitionResult> {
  if (!isUuid(input.meetingId)) throw notFound();
  const [meeting] = await tx.select().from(meetings).where(eq(meetings.id, input.meetingId)).for('update');
  if (!meeting) throw notFound();
  const [owner] = await tx
    .select({ organisationId: pools.organisationId })
    .from(decisionBodies)
    .innerJoin(pools, eq(pools.id, decisionBodies.poolId))
    .where(eq(decisionBodies.id, meeting.decisionBodyId));
  if (!owner || rolesIn(actor, owner.organisationId).length === 0) throw notFound();

  // The database's statuses are the table's: reading one as a MeetingState and writing r.to back would not compile otherwise.
  const from: MeetingState = meeting.status;
  // The start comes from the row itself, so a caller cannot claim a meeting has begun.
  const ctx: MeetingWorkflowContext = { ...input.ctx, startsAt: meeting.startsAt, now: input.now ?? new Date() };
  const r = check(meetingWorkflow, from, input.action, meetingRolesFor(actor, owner.organisationId), ctx);
  if (!r.allowed) {
    if (r.refusal.code === 'ROLE_NOT_ALLOWED') throw new AppError('FORBIDDEN', { message: r.refusal.message });
    const message = r.refusal.code === 'TRANSITION_NOT_ALLOWED' ? meetingActionRefusal[input.action] : r.refusal.message;
    throw new AppError('TRANSITION_NOT_ALLOWED', { message });
  }

  let row = meeting;
  if (r.to !== from) {
    const [updated] = await tx.update(meetings).set({ status: r.to }).where(eq(meetings.id, meeting.id)).returning();
    if (!updated) throw new Error('update returned no row');
    row = updated;
  }
  await recordAudit(tx, actor, {
    action: input.auditAction ?? `meeting.${input.action}`,
    objectType: 'meeting',
    objectId: meeting.id,
    organisationId: owner.organisationId,
    before: { status: from, ...input.before },
    after: { status: r.to, ...input.details },
  });
  return { from, to: r.to, meeting: row };
}
