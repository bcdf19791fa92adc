import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { projectMilestones } from '../../db/schema/projects.js';
import { isUuid } from '../../domain/ids.js';
import { AppError, forbidden, notFound } from '../../errors.js';
import { mayRecordMilestone } from '../../policies/projects.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { loadProjectFor } from './load-project.js';
import { optionalDateSchema } from './schemas.js';

export const recordMilestoneSchema = z.object({
  applicationId: z.string(),
  /** Absent: a new milestone. */
  milestoneId: z.preprocess((v) => (v === '' ? undefined : v), z.string().optional()),
  title: z.string({ error: 'Skriv milepælen' }).trim().min(1, { error: 'Skriv milepælen' }).max(300, { error: 'Højst 300 tegn' }),
  plannedOn: optionalDateSchema('den planlagte dato').default(null),
  actualOn: optionalDateSchema('den faktiske dato').default(null),
  note: z.string().trim().max(1000, { error: 'Højst 1000 tegn' }).default(''),
});

/** Adds a milestone or records its planned and actual dates (the secretariat or the project lead, once started). */
export async function recordMilestone(db: Db, actor: Actor, input: unknown): Promise<{ milestoneId: string }> {
  const data = parseInput(recordMilestoneSchema, input);
  return db.transaction(async (tx) => {
    const { application, project, relation } = await loadProjectFor(tx, actor, data.applicationId, { forUpdate: true });
    if (!mayRecordMilestone(actor, relation)) throw forbidden();
    if (!project)
      throw new AppError('TRANSITION_NOT_ALLOWED', { message: { da: 'Projektet er ikke igangsat endnu.', en: 'The project has not started yet.' } });
    const values = { title: data.title, plannedOn: data.plannedOn, actualOn: data.actualOn, note: data.note, updatedAt: new Date() };
    let milestoneId: string;
    if (data.milestoneId !== undefined) {
      if (!isUuid(data.milestoneId)) throw notFound();
      const [row] = await tx
        .update(projectMilestones)
        .set(values)
        .where(and(eq(projectMilestones.id, data.milestoneId), eq(projectMilestones.applicationId, application.id)))
        .returning({ id: projectMilestones.id });
      if (!row) throw notFound();
      milestoneId = row.id;
    } else {
      const [max] = await tx
        .select({ n: sql<number>`coalesce(max(${projectMilestones.sortOrder}), -1)::int` })
        .from(projectMilestones)
        .where(eq(projectMilestones.applicationId, application.id));
      const [row] = await tx
        .insert(projectMilestones)
        .values({ ...values, applicationId: application.id, sortOrder: Number(max?.n ?? -1) + 1 })
        .returning({ id: projectMilestones.id });
      if (!row) throw new Error('insert returned no row');
      milestoneId = row.id;
    }
    await recordAudit(tx, actor, {
      action: 'project.milestone_recorded',
      objectType: 'application',
      objectId: application.id,
      organisationId: application.organisationId,
      after: { milestoneId, title: data.title, plannedOn: data.plannedOn, actualOn: data.actualOn },
    });
    return { milestoneId };
  });
}
