import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/accounts.js';
import { auditEvents } from '../../db/schema/audit.js';
import { decisions, informationRequests, recommendations, reviews, screenings } from '../../db/schema/assessment.js';
import { ledgerEntries } from '../../db/schema/ledger.js';
import { organisations } from '../../db/schema/organisations.js';
import { projectEvaluations, projectOutcomeDecisions } from '../../db/schema/project-outcomes.js';
import { followUpReportVersions, followUpReports } from '../../db/schema/projects.js';
import { stateInfo, type ApplicationState } from '../../domain/application-workflow.js';
import { COST_TYPE_LABELS } from '../../domain/application-sections.js';
import {
  dimensionLabels,
  EVALUATION_DIMENSIONS,
  recommendationLabels,
  type DimensionScores,
  type GoalEvaluation,
  type Recommendation,
} from '../../domain/evaluation.js';
import { readReportContent } from '../../domain/follow-up-content.js';
import { formatKroner } from '../../domain/money.js';
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
    application: {
      id: app.id,
      title: app.title,
      caseNumber: app.caseNumber,
      state: stateInfo(app.state as ApplicationState).staff.da,
      submittedAt: app.submittedAt,
      decidedAt: app.decidedAt,
    },
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
      ? {
          kind: RECOMMENDATION_KIND_LABELS[rec.kind],
          amountOere: rec.amountOere,
          justification: rec.justification,
          conditions: rec.conditions,
          at: rec.createdAt,
        }
      : null,
    decisions: (await db.select().from(decisions).where(eq(decisions.applicationId, app.id))).map((d) => ({
      outcome: OUTCOME_LABELS[d.outcome],
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
    reports: reports.map((r) => ({ title: r.title, number: r.v.number, submittedAt: r.v.submittedAt, content: reportText(r.v.content) })),
    evaluations: (await db.select().from(projectEvaluations).where(eq(projectEvaluations.applicationId, app.id))).map((e) => ({
      recommendation: recommendationLabels[e.recommendation].da,
      summary: [e.summary, evaluationText(e.dimensions, e.goals)].filter((x) => x !== '').join('\n'),
      reason: e.recommendationReason,
      at: e.createdAt,
    })),
    outcomeDecisions: (await db.select().from(projectOutcomeDecisions).where(eq(projectOutcomeDecisions.applicationId, app.id))).map((o) => ({
      outcome: recommendationLabels[o.outcome as Recommendation].da,
      decidedOn: o.decidedOn,
      reason: o.reason,
    })),
    audit: audit.map((a) => ({ at: a.at, action: a.action, actor: a.actor ?? 'Systemet' })),
    journal,
  };
}

const OUTCOME_LABELS: Record<'approve' | 'reject' | 'defer', string> = { approve: 'Bevilget', reject: 'Afslået', defer: 'Udsat' };
const RECOMMENDATION_KIND_LABELS: Record<'recommend' | 'recommend_with_conditions' | 'not_recommend', string> = {
  recommend: 'Indstilles til bevilling',
  recommend_with_conditions: 'Indstilles med betingelser',
  not_recommend: 'Indstilles ikke',
};
const ON_TRACK: Record<string, string> = { yes: 'på sporet', no: 'ikke på sporet', '': 'ikke angivet' };
const line = (label: string, value: string | number | null | undefined) =>
  value === null || value === undefined || value === '' ? null : `${label}: ${value}`;

/** A follow-up report's content as readable Danish lines (labels, kroner, cost types), not JSON. */
export function reportText(raw: unknown): string {
  const c = readReportContent(raw);
  return [
    ...c.goals.map((g) =>
      [
        `Resultatmål ${g.goalIndex + 1}: målt værdi ${g.value || '–'}`,
        g.measuredOn ? `målt ${g.measuredOn}` : '',
        ON_TRACK[g.onTrack] ?? '',
        g.method ? `metode: ${g.method}` : '',
        g.comment,
      ]
        .filter((x) => x !== '')
        .join(', '),
    ),
    line('Frigjorte timer pr. år', c.hoursFreedPerYear),
    line('Besparelse pr. år', c.kronerSavedPerYearOere === null ? null : formatKroner(c.kronerSavedPerYearOere, 'da')),
    line('Om gevinsterne', c.gainsComment),
    ...c.spending.map((r) => `Forbrug ${r.year}, ${COST_TYPE_LABELS[r.costType].da}: ${formatKroner(r.amountOere, 'da')}`),
    ...c.milestones.map((m) => `Milepæl: ${m.title} (planlagt ${m.plannedOn || '–'}, faktisk ${m.actualOn || '–'})${m.comment ? `, ${m.comment}` : ''}`),
    line('Erfaringer', c.lessons),
    line('Udbredelse', c.adoption),
  ]
    .filter((x): x is string => x !== null)
    .join('\n');
}

/** An evaluation's scores and goals as readable Danish lines. */
export function evaluationText(dimensions: DimensionScores, goals: GoalEvaluation[]): string {
  return [
    ...EVALUATION_DIMENSIONS.filter((d) => dimensions[d]).map(
      (d) => `${dimensionLabels[d].label.da}: ${dimensions[d].score} af 5${dimensions[d].argument ? ` – ${dimensions[d].argument}` : ''}`,
    ),
    ...goals.map(
      (g) =>
        `Resultatmål ${g.goalIndex + 1} (${g.indicator || '–'}): før ${g.before || '–'}, midt ${g.mid || '–'}, efter ${g.after || '–'}, mål ${g.target || '–'}${g.met ? ', nået' : ', ikke nået'}`,
    ),
  ].join('\n');
}
