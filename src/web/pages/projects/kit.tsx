import { formatDate, formatDateTime } from '../../../domain/dates.js';
import { reportKindLabel, reportStatusInfo, type ReportKind, type ReportStatus } from '../../../domain/follow-up.js';
import { formatKroner } from '../../../domain/money.js';
import type { Message } from '../../../errors.js';
import { Badge } from '../../components/index.js';
import type { PageContext } from '../../page-context.js';

/** Small shared pieces of the project pages. */
export const textOf = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));

export function ReportStatusBadge({ ctx, status }: { ctx: PageContext; status: ReportStatus }) {
  const info = reportStatusInfo[status];
  return <Badge text={ctx.t(info.label)} variant={info.badge} />;
}

/** A report's name: "Opfølgning efter 6 måneder" in the reader's language for scheduled ones, else its title. */
export function reportName(ctx: PageContext, r: { kind: ReportKind; monthsAfterStart: number | null; title: string }): string {
  if (r.kind === 'scheduled' && r.monthsAfterStart !== null) {
    return ctx.t({ da: `Opfølgning efter ${r.monthsAfterStart} måneder`, en: `Follow-up after ${r.monthsAfterStart} months` });
  }
  return r.title || ctx.t(reportKindLabel[r.kind]);
}

export const date = (ctx: PageContext, iso: string | null | undefined, none: Message = { da: 'Ikke angivet', en: 'Not given' }): string =>
  iso ? formatDate(iso, ctx.locale) : ctx.t(none);
export const dateTime = (ctx: PageContext, iso: string) => formatDateTime(iso, ctx.locale);
export const kr = (ctx: PageContext, oere: number | null | undefined, none: Message = { da: 'Ikke oplyst', en: 'Not given' }): string =>
  oere === null || oere === undefined ? ctx.t(none) : formatKroner(oere, ctx.locale);

/** Notices after a redirect (`?besked=…`). */
export const projectNotices: Record<string, Message> = {
  igangsat: { da: 'Projektet er igangsat, og opfølgningsrapporterne er planlagt.', en: 'The project has started and its follow-up reports are scheduled.' },
  konsulent: { da: 'Konsulenterne er opdateret.', en: 'The consultants have been updated.' },
  milepael: { da: 'Milepælen er gemt.', en: 'The milestone has been saved.' },
  rapport: { da: 'Rapporten er tilføjet.', en: 'The report has been added.' },
  gemt: { da: 'Kladden er gemt.', en: 'The draft has been saved.' },
  indsendt: { da: 'Rapporten er indsendt til sekretariatet.', en: 'The report has been submitted to the secretariat.' },
  vurderet: { da: 'Vurderingen er registreret.', en: 'The review has been recorded.' },
  flyttet: { da: 'Rapportens frist er ændret.', en: "The report's due date has been changed." },
  bilag: { da: 'Bilaget er vedhæftet.', en: 'The attachment has been added.' },
};

/** Audit actions on the project page's history, in words. */
export const historyLabels: Record<string, Message> = {
  'application.start_project': { da: 'Projektet er igangsat', en: 'The project started' },
  'project.started': { da: 'Opfølgningsrapporter planlagt', en: 'Follow-up reports scheduled' },
  'project.consultant_assigned': { da: 'Konsulent tilknyttet', en: 'Consultant assigned' },
  'project.consultant_removed': { da: 'Konsulent fjernet', en: 'Consultant removed' },
  'project.milestone_recorded': { da: 'Milepæl registreret', en: 'Milestone recorded' },
  'report.added': { da: 'Rapport tilføjet', en: 'Report added' },
  'report.draft_saved': { da: 'Rapportkladde gemt', en: 'Report draft saved' },
  'report.submitted': { da: 'Rapport indsendt', en: 'Report submitted' },
  'report.accepted': { da: 'Rapport godkendt', en: 'Report accepted' },
  'report.changes_requested': { da: 'Rettelser ønsket til rapport', en: 'Changes requested to a report' },
  'report.moved': { da: 'Rapportens frist flyttet', en: "Report's due date moved" },
  'report.skipped': { da: 'Rapport udgår', en: 'Report skipped' },
  'report.attachment_added': { da: 'Bilag vedhæftet rapport', en: 'Attachment added to a report' },
  'application.begin_follow_up': { da: 'Opfølgning på mål begyndt', en: 'Follow-up on goals begun' },
  'application.record_evaluation': { da: 'Projektet er evalueret', en: 'The project is evaluated' },
  'application.decide_operation': { da: 'Besluttet: drift', en: 'Decided: operation' },
  'application.decide_scale_up': { da: 'Besluttet: opskalering', en: 'Decided: scale up' },
  'application.decide_extension': { da: 'Besluttet: forlængelse', en: 'Decided: extension' },
  'application.stop_project': { da: 'Projektet er stoppet', en: 'The project is stopped' },
  'application.close_project': { da: 'Projektet er afsluttet', en: 'The project is closed' },
  'evaluation.recorded': { da: 'Evaluering registreret', en: 'Evaluation recorded' },
  'evaluation.corrected': { da: 'Evaluering rettet', en: 'Evaluation corrected' },
  'evaluation.putOnAgenda': { da: 'Evaluering sat på dagsordenen', en: 'Evaluation put on an agenda' },
  'project.outcomeDecided': { da: 'Beslutning om drift registreret', en: 'Outcome decision recorded' },
  'project.handedOver': { da: 'Overdraget til drift', en: 'Handed over to operation' },
  'project.closed': { da: 'Projektet er afsluttet', en: 'The project is closed' },
  'project.changeRequested': { da: 'Ændring anmodet', en: 'Change requested' },
  'project.changeApproved': { da: 'Ændring godkendt', en: 'Change approved' },
  'project.changeRefused': { da: 'Ændring afvist', en: 'Change refused' },
  'decision.corrected': { da: 'Bevillingen er rettet', en: 'The grant is corrected' },
  'ledger.committed': { da: 'Midler bevilget i regnskabet', en: 'Money committed in the ledger' },
  'ledger.paidOut': { da: 'Udbetaling registreret', en: 'Payout recorded' },
  'ledger.returned': { da: 'Midler ført tilbage til puljen', en: 'Money returned to the pool' },
  'ledger.entryReversed': { da: 'Postering tilbageført', en: 'Entry reversed' },
};
