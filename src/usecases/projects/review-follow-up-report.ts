import { refreshEntryFromProject } from '../catalogue/refresh-entry-from-project.js';
import { and, eq } from 'drizzle-orm';
import { paths } from '../../paths.js';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { applicationCoApplicants } from '../../db/schema/applications.js';
import { followUpReports } from '../../db/schema/projects.js';
import { AppError, forbidden } from '../../errors.js';
import { notify } from '../notifications/notify.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { loadReportFor } from './load-project.js';

export const reviewFollowUpReportSchema = z
  .object({
    applicationId: z.string(),
    reportId: z.string(),
    outcome: z.enum(['accept', 'request_changes'], { error: 'Vælg godkend eller bed om rettelser' }),
    comment: z.string({ error: 'Skriv en kommentar' }).trim().max(4000, { error: 'Højst 4000 tegn' }).default(''),
  })
  .refine((d) => d.outcome === 'accept' || d.comment !== '', { error: 'Skriv, hvad der skal rettes', path: ['comment'] });

/**
 * The secretariat accepts a submitted report or asks for changes (the same loop as "more
 * information": the project gets it back with the comment, edits and submits a new version).
 */
export async function reviewFollowUpReport(db: Db, actor: Actor, input: unknown): Promise<{ reportId: string; status: 'accepted' | 'changes_requested' }> {
  const data = parseInput(reviewFollowUpReportSchema, input);
  return db.transaction(async (tx) => {
    const { report, application, may } = await loadReportFor(tx, actor, data.applicationId, data.reportId, { forUpdate: true });
    if (!may.review) throw forbidden();
    if (report.status !== 'submitted') {
      throw new AppError('TRANSITION_NOT_ALLOWED', {
        message: { da: 'Kun en indsendt rapport kan vurderes.', en: 'Only a submitted report can be reviewed.' },
      });
    }
    const status = data.outcome === 'accept' ? ('accepted' as const) : ('changes_requested' as const);
    const now = new Date();
    await tx
      .update(followUpReports)
      .set({ status, reviewComment: data.comment, reviewedAt: now, reviewedByUserId: actor.userId, updatedAt: now })
      .where(eq(followUpReports.id, report.id));
    await recordAudit(tx, actor, {
      action: data.outcome === 'accept' ? 'report.accepted' : 'report.changes_requested',
      objectType: 'follow_up_report',
      objectId: report.id,
      organisationId: application.organisationId,
      before: { status: report.status },
      after: { status, comment: data.comment, version: report.currentVersion, applicationId: application.id },
    });
    const co = await tx
      .select({ userId: applicationCoApplicants.userId })
      .from(applicationCoApplicants)
      .where(and(eq(applicationCoApplicants.applicationId, application.id)));
    await notify(tx, {
      userIds: [application.leadUserId, ...co.map((c) => c.userId)],
      organisationId: application.organisationId,
      applicationId: application.id,
      kind: `project.report_${status}`,
      title:
        status === 'accepted'
          ? { da: `Rapporten er godkendt: ${application.title}`, en: `Report accepted: ${application.title}` }
          : { da: `Rapporten skal rettes: ${application.title}`, en: `Changes requested to the report: ${application.title}` },
      body:
        status === 'accepted'
          ? {
              da: `${report.title} er godkendt af sekretariatet.${data.comment ? ` ${data.comment}` : ''}`,
              en: `${report.title} has been accepted.${data.comment ? ` ${data.comment}` : ''}`,
            }
          : { da: `Sekretariatet beder jer rette ${report.title}: ${data.comment}`, en: `The secretariat asks you to change ${report.title}: ${data.comment}` },
      link: paths.projects.report({ applicationId: application.id, reportId: report.id }),
    });
    if (status === 'accepted') await refreshEntryFromProject(tx, application.id);
    return { reportId: report.id, status };
  });
}
