import { eq, or } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { applications } from '../../db/schema/applications.js';
import { projectHandovers } from '../../db/schema/project-outcomes.js';
import { projects } from '../../db/schema/projects.js';

export interface TechnologyInUse {
  /** The technology as the unit knows it: the project's title. */
  name: string;
  applicationId: string;
  caseNumber: string;
  /** 'handover': in operation in this unit; 'project': the unit's started project (in trial). */
  source: 'handover' | 'project';
  /** The training plans the application and the handover describe ('' when none). */
  applicationPlan: string;
  handoverPlan: string;
}

/**
 * The technologies a unit uses, from its projects: those the unit leads that have started, and those
 * handed over to it for operation (the handover's owner unit). One query.
 */
export async function technologiesInUse(db: Db, departmentId: string): Promise<TechnologyInUse[]> {
  const rows = await db
    .select({
      applicationId: applications.id,
      title: applications.title,
      caseNumber: applications.caseNumber,
      content: applications.content,
      leadDepartmentId: applications.leadDepartmentId,
      started: projects.applicationId,
      ownerDepartmentId: projectHandovers.ownerDepartmentId,
      handoverPlan: projectHandovers.trainingPlan,
    })
    .from(applications)
    .leftJoin(projects, eq(projects.applicationId, applications.id))
    .leftJoin(projectHandovers, eq(projectHandovers.applicationId, applications.id))
    .where(or(eq(applications.leadDepartmentId, departmentId), eq(projectHandovers.ownerDepartmentId, departmentId)))
    .orderBy(applications.title);
  return rows
    .filter((r) => r.ownerDepartmentId === departmentId || (r.started !== null && r.ownerDepartmentId === null))
    .map((r) => ({
      name: r.title,
      applicationId: r.applicationId,
      caseNumber: r.caseNumber,
      source: r.ownerDepartmentId === departmentId ? 'handover' : 'project',
      applicationPlan: typeof r.content.trainingPlan === 'string' ? r.content.trainingPlan : '',
      handoverPlan: r.handoverPlan ?? '',
    }));
}
