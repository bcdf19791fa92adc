import type { OrgRole } from '../db/schema/accounts.js';
import type { WorkflowRole } from '../domain/application-workflow.js';
import { rolesIn, type Actor } from '../usecases/shared/actor.js';
import { can } from './authorize.js';
import { permissions, type Permission } from './permissions.js';

/**
 * The assessment area's object-level rules, beside the role table: who is an application's assigned
 * reviewer, who decides directly, and which workflow roles a person holds for one application.
 */

/** The organisation roles a permission is granted to (e.g. the members to notify, the reviewers to pick from). */
export const rolesWith = (permission: Permission): readonly OrgRole[] => permissions[permission];

/** A reviewer's assignment to one application, as far as access is concerned. */
export interface ReviewAssignment {
  reviewerUserId: string;
  status: 'assigned' | 'accepted' | 'conflict' | 'submitted' | 'removed';
}

/** Assignments that count: assigned and neither removed nor given up for a conflict of interest. */
export const ACTIVE_REVIEW_STATUSES = ['assigned', 'accepted', 'submitted'] as const satisfies readonly ReviewAssignment['status'][];

/**
 * The actor is this application's assigned reviewer: the assignment is theirs and active (not removed,
 * no declared conflict). Only they score it.
 */
export function isAssignedReviewer(actor: Actor, review: ReviewAssignment | null | undefined): review is ReviewAssignment {
  return !!review && review.reviewerUserId === actor.userId && (ACTIVE_REVIEW_STATUSES as readonly string[]).includes(review.status);
}

/**
 * The actor may open their review of this application (and declare conflict of interest): the
 * assignment is theirs and not removed — one who declared a conflict still sees that they did.
 */
export function mayOpenReview(actor: Actor, review: ReviewAssignment | null | undefined): review is ReviewAssignment {
  return !!review && review.reviewerUserId === actor.userId && review.status !== 'removed';
}

/**
 * Decides the applications of direct-decision lines in this organisation (Vejle's directors for
 * Innovation og Test): the `decision.direct` permission. The workflow's guard limits them to
 * applications whose line is decided directly; who they are by name is the line's `directDeciderLabel`.
 */
export function decidesDirectly(actor: Actor, organisationId: string): boolean {
  return can(actor, 'decision.direct', organisationId);
}

/**
 * The one place people become workflow roles for an application (assessment and decisions):
 *
 * - `applicant`: the lead applicant of this application only;
 * - `secretariat`, `decision_body`: members of the application's organisation with that role;
 * - `reviewer`: the *assigned* reviewer (see `isAssignedReviewer`) — pass `assignedReviewer`; an
 *   unassigned reviewer has no workflow role;
 * - `director`: decides direct-decision lines (`decidesDirectly`).
 */
export function workflowRolesFor(
  actor: Actor,
  application: { organisationId: string; leadUserId: string },
  opts: { assignedReviewer?: boolean } = {},
): WorkflowRole[] {
  const org = rolesIn(actor, application.organisationId);
  const roles: WorkflowRole[] = [];
  if (application.leadUserId === actor.userId) roles.push('applicant');
  if (org.includes('secretariat')) roles.push('secretariat');
  if (org.includes('decision_body')) roles.push('decision_body');
  if (opts.assignedReviewer && org.includes('reviewer')) roles.push('reviewer');
  if (decidesDirectly(actor, application.organisationId)) roles.push('director');
  return roles;
}
