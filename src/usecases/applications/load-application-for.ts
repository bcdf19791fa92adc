import { and, eq } from 'drizzle-orm';
import { isUuid } from '../../domain/ids.js';
import type { Db } from '../../db/client.js';
import { applicationCoApplicants, applications } from '../../db/schema/applications.js';
import type { ApplicationState, WorkflowRole } from '../../domain/application-workflow.js';
import { forbidden, notFound } from '../../errors.js';
import { can } from '../../policies/authorize.js';
import { rolesIn, type Actor } from '../shared/actor.js';
import { isAssignedReviewer } from '../assessment/information-requests.js';
import { workflowRolesOf, type ApplicationRow } from './apply-transition.js';

/** States in which the applicants (lead and co-applicants) may change the content. */
export const EDITABLE_STATES: readonly ApplicationState[] = ['draft', 'more_info_requested'];

export interface ApplicationAccess {
  isLead: boolean;
  isCoApplicant: boolean;
  /** The lead or a co-applicant. */
  isApplicant: boolean;
  /** Sees it through a staff role (secretariat, reviewer, decision body, finance, admin). */
  isStaff: boolean;
  /** May change the content now (an applicant, and the state allows it). */
  canEdit: boolean;
  /** The workflow roles for this application (for `applyTransition`). */
  roles: WorkflowRole[];
}

export interface LoadedApplication {
  application: ApplicationRow;
  access: ApplicationAccess;
}

/** Never submitted: only its applicants (and the secretariat) may see it. */
export function isUnsubmittedDraft(a: Pick<ApplicationRow, 'state' | 'currentVersion'>): boolean {
  return a.state === 'draft' || (a.state === 'withdrawn' && a.currentVersion === 0);
}

/**
 * Loads an application and decides whether the actor may see it:
 * - no role in its organisation (or no such application, or a malformed id) → NOT_FOUND (404);
 * - its lead and co-applicants may;
 * - the secretariat (and admins) of its organisation may, drafts included (advice from the first draft);
 * - decision-body members and finance of its organisation may once it has been submitted, reviewers
 *   only when assigned to it;
 * - anyone else of the organisation (another applicant) → FORBIDDEN (403): never others' drafts.
 * `forUpdate` locks the row (call inside a transaction).
 */
export async function loadApplicationFor(db: Db, actor: Actor, applicationId: string, opts: { forUpdate?: boolean } = {}): Promise<LoadedApplication> {
  if (!isUuid(applicationId)) throw notFound();
  const query = db.select().from(applications).where(eq(applications.id, applicationId));
  const [application] = opts.forUpdate ? await query.for('update') : await query;
  if (!application) throw notFound();
  if (rolesIn(actor, application.organisationId).length === 0) throw notFound();

  const isLead = application.leadUserId === actor.userId;
  const isCoApplicant =
    !isLead &&
    (
      await db
        .select({ userId: applicationCoApplicants.userId })
        .from(applicationCoApplicants)
        .where(and(eq(applicationCoApplicants.applicationId, application.id), eq(applicationCoApplicants.userId, actor.userId)))
    ).length > 0;
  const isApplicant = isLead || isCoApplicant;
  const submitted = !isUnsubmittedDraft(application);
  const isStaff =
    can(actor, 'application.viewAll', application.organisationId) ||
    (submitted && can(actor, 'application.viewSubmitted', application.organisationId)) ||
    // Reviewers see only the applications assigned to them (and lose them on a declared conflict).
    (submitted && rolesIn(actor, application.organisationId).includes('reviewer') && (await isAssignedReviewer(db, application.id, actor.userId)));
  if (!isApplicant && !isStaff) throw forbidden();

  return {
    application,
    access: {
      isLead,
      isCoApplicant,
      isApplicant,
      isStaff,
      canEdit: isApplicant && EDITABLE_STATES.includes(application.state),
      roles: workflowRolesOf(actor, application),
    },
  };
}
