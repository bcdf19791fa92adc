import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { applicationCoApplicants, applications } from '../../db/schema/applications.js';
import { followUpReports, projectConsultants, projects } from '../../db/schema/projects.js';
import { stateInfo, type ApplicationState } from '../../domain/application-workflow.js';
import { isUuid } from '../../domain/ids.js';
import { forbidden, notFound } from '../../errors.js';
import { mayReviewReport, mayViewProject, mayWriteReport, type ProjectRelation } from '../../policies/projects.js';
import type { ApplicationRow } from '../applications/apply-transition.js';
import { rolesIn, type Actor } from '../shared/actor.js';

export type ProjectRow = typeof projects.$inferSelect;
export type ReportRow = typeof followUpReports.$inferSelect;

/** Approved (not started yet), a project state, or closed: the case has a project page. */
export function isProjectState(state: ApplicationState): boolean {
  return state === 'approved' || state === 'closed' || stateInfo(state).stage === 'project';
}

export interface LoadedProject {
  application: ApplicationRow;
  /** Null until the actual start is recorded. */
  project: ProjectRow | null;
  relation: ProjectRelation;
}

/**
 * Loads a project and decides whether the actor may see it: another organisation (or no such case,
 * or a case that never became a project) → NOT_FOUND; the organisation's staff, the project's lead
 * and co-applicants and its assigned consultants may; anyone else of the organisation → FORBIDDEN.
 * `forUpdate` locks the application row (call inside a transaction).
 */
export async function loadProjectFor(db: Db, actor: Actor, applicationId: string, opts: { forUpdate?: boolean } = {}): Promise<LoadedProject> {
  if (!isUuid(applicationId)) throw notFound();
  const query = db.select().from(applications).where(eq(applications.id, applicationId));
  const [application] = opts.forUpdate ? await query.for('update') : await query;
  if (!application || rolesIn(actor, application.organisationId).length === 0) throw notFound();
  if (!isProjectState(application.state)) throw notFound();
  const relation = await relationOf(db, actor, application);
  if (!mayViewProject(actor, relation)) throw forbidden();
  const [project] = await db.select().from(projects).where(eq(projects.applicationId, application.id));
  return { application, project: project ?? null, relation };
}

export async function relationOf(db: Db, actor: Actor, application: Pick<ApplicationRow, 'id' | 'organisationId' | 'leadUserId'>): Promise<ProjectRelation> {
  const isLead = application.leadUserId === actor.userId;
  const [co] = await db
    .select({ userId: applicationCoApplicants.userId })
    .from(applicationCoApplicants)
    .where(and(eq(applicationCoApplicants.applicationId, application.id), eq(applicationCoApplicants.userId, actor.userId)));
  const [consultant] = await db
    .select({ userId: projectConsultants.userId })
    .from(projectConsultants)
    .where(and(eq(projectConsultants.applicationId, application.id), eq(projectConsultants.userId, actor.userId)));
  return { organisationId: application.organisationId, isLead, isCoApplicant: !isLead && co !== undefined, isAssignedConsultant: consultant !== undefined };
}

export interface LoadedReport extends LoadedProject {
  report: ReportRow;
  may: { write: boolean; review: boolean };
}

/** A report of a project the actor may see; NOT_FOUND when it belongs to another project. */
export async function loadReportFor(db: Db, actor: Actor, applicationId: string, reportId: string, opts: { forUpdate?: boolean } = {}): Promise<LoadedReport> {
  const loaded = await loadProjectFor(db, actor, applicationId, opts);
  if (!isUuid(reportId)) throw notFound();
  const query = db
    .select()
    .from(followUpReports)
    .where(and(eq(followUpReports.id, reportId), eq(followUpReports.applicationId, loaded.application.id)));
  const [report] = opts.forUpdate ? await query.for('update') : await query;
  if (!report) throw notFound();
  return {
    ...loaded,
    report,
    may: { write: mayWriteReport(actor, loaded.relation), review: mayReviewReport(actor, loaded.application.organisationId) },
  };
}
