import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/accounts.js';
import { auditEvents } from '../../db/schema/audit.js';
import { decisions, informationRequests, recommendations, reviews, screenings } from '../../db/schema/assessment.js';
import { ledgerEntries } from '../../db/schema/ledger.js';
import { organisations } from '../../db/schema/organisations.js';
import { projectEvaluations, projectOutcomeDecisions } from '../../db/schema/project-outcomes.js';
import { followUpReportVersions, followUpReports } from '../../db/schema/projects.js';
import type { CaseExportPurpose } from './export-schema.js';
import type { JournalEntry } from './journal-list.js';
import type { CaseRow } from './load-case.js';
import { describedVersions, isWithheld, WITHHELD_TEXT, withheldFieldsOf } from './withheld-fields.js';

/** A labelled value of the record, already in the words the PDF prints. */
export interface RecordField {
  label: string;
  value: string;
}

/** Everything the case PDF shows, with withheld values already replaced (aktindsigt) — the view only prints it. */
export interface CaseRecord {
  purpose: CaseExportPurpose;
  organisationName: string;
  application: { id: string; title: string; caseNumber: string; state: string; submittedAt: Date | null; decidedAt: Date | null };
  versions: { number: number; submittedAt: Date; title: string; fields: RecordField[] }[];
  withheld: { fieldPath: string; reason: string }[];
  withheldText: string;
  screenings: { at: Date; decision: string; reason: string }[];
  questions: { askedAt: Date; question: string; answeredAt: Date | null }[];
  reviews: { reviewer: string; status: string; scores: string; comment: string; submittedAt: Date | null }[];
  recommendation: { kind: string; amountOere: number; justification: string; conditions: string; at: Date } | null;
  decisions: { outcome: string; route: string; amountOere: number; reason: string; conditions: string; at: Date }[];
  ledger: { at: Date; kind: string; year: number; amountOere: number; reference: string; reason: string }[];
  reports: { title: string; number: number; submittedAt: Date; content: string }[];
  evaluations: { recommendation: string; summary: string; reason: string; at: Date }[];
  outcomeDecisions: { outcome: string; decidedOn: string; reason: string }[];
  audit: { at: Date; action: string; actor: string }[];
  journal: JournalEntry[];
}

/** Gathers the full record of a case. No authorization: the export authorizes. */
export async function gatherCaseRecord(db: Db, app: CaseRow, purpose: CaseExportPurpose, journal: JournalEntry[]): Promise<CaseRecord> {
  const withheldRows = purpose === 'aktindsigt' ? await withheldFieldsOf(db, app.id) : [];
  const withheldPaths = withheldRows.map((w) => w.fieldPath);
  const [org] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, app.organisationId));
  const versions = (await describedVersions(db, app)).map((v) => ({
    number: v.number,
    submittedAt: v.submittedAt,
    title: v.title,
    fields: v.fields.map((f) => ({ label: f.label.da, value: isWithheld(f.path, withheldPaths) ? WITHHELD_TEXT : f.value.da })),
  }));
  const reviewRows = await db
    .select({ r: reviews, name: users.name })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.reviewerUserId))
    .where(eq(reviews.applicationId, app.id));
  const [rec] = await db.select().from(recommendations).where(eq(recommendations.applicationId, app.id));
  const reports = await db
    .select({ v: followUpReportVersions, title: followUpReports.title })
    .from(followUpReportVersions)
    .innerJoin(followUpReports, eq(followUpReports.id, followUpReportVersions.reportId))
    .where(eq(followUpReports.applicationId, app.id))
    .orderBy(asc(followUpReportVersions.submittedAt));
  const audit = await db
    .select({ at: auditEvents.at, action: auditEvents.action, actor: users.name })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(eq(auditEvents.objectId, app.id))
    .orderBy(asc(auditEvents.at), asc(auditEvents.id));
  return {
    purpose,
    organisationName: org?.name ?? '',
    application: { id: app.id, title: app.title, caseNumber: app.caseNumber, state: app.state, submittedAt: app.submittedAt, decidedAt: app.decidedAt },
    versions,
    withheld: withheldRows.map((w) => ({ fieldPath: w.fieldPath, reason: w.reason })),
    withheldText: WITHHELD_TEXT,
    screenings: (await db.select().from(screenings).where(eq(screenings.applicationId, app.id))).map((s) => ({
      at: s.screenedAt,
      decision: s.decision,
      reason: s.reason,
    })),
    questions: (await db.select().from(informationRequests).where(eq(informationRequests.applicationId, app.id))).map((q) => ({
      askedAt: q.askedAt,
      question: q.question,
      answeredAt: q.answeredAt,
    })),
    reviews: reviewRows.map(({ r, name }) => ({
      reviewer: name,
      status: r.status,
      scores: Object.entries(r.scores ?? {})
        .map(([k, v]) => `${k}: ${v}`)
        .join(', '),
      comment: r.overallComment,
      submittedAt: r.submittedAt,
    })),
    recommendation: rec
      ? { kind: rec.kind, amountOere: rec.amountOere, justification: rec.justification, conditions: rec.conditions, at: rec.createdAt }
      : null,
    decisions: (await db.select().from(decisions).where(eq(decisions.applicationId, app.id))).map((d) => ({
      outcome: d.outcome,
      route: d.route,
      amountOere: d.amountOere,
      reason: d.reason,
      conditions: d.conditions,
      at: d.decidedAt,
    })),
    ledger: (await db.select().from(ledgerEntries).where(eq(ledgerEntries.applicationId, app.id)).orderBy(asc(ledgerEntries.seq))).map((e) => ({
      at: e.recordedAt,
      kind: e.kind,
      year: e.year,
      amountOere: e.amountOere,
      reference: e.reference,
      reason: e.reason,
    })),
    reports: reports.map((r) => ({ title: r.title, number: r.v.number, submittedAt: r.v.submittedAt, content: JSON.stringify(r.v.content) })),
    evaluations: (await db.select().from(projectEvaluations).where(eq(projectEvaluations.applicationId, app.id))).map((e) => ({
      recommendation: e.recommendation,
      summary: e.summary,
      reason: e.recommendationReason,
      at: e.createdAt,
    })),
    outcomeDecisions: (await db.select().from(projectOutcomeDecisions).where(eq(projectOutcomeDecisions.applicationId, app.id))).map((o) => ({
      outcome: o.outcome,
      decidedOn: o.decidedOn,
      reason: o.reason,
    })),
    audit: audit.map((a) => ({ at: a.at, action: a.action, actor: a.actor ?? 'Systemet' })),
    journal,
  };
}
