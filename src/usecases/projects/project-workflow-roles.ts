import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { poolProjectSettings } from '../../db/schema/project-settings.js';
import type { WorkflowRole } from '../../domain/application-workflow.js';
import type { ProjectRelation } from '../../policies/projects.js';
import { holdsOutcomeDeciderRole, isConsultantIn } from '../../policies/projects.js';
import { workflowRolesOf, type ApplicationRow } from '../applications/apply-transition.js';
import type { Actor } from '../shared/actor.js';

/**
 * The workflow roles an actor holds for a project (for `applyTransition` on the project's actions):
 * those of the application (lead applicant, secretariat, …), plus
 * - `consultant` when assigned to this project and still holding the consultant role;
 * - `outcome_decider` when holding the role the pool names in pool_project_settings (default the decision body).
 */
export async function projectWorkflowRoles(
  db: Db,
  actor: Actor,
  application: Pick<ApplicationRow, 'organisationId' | 'leadUserId' | 'poolId'>,
  relation: Pick<ProjectRelation, 'isAssignedConsultant'>,
): Promise<WorkflowRole[]> {
  const roles = workflowRolesOf(actor, application);
  if (relation.isAssignedConsultant && isConsultantIn(actor, application.organisationId)) roles.push('consultant');
  const [settings] = await db
    .select({ role: poolProjectSettings.outcomeDeciderRole })
    .from(poolProjectSettings)
    .where(eq(poolProjectSettings.poolId, application.poolId));
  if (holdsOutcomeDeciderRole(actor, application.organisationId, settings?.role)) roles.push('outcome_decider');
  return roles;
}
