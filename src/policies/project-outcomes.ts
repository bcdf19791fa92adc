import type { OrgRole } from '../db/schema/accounts.js';
import { forbidden as forbiddenError, notFound as notFoundError } from '../errors.js';
import type { Actor } from '../usecases/shared/actor.js';
import { rolesIn } from '../usecases/shared/actor.js';
import { authorize, can } from './authorize.js';
import { mayViewProject, type ProjectRelation } from './projects.js';

/**
 * Who may evaluate a project, decide its outcome, hand it over, close it, ask for and decide
 * changes, and correct its grant — object-level rules beside the role table (permissions.ts).
 * Each `assert…` throws NOT_FOUND outside the project's organisation and FORBIDDEN without the role.
 */

export interface ProjectRef {
  organisationId: string;
  leadUserId: string;
}

/** The pool's project settings that name roles (defaults when the pool has no row). */
export interface OutcomeRoles {
  outcomeDeciderRole: OrgRole;
  changeDeciderRole: OrgRole;
}

export const DEFAULT_OUTCOME_ROLES: OutcomeRoles = { outcomeDeciderRole: 'decision_body', changeDeciderRole: 'secretariat' };

/**
 * Sees the evaluation, decision, handover and changes: whoever sees the project (policies/projects.ts:
 * its applicants, its assigned consultants, the organisation's project staff) or its portfolio.
 */
export function mayViewProjectOutcome(actor: Actor, project: ProjectRef, opts: { relation: ProjectRelation }): boolean {
  return mayViewProject(actor, opts.relation) || can(actor, 'portfolio.view', project.organisationId);
}

/** Writes the evaluation: the secretariat, or a welfare-technology consultant assigned to the project. */
export function mayWriteEvaluation(actor: Actor, project: ProjectRef, opts: { assignedConsultant: boolean }): boolean {
  if (!can(actor, 'evaluation.write', project.organisationId)) return false;
  return rolesIn(actor, project.organisationId).includes('secretariat') || opts.assignedConsultant;
}

/** Holds the role the pool names to decide run, scale up, extend or stop (Vejle: the administrative management). */
export function isOutcomeDecider(actor: Actor, project: ProjectRef, roles: OutcomeRoles): boolean {
  return can(actor, 'project.decideOutcome', project.organisationId) && rolesIn(actor, project.organisationId).includes(roles.outcomeDeciderRole);
}

export function assertOutcomeDecider(actor: Actor, project: ProjectRef, roles: OutcomeRoles): void {
  authorize(actor, 'project.decideOutcome', project.organisationId);
  if (!isOutcomeDecider(actor, project, roles)) throw forbiddenError();
}

/** The secretariat may stop a project too (the workflow's stop_project), besides the outcome decider. */
/** The role a recorded outcome decision is made in: the pool's decider, or the secretariat stopping a project. */
export function deciderRoleOf(actor: Actor, project: ProjectRef, roles: OutcomeRoles): OrgRole {
  return isOutcomeDecider(actor, project, roles) ? roles.outcomeDeciderRole : 'secretariat';
}

export function mayStopProject(actor: Actor, project: ProjectRef, roles: OutcomeRoles): boolean {
  return isOutcomeDecider(actor, project, roles) || rolesIn(actor, project.organisationId).includes('secretariat');
}

export function assertMayHandOver(actor: Actor, project: ProjectRef): void {
  authorize(actor, 'project.handover', project.organisationId);
}

/** Asks for a change: the project's lead applicant, or the secretariat. */
export function mayRequestChange(actor: Actor, project: ProjectRef): boolean {
  if (!can(actor, 'project.requestChange', project.organisationId)) return false;
  return project.leadUserId === actor.userId || rolesIn(actor, project.organisationId).includes('secretariat');
}

/** Approves or refuses a change: the role the pool names (secretariat or decision body). */
export function mayDecideChange(actor: Actor, project: ProjectRef, roles: OutcomeRoles): boolean {
  return can(actor, 'project.decideChange', project.organisationId) && rolesIn(actor, project.organisationId).includes(roles.changeDeciderRole);
}

/** Corrects a recorded grant decision (release or change a commitment): who adjusts the ledger. */
export function mayCorrectDecision(actor: Actor, project: ProjectRef): boolean {
  return can(actor, 'ledger.adjust', project.organisationId);
}

/** The portfolio of the organisation's pools. */
export function assertMayViewPortfolio(actor: Actor, organisationId: string): void {
  authorize(actor, 'portfolio.view', organisationId);
}

/** Throws NOT_FOUND outside the organisation, FORBIDDEN inside it when `allowed` is false. */
export function requireWithin(actor: Actor, organisationId: string, allowed: boolean): void {
  if (rolesIn(actor, organisationId).length === 0) throw notFoundError();
  if (!allowed) throw forbiddenError();
}
