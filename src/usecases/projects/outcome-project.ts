import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { applications } from '../../db/schema/applications.js';
import { poolProjectSettings } from '../../db/schema/project-settings.js';
import { readContent, type ApplicationContent } from '../../domain/application-content.js';
import { isUuid } from '../../domain/ids.js';
import { notFound } from '../../errors.js';
import { DEFAULT_OUTCOME_ROLES, type OutcomeRoles } from '../../policies/project-outcomes.js';
import { isConsultantIn, type ProjectRelation } from '../../policies/projects.js';
import type { ApplicationRow } from '../applications/apply-transition.js';
import { rolesIn, type Actor } from '../shared/actor.js';
import { relationOf } from './load-project.js';

export interface OutcomeProject {
  application: ApplicationRow;
  content: ApplicationContent;
  settings: OutcomeRoles;
  /** The lead applicant or a co-applicant. */
  isApplicant: boolean;
  /** Lead, co-applicant, assigned consultant (project_consultants) — the same relation the follow-up side uses. */
  relation: ProjectRelation;
  /** Assigned to this project as a welfare-technology consultant (and still holding the role). */
  assignedConsultant: boolean;
}

/** The pool's outcome and change deciders (defaults when the pool has no settings row). */
export async function outcomeRolesOf(db: Db, poolId: string): Promise<OutcomeRoles> {
  const [row] = await db
    .select({ outcomeDeciderRole: poolProjectSettings.outcomeDeciderRole, changeDeciderRole: poolProjectSettings.changeDeciderRole })
    .from(poolProjectSettings)
    .where(eq(poolProjectSettings.poolId, poolId));
  return row ?? DEFAULT_OUTCOME_ROLES;
}

/**
 * A project (the approved application) for the outcome use cases: NOT_FOUND for a malformed or
 * unknown id and for anyone without a role in its organisation. What the actor may do with it is
 * each use case's policy call. `forUpdate` locks the row (inside a transaction).
 */
export async function loadOutcomeProject(db: Db, actor: Actor, applicationId: string, opts: { forUpdate?: boolean } = {}): Promise<OutcomeProject> {
  if (!isUuid(applicationId)) throw notFound();
  const query = db.select().from(applications).where(eq(applications.id, applicationId));
  const [application] = opts.forUpdate ? await query.for('update') : await query;
  if (!application) throw notFound();
  if (rolesIn(actor, application.organisationId).length === 0) throw notFound();
  const relation = await relationOf(db, actor, application);
  return {
    application,
    content: readContent(application.content),
    settings: await outcomeRolesOf(db, application.poolId),
    isApplicant: relation.isLead || relation.isCoApplicant,
    relation,
    assignedConsultant: relation.isAssignedConsultant && isConsultantIn(actor, application.organisationId),
  };
}

/**
 * For use cases that validate a large body: the project is looked up (404 in another organisation,
 * or when it does not exist) before the body's fields are checked, so a stranger learns nothing from
 * a validation message.
 */
export async function requireVisibleProject(db: Db, actor: Actor, input: unknown): Promise<void> {
  const applicationId = input && typeof input === 'object' ? (input as Record<string, unknown>).applicationId : undefined;
  await loadOutcomeProject(db, actor, typeof applicationId === 'string' ? applicationId : '');
}
