import type { ApplicationRow } from '../applications/apply-transition.js';
import { workflowRolesOf } from '../applications/apply-transition.js';
import type { WorkflowRole } from '../../domain/application-workflow.js';
import { rolesIn, type Actor } from '../shared/actor.js';

/**
 * The one place people become workflow roles for an application (assessment and decisions):
 *
 * - `applicant`: the lead applicant of this application only;
 * - `secretariat`, `decision_body`: members of the application's organisation with that role;
 * - `reviewer`: a member with the reviewer role who is *assigned* to this application (an active,
 *   non-conflicted review) — pass `assignedReviewer`; an unassigned reviewer has no workflow role;
 * - `director`: the deciders of a direct-decision line (Vejle's Innovation og Test). A user is a
 *   director when they hold the `decision_body` role in the application's organisation; the
 *   workflow's guard (LINE_NOT_DECIDED_DIRECTLY) then limits direct decisions to applications whose
 *   budget line has decisionMode 'direct'. Who they are by name is the line's `directDeciderLabel`.
 */
export function workflowRolesFor(
  actor: Actor,
  application: Pick<ApplicationRow, 'organisationId' | 'leadUserId'>,
  opts: { assignedReviewer?: boolean } = {},
): WorkflowRole[] {
  const roles: WorkflowRole[] = workflowRolesOf(actor, application).filter((r) => r !== 'reviewer');
  if (opts.assignedReviewer && rolesIn(actor, application.organisationId).includes('reviewer')) roles.push('reviewer');
  if (isDirector(actor, application.organisationId)) roles.push('director');
  return roles;
}

/** Holds the role that decides direct-decision lines in this organisation. */
export function isDirector(actor: Actor, organisationId: string): boolean {
  return rolesIn(actor, organisationId).includes('decision_body');
}
