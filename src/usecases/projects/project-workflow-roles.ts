import type { WorkflowRole } from '../../domain/application-workflow.js';
import { isOutcomeDecider, type OutcomeRoles } from '../../policies/project-outcomes.js';
import { workflowRolesOf, type ApplicationRow } from '../applications/apply-transition.js';
import { rolesIn, type Actor } from '../shared/actor.js';

/**
 * The one place people become workflow roles for a project (after the grant), on top of
 * `workflowRolesOf` (lead applicant, secretariat, decision body):
 *
 * - `consultant`: a member with the consultant role who is assigned to this project — pass
 *   `assignedConsultant` (the follow-up area knows the assignments);
 * - `outcome_decider`: a member holding the role the pool names in pool_project_settings
 *   (`outcomeDeciderRole`; Vejle: the administrative management = decision_body).
 */
export function projectWorkflowRoles(
  actor: Actor,
  application: Pick<ApplicationRow, 'organisationId' | 'leadUserId'>,
  settings: OutcomeRoles,
  opts: { assignedConsultant?: boolean } = {},
): WorkflowRole[] {
  const roles: WorkflowRole[] = workflowRolesOf(actor, application).filter((r) => r !== 'reviewer');
  if (opts.assignedConsultant && rolesIn(actor, application.organisationId).includes('consultant')) roles.push('consultant');
  if (isOutcomeDecider(actor, application, settings)) roles.push('outcome_decider');
  return roles;
}
