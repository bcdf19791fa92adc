import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { followUpReports } from '../../db/schema/projects.js';
import { reportContentSchema, type ReportContent } from '../../domain/follow-up-content.js';
import { AppError, forbidden } from '../../errors.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { loadReportFor, type ReportRow } from './load-project.js';

export const saveFollowUpReportSchema = z.object({
  applicationId: z.string(),
  reportId: z.string(),
  content: reportContentSchema,
});

/** A report can be written while it waits for the project (open, or changes asked for). */
export const REPORT_NOT_EDITABLE = {
  da: 'Rapporten kan ikke ændres nu: den er indsendt, godkendt eller udgået.',
  en: 'The report cannot be changed now: it is submitted, accepted or skipped.',
};

export function assertEditable(report: ReportRow): void {
  if (report.status !== 'open' && report.status !== 'changes_requested') throw new AppError('TRANSITION_NOT_ALLOWED', { message: REPORT_NOT_EDITABLE });
}

/** Saves the report as a draft (the lead, co-applicants or an assigned consultant); nothing is checked for completeness yet. */
export async function saveFollowUpReport(db: Db, actor: Actor, input: unknown): Promise<{ reportId: string; savedAt: string }> {
  const data = parseInput(saveFollowUpReportSchema, input);
  return db.transaction(async (tx) => {
    const { report, application, may } = await loadReportFor(tx, actor, data.applicationId, data.reportId, { forUpdate: true });
    if (!may.write) throw forbidden();
    assertEditable(report);
    const savedAt = await writeDraft(tx, report.id, data.content);
    await recordAudit(tx, actor, {
      action: 'report.draft_saved',
      objectType: 'follow_up_report',
      objectId: report.id,
      organisationId: application.organisationId,
      after: { applicationId: application.id },
    });
    return { reportId: report.id, savedAt: savedAt.toISOString() };
  });
}

export async function writeDraft(tx: Db, reportId: string, content: ReportContent): Promise<Date> {
  const now = new Date();
  await tx.update(followUpReports).set({ draft: content, draftSavedAt: now, updatedAt: now }).where(eq(followUpReports.id, reportId));
  return now;
}
