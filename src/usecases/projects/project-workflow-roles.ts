import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { poolProjectSettings } from '../../db/schema/project-settings.js';
import type { WorkflowRole } from '../../domain/application-workflow.js';
import { projectWorkflowRolesWith } from '../../policies/projects.js';
import { DEFAULT_OUTCOME_ROLES } from '../../policies/project-outcomes.js';
import type { ProjectRelation } from '../../policies/projects.js';
import type { ApplicationRow } from '../applications/apply-transition.js';
import type { Actor } from '../shared/actor.js';

/** The workflow roles an actor holds for a project (policies/projects.ts), with the pool's settings loaded (defaults when it has none). */
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
