import { workflowRolesOf } from './applications.js';
import { isOutcomeDecider, type OutcomeRoles } from './project-outcomes.js';
import type { WorkflowRole } from '../domain/application-workflow.js';
import type { OrgRole } from '../db/schema/accounts.js';
import type { Actor } from '../usecases/shared/actor.js';
import { rolesIn } from '../usecases/shared/actor.js';
import { can } from './authorize.js';
import { permissions } from './permissions.js';

/**
 * Object-level rules for projects after the grant, beside the role table (permissions.ts):
 * who sees a project, starts it, writes its reports and reviews them. `relation` is what the use
 * case knows about the actor and this project (lead, co-applicant, assigned consultant).
 */
export interface ProjectRelation {
  organisationId: string;
  isLead: boolean;
  isCoApplicant: boolean;
  /** Assigned to this project as a welfare-technology consultant. */
  isAssignedConsultant: boolean;
}

/** Holds the consultant role in the organisation (may be assigned to its projects). */
export const isConsultantIn = (actor: Actor, organisationId: string): boolean => rolesIn(actor, organisationId).includes('consultant');

/** An assigned consultant who still holds the role. */
const actsAsConsultant = (actor: Actor, r: ProjectRelation) => r.isAssignedConsultant && isConsultantIn(actor, r.organisationId);

/** Sees the organisation's projects through a staff role (secretariat, decision body, finance, admin) — consultants only their own. */
export function seesAllProjects(actor: Actor, organisationId: string): boolean {
  const staff: readonly string[] = permissions['project.view'].filter((role) => role !== 'consultant');
  return rolesIn(actor, organisationId).some((role) => staff.includes(role));
}

/** The project's applicants, its assigned consultants and the organisation's staff see it. */
export function mayViewProject(actor: Actor, r: ProjectRelation): boolean {
  return r.isLead || r.isCoApplicant || actsAsConsultant(actor, r) || seesAllProjects(actor, r.organisationId);
}

/** The secretariat or the project lead records the actual start (igangsat). */
export function mayStartProject(actor: Actor, r: ProjectRelation): boolean {
  return r.isLead || can(actor, 'project.manage', r.organisationId);
}

/** Milestones and consultants: the secretariat; milestones also the project lead. */
export function mayManageProject(actor: Actor, organisationId: string): boolean {
  return can(actor, 'project.manage', organisationId);
}
export function mayRecordMilestone(actor: Actor, r: ProjectRelation): boolean {
  return r.isLead || mayManageProject(actor, r.organisationId);
}

/** The lead and co-applicants of the project and its assigned consultants write and submit its reports. */
export function mayWriteReport(actor: Actor, r: ProjectRelation): boolean {
  return r.isLead || r.isCoApplicant || actsAsConsultant(actor, r);
}

/** The secretariat accepts a report or asks for changes; adds, moves or skips reports. */
export function mayReviewReport(actor: Actor, organisationId: string): boolean {
  return can(actor, 'report.review', organisationId);
}

/** The reports-due table and its exports. */
export function mayViewReportsDue(actor: Actor, organisationId: string): boolean {
  return can(actor, 'report.viewDue', organisationId);
}

/** The pool's reminder offsets: whoever may change the pool. */
export function mayChangeProjectSettings(actor: Actor, organisationId: string): boolean {
  return can(actor, 'pool.update', organisationId);
}

/** The organisation role a consultant holds (only such members can be assigned to projects). */
export const isConsultantRole = (role: OrgRole): boolean => role === 'consultant';

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
  application: { organisationId: string; leadUserId: string },
  settings: OutcomeRoles,
  opts: { assignedConsultant?: boolean } = {},
): WorkflowRole[] {
  const roles: WorkflowRole[] = workflowRolesOf(actor, application).filter((r) => r !== 'reviewer');
  if (opts.assignedConsultant && isConsultantIn(actor, application.organisationId)) roles.push('consultant');
  if (isOutcomeDecider(actor, application, settings)) roles.push('outcome_decider');
  return roles;
}
