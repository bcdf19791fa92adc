import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { followUpReports } from '../../db/schema/projects.js';
import { AppError, forbidden } from '../../errors.js';
import { mayReviewReport } from '../../policies/projects.js';
import { scheduleReportReminders } from '../scheduler/report-reminders.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { loadProjectFor } from './load-project.js';
import { dateSchema } from './schemas.js';

export const addFollowUpReportSchema = z.object({
  applicationId: z.string(),
  kind: z.enum(['ad_hoc', 'final'], { error: 'Vælg ekstra rapport eller slutrapport' }),
  title: z.string({ error: 'Giv rapporten en titel' }).trim().min(1, { error: 'Giv rapporten en titel' }).max(200, { error: 'Højst 200 tegn' }),
  dueOn: dateSchema('fristen'),
});

/** The secretariat adds a report by hand (ad hoc, or the final report) to a started project; its reminders are scheduled. */
export async function addFollowUpReport(db: Db, actor: Actor, input: unknown): Promise<{ reportId: string }> {
  const data = parseInput(addFollowUpReportSchema, input);
  return db.transaction(async (tx) => {
    const { application, project } = await loadProjectFor(tx, actor, data.applicationId, { forUpdate: true });
    if (!mayReviewReport(actor, application.organisationId)) throw forbidden();
    if (!project)
      throw new AppError('TRANSITION_NOT_ALLOWED', { message: { da: 'Projektet er ikke igangsat endnu.', en: 'The project has not started yet.' } });
    const [row] = await tx
      .insert(followUpReports)
      .values({
        applicationId: application.id,
        organisationId: application.organisationId,
        poolId: application.poolId,
        kind: data.kind,
        title: data.title,
        dueOn: data.dueOn,
      })
      .returning({ id: followUpReports.id });
    if (!row) throw new Error('insert returned no row');
    await scheduleReportReminders(tx, { id: row.id, dueOn: data.dueOn, poolId: application.poolId });
    await recordAudit(tx, actor, {
      action: 'report.added',
      objectType: 'follow_up_report',
      objectId: row.id,
      organisationId: application.organisationId,
      after: { applicationId: application.id, kind: data.kind, title: data.title, dueOn: data.dueOn },
    });
    return { reportId: row.id };
  });
}
