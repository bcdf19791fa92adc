import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { applicationAttachments, applicationCoApplicants, applications, applicationVersions, ideaAdvice, ideas } from '../../db/schema/applications.js';
import { auditEvents } from '../../db/schema/audit.js';
import { decisions, informationRequests, recommendations, reviews, screenings } from '../../db/schema/assessment.js';
import { caseWithheldFields, webhookDeliveries } from '../../db/schema/case-records.js';
import { ledgerEntries } from '../../db/schema/ledger.js';
import { notifications } from '../../db/schema/notifications.js';
import {
  decisionCorrections,
  projectChangeRequests,
  projectClosures,
  projectEvaluations,
  projectHandovers,
  projectOutcomeDecisions,
} from '../../db/schema/project-outcomes.js';
import { followUpReportAttachments, followUpReports, followUpReportVersions, projectMilestones } from '../../db/schema/projects.js';
import { caseDeletions } from '../../db/schema/retention.js';
import { trainingRecords } from '../../db/schema/training.js';
import { todayInCopenhagen } from '../../domain/dates.js';
import type { GoalEvaluation, DimensionScores } from '../../domain/evaluation.js';
import { REDACTED, redactFreeText } from '../../domain/redact.js';
import type { ReportContent } from '../../domain/follow-up-content.js';
import { notFound } from '../../errors.js';
import { assertMayDeleteCase, assertMayManageRetention } from '../../policies/retention.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { dueDates, lastArchiveExport } from './list-retention-due.js';
import { retentionYearsOf } from './retention-settings.js';
import { deleteCaseSchema } from './schemas.js';

export const DELETED_TITLE = 'Slettet efter opbevaringsperioden';
const redacted = <T>(v: unknown): T => redactFreeText(v) as T;

/**
 * Deletes a closed case's personal data and free text after its retention period (the organisation's
 * admin), once an archive export is recorded: names, e-mails, descriptions, answers, attachments'
 * content, reviews' and reports' texts, the audit payloads of the case — while pool, line, years,
 * amounts, category, project type, dates, states and outcomes stay, so every statistic is unchanged.
 * The ledger keeps every amount, line and year; only its entries' reasons are blanked. One
 * transaction; a `case_deletions` row and an audit event record it.
 */
export async function deleteCase(db: Db, actor: Actor, input: unknown, opts: { today?: string } = {}): Promise<{ applicationId: string; deletedAt: Date }> {
  const { organisationId, applicationId } = parseInput(deleteCaseSchema, input);
  assertMayManageRetention(actor, organisationId);
  const today = opts.today ?? todayInCopenhagen();
  return db.transaction(async (tx) => {
    const [app] = await tx
      .select()
      .from(applications)
      .where(and(eq(applications.id, applicationId), eq(applications.organisationId, organisationId)))
      .for('update');
    if (!app) throw notFound();
    const [closure] = await tx.select({ at: projectClosures.createdAt }).from(projectClosures).where(eq(projectClosures.applicationId, app.id));
    const [deleted] = await tx.select({ id: caseDeletions.applicationId }).from(caseDeletions).where(eq(caseDeletions.applicationId, app.id));
    const years = await retentionYearsOf(tx, organisationId);
    const dates = closure && app.state === 'closed' ? dueDates(closure.at, years) : null;
    assertMayDeleteCase({
      closedOn: dates?.closedOn ?? null,
      dueOn: dates?.dueOn ?? null,
      today,
      archiveExported: (await lastArchiveExport(tx, app.id)) !== null,
      alreadyDeleted: deleted !== undefined,
    });
    const objectIds = await anonymise(tx, app);
    await redactAudit(tx, app.id, objectIds);
    const [row] = await tx
      .insert(caseDeletions)
      .values({ applicationId: app.id, organisationId, deletedByUserId: actor.userId, closedAt: closure!.at })
      .returning({ deletedAt: caseDeletions.deletedAt });
    await recordAudit(tx, actor, {
      action: 'case.personal_data_deleted',
      objectType: 'application',
      objectId: app.id,
      organisationId,
      after: { closedOn: dates!.closedOn, dueOn: dates!.dueOn, retentionYears: years },
    });
    return { applicationId: app.id, deletedAt: row!.deletedAt };
  });
}

