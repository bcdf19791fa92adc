import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { applicationAttachments, applicationVersions } from '../../db/schema/applications.js';
import { decisions, informationRequests, recommendations, screenings } from '../../db/schema/assessment.js';
import { meetingMinutes } from '../../db/schema/meetings.js';
import { projectClosures, projectEvaluations, projectOutcomeDecisions } from '../../db/schema/project-outcomes.js';
import { followUpReportAttachments, followUpReportVersions, followUpReports } from '../../db/schema/projects.js';
import { decisionBodies, meetings } from '../../db/schema/pools.js';
import { formatDate } from '../../domain/dates.js';
import { recommendationLabels, type Recommendation } from '../../domain/evaluation.js';
import { assertMayViewJournal } from '../../policies/records.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { caseIdSchema, loadCase, type CaseRow } from './load-case.js';

export const JOURNAL_KINDS = [
  'application_version',
  'attachment',
  'information_request',
  'screening',
  'recommendation',
  'decision',
  'minutes_extract',
  'report',
  'report_attachment',
  'evaluation',
  'outcome_decision',
  'closure',
] as const;
export type JournalKind = (typeof JOURNAL_KINDS)[number];

/** One document of a case as the journal registers it (offentlighedsloven: date and subject). */
export interface JournalEntry {
  /** Stable: `<kind>:<row id>`, so an ESDH system can tell a document it already has. */
  documentId: string;
  kind: JournalKind;
  date: Date;
  /** In Danish, as the journal is kept. */
  subject: string;
  caseNumber: string;
  /** Attachments: the file's name inside the export's `bilag/` folder, and its row. */
  file?: { attachmentId: string; source: 'application' | 'report'; fileName: string; zipPath: string; sizeBytes: number };
}

const OUTCOME_DA: Record<string, string> = { approve: 'bevilget', reject: 'afslag', defer: 'udsat' };
const RECOMMENDATION_DA: Record<string, string> = {
  recommend: 'anbefales',
  recommend_with_conditions: 'anbefales med betingelser',
  not_recommend: 'anbefales ikke',
};
const SCREENING_DA: Record<string, string> = { qualify: 'kvalificeret', reject_ineligible: 'afvist: opfylder ikke kriterierne' };

/** A file name safe inside a ZIP: no folders, no control characters, prefixed so two equal names cannot collide. */
const zipName = (prefix: string, fileName: string) => `bilag/${prefix}-${fileName.replace(/[\\/\p{Cc}]+/gu, '_').slice(0, 150)}`;

/**
 * Every document of a case, oldest first: each submitted version, the attachments received, the
 * secretariat's questions, the screening, the recommendation, the decision (letter) and the minutes'
 * extract, the follow-up reports and their attachments, the evaluation, the outcome decisions and
 * the closing. The one list the case page, the export and the journalisation webhooks all use.
 * No authorization: `getJournalList` and the export authorize.
 */
