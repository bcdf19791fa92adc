import { eq } from 'drizzle-orm';
import { paths } from '../../paths.js';
import type { Db } from '../../db/client.js';
import { followUpReportVersions, followUpReports } from '../../db/schema/projects.js';
import { readContent } from '../../domain/application-content.js';
import { readReportContent, submissionGaps } from '../../domain/follow-up-content.js';
import { forbidden, validationFailed } from '../../errors.js';
import { membersWithPermission, notify } from '../notifications/notify.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { enqueueCaseEvent } from '../webhooks/enqueue.js';
import { parseInput } from '../shared/validate.js';
import { loadReportFor } from './load-project.js';
import { assertEditable, saveFollowUpReportSchema, writeDraft } from './save-follow-up-report.js';

export const submitFollowUpReportSchema = saveFollowUpReportSchema.partial({ content: true });

/**
 * Submits a report (the lead, co-applicants or an assigned consultant): with the content given, or
 * the saved draft. Every result goal needs a measured value and on-track, and the lessons must be
 * written. A new version is frozen, the status becomes submitted (its reminders then stop), and
 * the secretariat is told.
 */
export async function submitFollowUpReport(db: Db, actor: Actor, input: unknown): Promise<{ reportId: string; version: number }> {
  const data = parseInput(submitFollowUpReportSchema, input);
  return db.transaction(async (tx) => {
    const { report, application, may } = await loadReportFor(tx, actor, data.applicationId, data.reportId, { forUpdate: true });
    if (!may.write) throw forbidden();
    assertEditable(report);
    const content = data.content ?? readReportContent(report.draft);
    if (data.content) await writeDraft(tx, report.id, data.content);
    const gaps = submissionGaps(content, (readContent(application.content).resultGoals ?? []).length);
    if (Object.keys(gaps).length > 0) {
      throw validationFailed(Object.fromEntries(Object.entries(gaps).map(([k, v]) => [`content.${k}`, v])), {
        da: 'Rapporten mangler oplysninger. Udfyld felterne, og indsend igen – eller gem som kladde.',
        en: 'The report is missing information. Fill in the fields and submit again – or save as a draft.',
      });
    }
    const version = report.currentVersion + 1;
    const now = new Date();
    await tx.insert(followUpReportVersions).values({ reportId: report.id, number: version, content, submittedByUserId: actor.userId, submittedAt: now });
    await tx
      .update(followUpReports)
      .set({ status: 'submitted', currentVersion: version, submittedAt: now, updatedAt: now })
      .where(eq(followUpReports.id, report.id));
    await recordAudit(tx, actor, {
      action: 'report.submitted',
      objectType: 'follow_up_report',
      objectId: report.id,
      organisationId: application.organisationId,
      before: { status: report.status },
      after: { status: 'submitted', version, applicationId: application.id },
    });
    await notify(tx, {
      userIds: await membersWithPermission(tx, application.organisationId, 'report.review'),
      organisationId: application.organisationId,
      applicationId: application.id,
      kind: 'project.report_submitted',
      title: { da: `Rapport indsendt: ${application.title}`, en: `Report submitted: ${application.title}` },
      body: {
        da: `${report.title} for "${application.title}" er indsendt (version ${version}) og venter på jeres vurdering.`,
        en: `${report.title} for "${application.title}" has been submitted (version ${version}) and awaits your review.`,
      },
      link: paths.projects.report({ applicationId: application.id, reportId: report.id }),
    });
    await enqueueCaseEvent(tx, {
      event: 'report_submitted',
      applicationId: application.id,
      document: { kind: 'follow_up_report_version', title: `${report.title}, version ${version}`, body: { report: report.title, version, content } },
    });
    return { reportId: report.id, version };
  });
}