/** Blanks the free text of every row of the case; returns the ids of its objects (whose audit payloads go too). */
async function anonymise(tx: Db, app: typeof applications.$inferSelect): Promise<string[]> {
  const id = app.id;
  const ids: string[] = [id];
  const collect = (rows: { id: string }[]) => (ids.push(...rows.map((r) => r.id)), rows.map((r) => r.id));

  await tx
    .update(applications)
    .set({ title: DELETED_TITLE, content: redacted(app.content), updatedAt: new Date() })
    .where(eq(applications.id, id));
  for (const v of await tx.select().from(applicationVersions).where(eq(applicationVersions.applicationId, id))) {
    const content = { ...redacted<Record<string, unknown>>(v.content), title: DELETED_TITLE, caseNumber: app.caseNumber, attachments: [] };
    await tx.update(applicationVersions).set({ content }).where(eq(applicationVersions.id, v.id));
  }
  await tx.delete(applicationCoApplicants).where(eq(applicationCoApplicants.applicationId, id));
  collect(
    await tx
      .update(applicationAttachments)
      .set({ fileName: 'slettet', sizeBytes: 0, data: new Uint8Array(0), removedAt: sql`coalesce(${applicationAttachments.removedAt}, now())` })
      .where(eq(applicationAttachments.applicationId, id))
      .returning({ id: applicationAttachments.id }),
  );
  const ideaIds = collect(
    await tx
      .update(ideas)
      .set({ title: DELETED_TITLE, summary: '', needAnalysis: '', assessmentNote: '' })
      .where(eq(ideas.applicationId, id))
      .returning({ id: ideas.id }),
  );
  if (ideaIds.length) await tx.update(ideaAdvice).set({ body: '' }).where(inArray(ideaAdvice.ideaId, ideaIds));

  collect(
    await tx.update(informationRequests).set({ question: '' }).where(eq(informationRequests.applicationId, id)).returning({ id: informationRequests.id }),
  );
  collect(await tx.update(screenings).set({ reason: '' }).where(eq(screenings.applicationId, id)).returning({ id: screenings.id }));
  collect(
    await tx.update(reviews).set({ conflictNote: '', comments: {}, overallComment: '' }).where(eq(reviews.applicationId, id)).returning({ id: reviews.id }),
  );
  collect(
    await tx
      .update(recommendations)
      .set({ conditions: '', justification: '' })
      .where(eq(recommendations.applicationId, id))
      .returning({ id: recommendations.id }),
  );
  collect(
    await tx
      .update(decisions)
      .set({ conditions: '', reason: '', aboveAppliedReason: '' })
      .where(eq(decisions.applicationId, id))
      .returning({ id: decisions.id }),
  );

  for (const e of await tx.select().from(projectEvaluations).where(eq(projectEvaluations.applicationId, id))) {
    ids.push(e.id);
    await tx
      .update(projectEvaluations)
      .set({
        dimensions: redacted<DimensionScores>(e.dimensions),
        goals: redacted<GoalEvaluation[]>(e.goals),
        scaleUpNote: '',
        recommendationReason: '',
        summary: '',
      })
      .where(eq(projectEvaluations.id, e.id));
  }
  collect(
    await tx
      .update(projectOutcomeDecisions)
      .set({ reason: '' })
      .where(eq(projectOutcomeDecisions.applicationId, id))
      .returning({ id: projectOutcomeDecisions.id }),
  );
  collect(
    await tx
      .update(projectHandovers)
      .set({ operatingBudget: '', trainingPlan: '' })
      .where(eq(projectHandovers.applicationId, id))
      .returning({ id: projectHandovers.id }),
  );
  collect(await tx.update(projectClosures).set({ reason: '' }).where(eq(projectClosures.applicationId, id)).returning({ id: projectClosures.id }));
  collect(
    await tx
      .update(projectChangeRequests)
      .set({ reason: '', decisionReason: '' })
      .where(eq(projectChangeRequests.applicationId, id))
      .returning({ id: projectChangeRequests.id }),
  );
  collect(await tx.update(decisionCorrections).set({ reason: '' }).where(eq(decisionCorrections.applicationId, id)).returning({ id: decisionCorrections.id }));
  collect(
    await tx
      .update(projectMilestones)
      .set({ title: 'Milepæl', note: '' })
      .where(eq(projectMilestones.applicationId, id))
      .returning({ id: projectMilestones.id }),
  );

  const reportIds = collect(
    await tx
      .update(followUpReports)
      .set({ draft: null, skipReason: '', reviewComment: '' })
      .where(eq(followUpReports.applicationId, id))
      .returning({ id: followUpReports.id }),
  );
  if (reportIds.length) {
    for (const v of await tx.select().from(followUpReportVersions).where(inArray(followUpReportVersions.reportId, reportIds))) {
      await tx
        .update(followUpReportVersions)
        .set({ content: redacted<ReportContent>(v.content) })
        .where(eq(followUpReportVersions.id, v.id));
    }
    collect(
      await tx
        .update(followUpReportAttachments)
        .set({ fileName: 'slettet', sizeBytes: 0, data: new Uint8Array(0) })
        .where(inArray(followUpReportAttachments.reportId, reportIds))
        .returning({ id: followUpReportAttachments.id }),
    );
  }

  await tx.delete(notifications).where(eq(notifications.applicationId, id));
  // A training record is about a member of staff, not the case: it stays, without the link.
  await tx.update(trainingRecords).set({ applicationId: null }).where(eq(trainingRecords.applicationId, id));
  await tx.update(caseWithheldFields).set({ reason: '' }).where(eq(caseWithheldFields.applicationId, id));
  // The journalisation payloads carry the documents themselves; one still waiting is not sent.
  await tx
    .update(webhookDeliveries)
    .set({ payload: { ...REDACTED } })
    .where(eq(webhookDeliveries.applicationId, id));
  await tx
    .update(webhookDeliveries)
    .set({ status: 'failed', lastError: 'Sagens personoplysninger er slettet' })
    .where(and(eq(webhookDeliveries.applicationId, id), inArray(webhookDeliveries.status, ['pending', 'sending'])));
  return ids;
}

