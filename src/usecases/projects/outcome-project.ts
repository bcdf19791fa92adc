import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { applicationCoApplicants, applications } from '../../db/schema/applications.js';
import { poolProjectSettings } from '../../db/schema/project-settings.js';
import { readContent, type ApplicationContent } from '../../domain/application-content.js';
import { isUuid } from '../../domain/ids.js';
import { notFound } from '../../errors.js';
import { DEFAULT_OUTCOME_ROLES, type OutcomeRoles } from '../../policies/project-outcomes.js';
import type { ApplicationRow } from '../applications/apply-transition.js';
import { rolesIn, type Actor } from '../shared/actor.js';

export interface OutcomeProject {
  application: ApplicationRow;
  content: ApplicationContent;
  settings: OutcomeRoles;
  /** The lead applicant or a co-applicant. */
  isApplicant: boolean;
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
  const isLead = application.leadUserId === actor.userId;
  const co = isLead
    ? []
    : await db
        .select({ userId: applicationCoApplicants.userId })
        .from(applicationCoApplicants)
        .where(and(eq(applicationCoApplicants.applicationId, application.id), eq(applicationCoApplicants.userId, actor.userId)));
  return {
    application,
    content: readContent(application.content),
    settings: await outcomeRolesOf(db, application.poolId),
    isApplicant: isLead || co.length > 0,
  };
}

/** Assigned consultants come from the follow-up area (helper P1); until merged nobody is assigned. */
export async function isAssignedConsultant(_db: Db, _applicationId: string, _userId: string): Promise<boolean> {
  return false;
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
