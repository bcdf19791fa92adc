import { APPLICATION_STATES, applicationWorkflow, type ApplicationAction, type ApplicationState, type WorkflowRole } from '../domain/application-workflow.js';
import { availableActions } from '../domain/workflow.js';
import { AppError, forbidden, type Message } from '../errors.js';
import { rolesIn, type Actor } from '../usecases/shared/actor.js';
import { can } from './authorize.js';

/**
 * Object-level rules of ideas and applications, beside the role table (permissions.ts): who is the
 * lead applicant, who may see a draft, who may edit or submit, which workflow roles an actor holds
 * for one application, and who may assess or advise on an idea. Use cases load the facts (rows,
 * co-applicant and reviewer assignments) and ask these functions.
 */

/** The columns of an application these rules look at. */
export interface ApplicationFacts {
  organisationId: string;
  leadUserId: string;
  state: ApplicationState;
  currentVersion: number;
}

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

/** Facts that need a query, asked only when the rule gets to them. */
export interface ApplicationRelations {
  isCoApplicant: () => Promise<boolean>;
  isAssignedReviewer: () => Promise<boolean>;
}

export const ONLY_LEAD_SUBMITS: Message = {
  da: 'Kun den ansvarlige ansøger kan indsende ansøgningen.',
  en: 'Only the lead applicant can submit the application.',
};
export const ONLY_LEAD_WITHDRAWS: Message = {
  da: 'Kun den ansvarlige ansøger kan trække ansøgningen tilbage.',
  en: 'Only the lead applicant can withdraw the application.',
};
export const ONLY_LEAD_MANAGES: Message = {
  da: 'Kun den ansvarlige ansøger kan invitere og fjerne medansøgere.',
  en: 'Only the lead applicant can invite and remove co-applicants.',
};
export const NOT_EDITABLE: Message = {
  da: 'Ansøgningen er indsendt og kan ikke ændres nu. Sekretariatet kan bede dig om flere oplysninger.',
  en: 'The application has been submitted and cannot be changed now. The secretariat may ask you for more information.',
};

/** What the lead applicant may do in a state, by the workflow table (withdraw, submit, resubmit, …). */
export function applicantActions(state: ApplicationState): ApplicationAction[] {
  return availableActions(applicationWorkflow, state, ['applicant'], {});
}

/** States in which the applicants may change the content: those the lead can (re)submit from (draft, more information requested). */
export const EDITABLE_STATES: readonly ApplicationState[] = APPLICATION_STATES.filter((s) =>
  applicantActions(s).some((a) => a === 'submit' || a === 'resubmit'),
);

export function isLeadApplicant(actor: Actor, application: Pick<ApplicationFacts, 'leadUserId'>): boolean {
  return application.leadUserId === actor.userId;
}

/** Never submitted: only its applicants (and the secretariat) may see it. */
export function isUnsubmittedDraft(a: Pick<ApplicationFacts, 'state' | 'currentVersion'>): boolean {
  return a.state === 'draft' || (a.state === 'withdrawn' && a.currentVersion === 0);
}

/** Applicants may edit the content while the state allows it. */
export function mayEditApplication(isApplicant: boolean, application: Pick<ApplicationFacts, 'state'>): boolean {
  return isApplicant && EDITABLE_STATES.includes(application.state);
}

/**
 * Sees the application through a staff role: the secretariat (and admins) of its organisation,
 * drafts included (advice from the first draft); decision-body members and finance once it has
 * been submitted; reviewers only when assigned to it (and not after a declared conflict).
 */
export async function seesApplicationAsStaff(actor: Actor, application: ApplicationFacts, isAssignedReviewer: () => Promise<boolean>): Promise<boolean> {
  const org = application.organisationId;
  if (can(actor, 'application.viewAll', org)) return true;
  if (isUnsubmittedDraft(application)) return false;
  if (can(actor, 'application.viewSubmitted', org)) return true;
  return can(actor, 'assessment.review', org) && (await isAssignedReviewer());
}

/**
 * The workflow roles an actor holds for one application, from their organisation roles:
 * 'applicant' only for the lead applicant (co-applicants may edit but not submit or withdraw);
 * secretariat, reviewer and decision-body members of the application's organisation. Callers add
 * 'director' (or narrow 'reviewer' to assigned reviewers) where their area knows more.
 */