/**
 * Redacts the before/after payloads of the case's audit events (the events themselves — who did what
 * when — stay). The append-only trigger lets exactly this through for the object named by the
 * transaction-local `vtp.redact_object` (src/db/custom-sql/retention_redaction.sql).
 */
async function redactAudit(tx: Db, applicationId: string, objectIds: string[]): Promise<void> {
  const events = await tx
    .selectDistinct({ objectId: auditEvents.objectId })
    .from(auditEvents)
    .where(
      or(
        inArray(auditEvents.objectId, objectIds),
        sql`${auditEvents.after}->>'applicationId' = ${applicationId}`,
        sql`${auditEvents.before}->>'applicationId' = ${applicationId}`,
      ),
    );
  for (const { objectId } of events) {
    await tx.execute(sql`select set_config('vtp.redact_object', ${objectId}, true)`);
    await tx
      .update(auditEvents)
      .set({
        before: sql`case when ${auditEvents.before} is null then null else ${JSON.stringify(REDACTED)}::jsonb end`,
        after: sql`case when ${auditEvents.after} is null then null else ${JSON.stringify(REDACTED)}::jsonb end`,
      })
      .where(
        and(
          eq(auditEvents.objectId, objectId),
          or(
            inArray(auditEvents.objectId, objectIds),
            sql`${auditEvents.after}->>'applicationId' = ${applicationId}`,
            sql`${auditEvents.before}->>'applicationId' = ${applicationId}`,
          ),
        ),
      );
  }
  // The ledger's amounts, lines and years stay; only the reasons (which quote decisions' free text) go.
  await tx.execute(sql`select set_config('vtp.redact_object', ${applicationId}, true)`);
  await tx
    .update(ledgerEntries)
    .set({ reason: '' })
    .where(and(eq(ledgerEntries.applicationId, applicationId), sql`${ledgerEntries.reason} <> ''`));
  await tx.execute(sql`select set_config('vtp.redact_object', '', true)`);
}
