import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { followUpReports } from '../../db/schema/projects.js';
import { awaitsProject } from '../../domain/follow-up.js';
import { AppError, forbidden } from '../../errors.js';
import { cancelReportReminders, scheduleReportReminders } from '../scheduler/report-reminders.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { loadReportFor } from './load-project.js';
import { dateSchema, reasonSchema } from './schemas.js';

export const rescheduleFollowUpReportSchema = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('move'), applicationId: z.string(), reportId: z.string(), dueOn: dateSchema('den nye frist'), reason: reasonSchema() }),
    z.object({ action: z.literal('skip'), applicationId: z.string(), reportId: z.string(), reason: reasonSchema() }),
  ],
  { error: 'Vælg flyt eller udgår' },
);

/**
 * The secretariat moves a report's due date or lets it go (skipped), always with a recorded reason.
 * The pending reminders are cancelled; a move schedules new ones for the new date.
 */
export async function rescheduleFollowUpReport(db: Db, actor: Actor, input: unknown): Promise<{ reportId: string; status: string; dueOn: string }> {
  const data = parseInput(rescheduleFollowUpReportSchema, input);
  return db.transaction(async (tx) => {
    const { report, application, may } = await loadReportFor(tx, actor, data.applicationId, data.reportId, { forUpdate: true });
    if (!may.review) throw forbidden();
    if (!awaitsProject(report.status)) {
      throw new AppError('TRANSITION_NOT_ALLOWED', {
        message: {
          da: 'Kun en rapport, der venter på projektet, kan flyttes eller udgå.',
          en: 'Only a report waiting for the project can be moved or skipped.',
        },
      });
    }
    await cancelReportReminders(tx, report.id);
    const now = new Date();
    const changes =
      data.action === 'move' ? { dueOn: data.dueOn, status: report.status } : { dueOn: report.dueOn, status: 'skipped' as const, skipReason: data.reason };
    await tx
      .update(followUpReports)
      .set({ ...changes, updatedAt: now })
      .where(eq(followUpReports.id, report.id));
    if (data.action === 'move') await scheduleReportReminders(tx, { id: report.id, dueOn: data.dueOn, poolId: report.poolId });
    await recordAudit(tx, actor, {
      action: data.action === 'move' ? 'report.moved' : 'report.skipped',
      objectType: 'follow_up_report',
      objectId: report.id,
      organisationId: application.organisationId,
      before: { dueOn: report.dueOn, status: report.status },
      after: { ...changes, reason: data.reason, applicationId: application.id },
    });
    return { reportId: report.id, status: changes.status, dueOn: changes.dueOn };
  });
}
