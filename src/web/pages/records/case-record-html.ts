import { formatDate, formatDateTime } from '../../../domain/dates.js';
import { formatKroner } from '../../../domain/money.js';
import type { CaseRecord } from '../../../usecases/records/case-record.js';
import type { CaseRecordPdfRenderer } from '../../../usecases/records/export-case-record.js';
import { htmlToPdf, PDF_FONT } from '../assessment/agenda-pdf.js';

const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
const d = (x: Date | null) => (x ? formatDate(x, 'da') : '–');
const table = (head: string[], rows: string[][]) =>
  rows.length === 0
    ? '<p>Ingen.</p>'
    : `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
        .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
const section = (title: string, body: string) => `<section><h2>${esc(title)}</h2>${body}</section>`;

/** The case record as the HTML that `sag.pdf` is printed from (Danish; withheld values are already replaced). */
export function caseRecordHtml(r: CaseRecord): string {
  const a = r.application;
  const parts = [
    `<h1>Sagsudskrift: ${esc(a.title)}</h1>`,
    `<p>Sagsnummer ${esc(a.caseNumber)} · ${esc(r.organisationName)} · formål: ${r.purpose === 'aktindsigt' ? 'aktindsigt' : 'arkivering'} · status ${esc(a.state)}</p>`,
    r.withheld.length
      ? section(
          'Udeladte oplysninger',
          `<p>${esc(r.withheldText)}.</p>${table(
            ['Felt', 'Begrundelse'],
            r.withheld.map((w) => [w.fieldPath, w.reason]),
          )}`,
        )
      : '',
    section(
      'Journalliste',
      table(
        ['Dato', 'Emne', 'Sagsnummer'],
        r.journal.map((e) => [formatDate(e.date, 'da'), e.subject, e.caseNumber]),
      ),
    ),
    ...r.versions.map((v) =>
      section(
        `Ansøgning, version ${v.number} (indsendt ${d(v.submittedAt)})`,
        table(
          ['Felt', 'Svar'],
          v.fields.filter((f) => f.value !== '').map((f) => [f.label, f.value]),
        ),
      ),
    ),
    section(
      'Screening',
      table(
        ['Dato', 'Afgørelse', 'Begrundelse'],
        r.screenings.map((s) => [d(s.at), s.decision, s.reason]),
      ),
    ),
    section(
      'Spørgsmål og svar',
      table(
        ['Spurgt', 'Spørgsmål', 'Besvaret'],
        r.questions.map((q) => [d(q.askedAt), q.question, d(q.answeredAt)]),
      ),
    ),
    section(
      'Bedømmelser',
      table(
        ['Bedømmer', 'Status', 'Point', 'Kommentar', 'Indsendt'],
        r.reviews.map((v) => [v.reviewer, v.status, v.scores, v.comment, d(v.submittedAt)]),
      ),
    ),
    section(
      'Indstilling',
      r.recommendation
        ? table(
            ['Dato', 'Indstilling', 'Beløb', 'Begrundelse', 'Betingelser'],
            [
              [
                d(r.recommendation.at),
                r.recommendation.kind,
                formatKroner(r.recommendation.amountOere, 'da'),
                r.recommendation.justification,
                r.recommendation.conditions,
              ],
            ],
          )
        : '<p>Ingen.</p>',
    ),
    section(
      'Afgørelse',
      table(
        ['Dato', 'Afgørelse', 'Vej', 'Beløb', 'Begrundelse', 'Betingelser'],
        r.decisions.map((x) => [d(x.at), x.outcome, x.route, formatKroner(x.amountOere, 'da'), x.reason, x.conditions]),
      ),
    ),
    section(
      'Posteringer',
      table(
        ['Dato', 'Art', 'År', 'Beløb', 'Reference', 'Begrundelse'],
        r.ledger.map((e) => [d(e.at), e.kind, String(e.year), formatKroner(e.amountOere, 'da'), e.reference, e.reason]),
      ),
    ),
    section(
      'Opfølgningsrapporter',
      table(
        ['Indsendt', 'Rapport', 'Version', 'Indhold'],
        r.reports.map((x) => [d(x.submittedAt), x.title, String(x.number), x.content]),
      ),
    ),
    section(
      'Evaluering',
      table(
        ['Dato', 'Anbefaling', 'Resumé', 'Begrundelse'],
        r.evaluations.map((e) => [d(e.at), e.recommendation, e.summary, e.reason]),
      ),
    ),
    section(
      'Beslutninger om projektets fremtid',
      table(
        ['Dato', 'Beslutning', 'Begrundelse'],
        r.outcomeDecisions.map((o) => [o.decidedOn, o.outcome, o.reason]),
      ),
    ),
    section(
      'Sagens historik',
      table(
        ['Tidspunkt', 'Hændelse', 'Udført af'],
        r.audit.map((e) => [formatDateTime(e.at, 'da'), e.action, e.actor]),
      ),
    ),
  ];
  const style = `body{font-family:${PDF_FONT};font-size:10pt}table{border-collapse:collapse;width:100%;margin-bottom:8pt}th,td{border:1px solid #999;padding:2pt 4pt;text-align:left;vertical-align:top;white-space:pre-line}h2{font-size:13pt;margin-top:14pt}`;
  return `<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Sagsudskrift ${esc(a.caseNumber)}</title><style>${style}</style></head><body>${parts.join('')}</body></html>`;
}

/** The export's PDF renderer: the HTML above printed by Chromium with the municipality's letterhead. */
export const renderCaseRecordPdf: CaseRecordPdfRenderer = (record) =>
  htmlToPdf(caseRecordHtml(record), { letterhead: { organisationName: record.organisationName, title: `Sag ${record.application.caseNumber}` } });