export function workflowRolesOf(actor: Actor, application: Pick<ApplicationFacts, 'organisationId' | 'leadUserId'>): WorkflowRole[] {
  const org = rolesIn(actor, application.organisationId);
  const roles: WorkflowRole[] = [];
  if (isLeadApplicant(actor, application)) roles.push('applicant');
  if (org.includes('secretariat')) roles.push('secretariat');
  if (org.includes('reviewer')) roles.push('reviewer');
  if (org.includes('decision_body')) roles.push('decision_body');
  return roles;
}

/**
 * Whether the actor may see the application, and as what. The caller has already answered 404 to
 * someone without any role in its organisation; anyone else of the organisation who is neither an
 * applicant of it nor staff who may see it gets FORBIDDEN (403): never others' drafts.
 */
export async function applicationAccessFor(actor: Actor, application: ApplicationFacts, relations: ApplicationRelations): Promise<ApplicationAccess> {
  const isLead = isLeadApplicant(actor, application);
  const isCoApplicant = !isLead && (await relations.isCoApplicant());
  const isApplicant = isLead || isCoApplicant;
  const isStaff = await seesApplicationAsStaff(actor, application, relations.isAssignedReviewer);
  if (!isApplicant && !isStaff) throw forbidden();
  return {
    isLead,
    isCoApplicant,
    isApplicant,
    isStaff,
    canEdit: mayEditApplication(isApplicant, application),
    roles: workflowRolesOf(actor, application),
  };
}

/** Only the lead applicant (submit, withdraw, co-applicants): others who are not applicants get the plain 403. */
export function assertLeadApplicant(access: Pick<ApplicationAccess, 'isApplicant' | 'isLead'>, message: Message): void {
  if (!access.isApplicant) throw forbidden();
  if (!access.isLead) throw new AppError('FORBIDDEN', { message });
}

/** Only its applicants, and only while the content may be changed (saving, attachments). */
export function assertMayEditContent(access: Pick<ApplicationAccess, 'isApplicant' | 'canEdit'>): void {
  if (!access.isApplicant) throw forbidden();
  if (!access.canEdit) throw new AppError('TRANSITION_NOT_ALLOWED', { message: NOT_EDITABLE });
}

/**
 * The printable copy of the submitted version: its applicants (lead and co-applicants) and the
 * secretariat of its organisation; other staff who read the case (reviewers, the decision body,
 * finance) get FORBIDDEN.
 */
export function assertMayPrintSubmittedCopy(
  actor: Actor,
  application: Pick<ApplicationFacts, 'organisationId'>,
  access: Pick<ApplicationAccess, 'isApplicant'>,
): void {
  if (mayPrintSubmittedCopy(actor, application, access)) return;
  throw new AppError('FORBIDDEN', {
    message: {
      da: 'Kun ansøgerne og sekretariatet kan udskrive ansøgningen.',
      en: 'Only the applicants and the secretariat can print the application.',
    },
  });
}

/** Whether the print link is shown (the same rule as the page). */
export function mayPrintSubmittedCopy(
  actor: Actor,
  application: Pick<ApplicationFacts, 'organisationId'>,
  access: Pick<ApplicationAccess, 'isApplicant'>,
): boolean {
  return access.isApplicant || can(actor, 'application.printCopy', application.organisationId);
}

// --- ideas ------------------------------------------------------------------------------------

export interface IdeaFacts {
  organisationId: string;
  authorUserId: string;
}

export interface IdeaAccess {
  isAuthor: boolean;
  /** The secretariat (or an admin) of the idea's organisation. */
  isSecretariat: boolean;
}

/** An idea is seen by its author and the secretariat of its organisation; anyone else of the organisation gets FORBIDDEN. */
export function ideaAccessFor(actor: Actor, idea: IdeaFacts): IdeaAccess {
  const isAuthor = idea.authorUserId === actor.userId;
  const isSecretariat = can(actor, 'idea.viewAll', idea.organisationId);
  if (!isAuthor && !isSecretariat) throw forbidden();
  return { isAuthor, isSecretariat };
}

/** Writes in the thread as the secretariat (advice with a topic), not as the idea's author replying. */
export function advisesAsSecretariat(access: IdeaAccess): boolean {
  return access.isSecretariat && !access.isAuthor;
}

export function mayAssessIdea(access: IdeaAccess): boolean {
  return access.isSecretariat;
}

/** Only the author turns the idea into an application. */
export function mayConvertIdea(access: IdeaAccess): boolean {
  return access.isAuthor;
}
