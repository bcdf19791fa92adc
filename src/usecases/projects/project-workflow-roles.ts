import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { poolProjectSettings } from '../../db/schema/project-settings.js';
import type { WorkflowRole } from '../../domain/application-workflow.js';
import { DEFAULT_OUTCOME_ROLES, isOutcomeDecider, type OutcomeRoles } from '../../policies/project-outcomes.js';
import { isConsultantIn, type ProjectRelation } from '../../policies/projects.js';
import { workflowRolesOf, type ApplicationRow } from '../applications/apply-transition.js';
import type { Actor } from '../shared/actor.js';

/**
 * The one place people become workflow roles for a project (after the grant), on top of
 * `workflowRolesOf` (lead applicant, secretariat, decision body):
 *
 * - `consultant`: a member with the consultant role who is assigned to this project;
 * - `outcome_decider`: a member holding the role the pool names in pool_project_settings
 *   (`outcomeDeciderRole`; Vejle: the administrative management = decision_body).
 */
export function projectWorkflowRolesWith(
  actor: Actor,
  application: Pick<ApplicationRow, 'organisationId' | 'leadUserId'>,
  settings: OutcomeRoles,
  opts: { assignedConsultant?: boolean } = {},
): WorkflowRole[] {
  const roles: WorkflowRole[] = workflowRolesOf(actor, application).filter((r) => r !== 'reviewer');
  if (opts.assignedConsultant && isConsultantIn(actor, application.organisationId)) roles.push('consultant');
  if (isOutcomeDecider(actor, application, settings)) roles.push('outcome_decider');
  return roles;
}

/** The same, loading the pool's settings (defaults when the pool has none). */
export async function projectWorkflowRoles(
  db: Db,
  actor: Actor,
  application: Pick<ApplicationRow, 'organisationId' | 'leadUserId' | 'poolId'>,
  relation: Pick<ProjectRelation, 'isAssignedConsultant'>,
): Promise<WorkflowRole[]> {
  const [settings] = await db
    .select({ outcomeDeciderRole: poolProjectSettings.outcomeDeciderRole, changeDeciderRole: poolProjectSettings.changeDeciderRole })
    .from(poolProjectSettings)
    .where(eq(poolProjectSettings.poolId, application.poolId));
  return projectWorkflowRolesWith(actor, application, settings ?? DEFAULT_OUTCOME_ROLES, { assignedConsultant: relation.isAssignedConsultant });
}