export async function buildJournalList(db: Db, app: CaseRow): Promise<JournalEntry[]> {
  const caseNumber = app.caseNumber;
  const out: JournalEntry[] = [];
  const add = (kind: JournalKind, rowId: string, date: Date | string, subject: string, file?: JournalEntry['file']) =>
    out.push({
      documentId: `${kind}:${rowId}`,
      kind,
      date: typeof date === 'string' ? new Date(`${date}T12:00:00Z`) : date,
      subject,
      caseNumber,
      ...(file ? { file } : {}),
    });

  const versions = await db.select().from(applicationVersions).where(eq(applicationVersions.applicationId, app.id)).orderBy(asc(applicationVersions.number));
  const submittedIds = new Set<string>();
  for (const v of versions) {
    const title = typeof v.content.title === 'string' ? v.content.title : app.title;
    add('application_version', v.id, v.submittedAt, `Ansøgning, version ${v.number}: ${title}`);
    if (Array.isArray(v.content.attachments)) for (const f of v.content.attachments as { id?: unknown }[]) if (typeof f.id === 'string') submittedIds.add(f.id);
  }
  const attachments = await db
    .select({
      id: applicationAttachments.id,
      fileName: applicationAttachments.fileName,
      sizeBytes: applicationAttachments.sizeBytes,
      createdAt: applicationAttachments.createdAt,
    })
    .from(applicationAttachments)
    .where(
      and(
        eq(applicationAttachments.applicationId, app.id),
        submittedIds.size
          ? or(isNull(applicationAttachments.removedAt), inArray(applicationAttachments.id, [...submittedIds]))
          : isNull(applicationAttachments.removedAt),
      ),
    )
    .orderBy(asc(applicationAttachments.createdAt));
  attachments.forEach((f, i) =>
    add('attachment', f.id, f.createdAt, `Bilag til ansøgningen: ${f.fileName}`, {
      attachmentId: f.id,
      source: 'application',
      fileName: f.fileName,
      zipPath: zipName(`ansoegning-${i + 1}`, f.fileName),
      sizeBytes: f.sizeBytes,
    }),
  );

  for (const q of await db.select().from(informationRequests).where(eq(informationRequests.applicationId, app.id)))
    add('information_request', q.id, q.askedAt, `Spørgsmål til ansøger${q.answeredAt ? ` (besvaret ${formatDate(q.answeredAt, 'da')})` : ''}`);
  for (const s of await db.select().from(screenings).where(eq(screenings.applicationId, app.id)))
    add('screening', s.id, s.screenedAt, `Screening: ${SCREENING_DA[s.decision] ?? s.decision}`);
  for (const r of await db.select().from(recommendations).where(eq(recommendations.applicationId, app.id)))
    add('recommendation', r.id, r.createdAt, `Indstilling: ${RECOMMENDATION_DA[r.kind] ?? r.kind}`);

  const decided = await db
    .select({ d: decisions, bodyName: decisionBodies.name, startsAt: meetings.startsAt, minutes: meetingMinutes.meetingId, status: meetings.status })
    .from(decisions)
    .leftJoin(meetings, eq(meetings.id, decisions.meetingId))
    .leftJoin(decisionBodies, eq(decisionBodies.id, meetings.decisionBodyId))
    .leftJoin(meetingMinutes, eq(meetingMinutes.meetingId, decisions.meetingId))
    .where(eq(decisions.applicationId, app.id));
  for (const { d, bodyName, startsAt, minutes, status } of decided) {
    add('decision', d.id, d.decidedAt, `Afgørelse: ${OUTCOME_DA[d.outcome] ?? d.outcome}`);
    if (minutes && startsAt && status === 'minutes_published')
      add('minutes_extract', d.id, startsAt, `Referatudtræk: ${bodyName ?? 'mødet'} ${formatDate(startsAt, 'da')}`);
  }

  const reports = await db
    .select({ v: followUpReportVersions, title: followUpReports.title, reportId: followUpReports.id })
    .from(followUpReportVersions)
    .innerJoin(followUpReports, eq(followUpReports.id, followUpReportVersions.reportId))
    .where(eq(followUpReports.applicationId, app.id))
    .orderBy(asc(followUpReportVersions.submittedAt));
  for (const r of reports) add('report', r.v.id, r.v.submittedAt, `Opfølgningsrapport: ${r.title}, version ${r.v.number}`);
  const reportFiles = await db
    .select({
      id: followUpReportAttachments.id,
      fileName: followUpReportAttachments.fileName,
      sizeBytes: followUpReportAttachments.sizeBytes,
      createdAt: followUpReportAttachments.createdAt,
      title: followUpReports.title,
    })
    .from(followUpReportAttachments)
    .innerJoin(followUpReports, eq(followUpReports.id, followUpReportAttachments.reportId))
    .where(and(eq(followUpReports.applicationId, app.id), isNull(followUpReportAttachments.removedAt)))
    .orderBy(asc(followUpReportAttachments.createdAt));
  reportFiles.forEach((f, i) =>
    add('report_attachment', f.id, f.createdAt, `Bilag til ${f.title}: ${f.fileName}`, {
      attachmentId: f.id,
      source: 'report',
      fileName: f.fileName,
      zipPath: zipName(`rapport-${i + 1}`, f.fileName),
      sizeBytes: f.sizeBytes,
    }),
  );

  for (const e of await db.select().from(projectEvaluations).where(eq(projectEvaluations.applicationId, app.id)))
    add('evaluation', e.id, e.createdAt, 'Evaluering af projektet');
  for (const o of await db.select().from(projectOutcomeDecisions).where(eq(projectOutcomeDecisions.applicationId, app.id)))
    add('outcome_decision', o.id, o.decidedOn, `Beslutning om projektets fremtid: ${recommendationLabels[o.outcome as Recommendation].da}`);
  for (const c of await db.select().from(projectClosures).where(eq(projectClosures.applicationId, app.id)))
    add('closure', c.id, c.createdAt, 'Afslutning af projektet');

  return out.sort((a, b) => a.date.getTime() - b.date.getTime() || a.documentId.localeCompare(b.documentId));
}

export interface JournalView {
  application: { id: string; title: string; caseNumber: string; organisationId: string; state: string };
  entries: JournalEntry[];
}

/** The journal list of a case (page and API). */
export async function getJournalList(db: Db, actor: Actor, input: unknown): Promise<JournalView> {
  const { applicationId } = parseInput(caseIdSchema, input);
  const app = await loadCase(db, applicationId);
  assertMayViewJournal(actor, app);
  return {
    application: { id: app.id, title: app.title, caseNumber: app.caseNumber, organisationId: app.organisationId, state: app.state },
    entries: await buildJournalList(db, app),
  };
}
