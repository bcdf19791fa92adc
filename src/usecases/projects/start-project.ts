import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { pools } from '../../db/schema/pools.js';
import { followUpReports, projectMilestones, projects } from '../../db/schema/projects.js';
import { readContent } from '../../domain/application-content.js';
import { reportSchedule } from '../../domain/follow-up.js';
import { AppError, forbidden } from '../../errors.js';
import { mayStartProject } from '../../policies/projects.js';
import { applyTransition } from '../applications/apply-transition.js';
import { scheduleReportReminders } from '../scheduler/report-reminders.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { loadProjectFor } from './load-project.js';
import { projectWorkflowRoles } from './project-workflow-roles.js';
import { dateSchema, optionalDateSchema } from './schemas.js';

export const startProjectSchema = z
  .object({
    applicationId: z.string(),
    /** The actual start (igangsat); the follow-up reports are due months after it. */
    startedOn: dateSchema('startdatoen'),
    plannedEndOn: optionalDateSchema('den planlagte slutdato').default(null),
  })
  .refine((d) => d.plannedEndOn === null || d.plannedEndOn > d.startedOn, { error: 'Slutdatoen skal ligge efter startdatoen', path: ['plannedEndOn'] });

export interface StartProjectResult {
  applicationId: string;
  startedOn: string;
  reports: { id: string; title: string; dueOn: string }[];
}

export const scheduledReportTitle = (months: number) => `Opfølgning efter ${months} måneder`;

/**
 * Records a project's actual start (the secretariat or the project lead): the application moves
 * approved → in trial, the planned milestones come from the application, the follow-up reports are
 * scheduled at the pool's followUpMonths after the start, and their reminders are put in the job
 * schedule — all in one transaction with the audit event.
 */
export async function startProject(db: Db, actor: Actor, input: unknown): Promise<StartProjectResult> {
  const data = parseInput(startProjectSchema, input);
  return db.transaction(async (tx) => {
    const { application, project, relation } = await loadProjectFor(tx, actor, data.applicationId, { forUpdate: true });
    if (!mayStartProject(actor, relation)) throw forbidden();
    if (project) throw new AppError('TRANSITION_NOT_ALLOWED', { message: { da: 'Projektet er allerede igangsat.', en: 'The project has already started.' } });
    await applyTransition(tx, actor, {
      applicationId: application.id,
      action: 'start_project',
      roles: await projectWorkflowRoles(tx, actor, application, relation),
      details: { startedOn: data.startedOn },
    });
    const content = readContent(application.content);
    const plannedEndOn = data.plannedEndOn ?? (content.endDate || null);
    await tx.insert(projects).values({
      applicationId: application.id,
      organisationId: application.organisationId,
      poolId: application.poolId,
      startedOn: data.startedOn,
      plannedEndOn,
      startedByUserId: actor.userId,
    });
    const milestones = content.milestones ?? [];
    if (milestones.length > 0) {
      await tx.insert(projectMilestones).values(milestones.map((m, i) => ({ applicationId: application.id, title: m.title, plannedOn: m.date, sortOrder: i })));
    }
    const [pool] = await tx.select({ followUpMonths: pools.followUpMonths }).from(pools).where(eq(pools.id, application.poolId));
    const schedule = reportSchedule(data.startedOn, pool?.followUpMonths ?? []);
    const reports =
      schedule.length === 0
        ? []
        : await tx
            .insert(followUpReports)
            .values(
              schedule.map((s) => ({
                applicationId: application.id,
                organisationId: application.organisationId,
                poolId: application.poolId,
                kind: 'scheduled' as const,
                monthsAfterStart: s.monthsAfterStart,
                title: scheduledReportTitle(s.monthsAfterStart),
                dueOn: s.dueOn,
              })),
            )
            .returning({ id: followUpReports.id, title: followUpReports.title, dueOn: followUpReports.dueOn, poolId: followUpReports.poolId });
    for (const r of reports) await scheduleReportReminders(tx, r);
    await recordAudit(tx, actor, {
      action: 'project.started',
      objectType: 'application',
      objectId: application.id,
      organisationId: application.organisationId,
      after: { startedOn: data.startedOn, plannedEndOn, reports: reports.map((r) => ({ id: r.id, dueOn: r.dueOn })) },
    });
    return { applicationId: application.id, startedOn: data.startedOn, reports: reports.map(({ id, title, dueOn }) => ({ id, title, dueOn })) };
  });
}
