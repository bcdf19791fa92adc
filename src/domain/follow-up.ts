import type { Bilingual } from './bilingual.js';
import { addMonths } from './dates.js';

/**
 * Follow-up reports after a project's actual start (pure rules): the schedule from the pool's
 * `followUpMonths`, what a report's status is on a given day, and when its reminders fall due.
 */

/** What is stored: an open report is scheduled, due or overdue depending on the day. */
export const STORED_REPORT_STATUSES = ['open', 'submitted', 'accepted', 'changes_requested', 'skipped'] as const;
export type StoredReportStatus = (typeof STORED_REPORT_STATUSES)[number];

/** What people see. */
export const REPORT_STATUSES = ['scheduled', 'due', 'overdue', 'submitted', 'accepted', 'changes_requested', 'skipped'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_KINDS = ['scheduled', 'ad_hoc', 'final'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** A report is "due" (not just scheduled) this many days before its due date. */
export const DUE_WINDOW_DAYS = 30;

export const reportStatusInfo: Record<ReportStatus, { label: Bilingual; badge: 'info' | 'success' | 'warning' | 'error' }> = {
  scheduled: { label: { da: 'Planlagt', en: 'Scheduled' }, badge: 'info' },
  due: { label: { da: 'Skal afleveres', en: 'Due' }, badge: 'warning' },
  overdue: { label: { da: 'Overskredet', en: 'Overdue' }, badge: 'error' },
  submitted: { label: { da: 'Indsendt', en: 'Submitted' }, badge: 'info' },
  accepted: { label: { da: 'Godkendt', en: 'Accepted' }, badge: 'success' },
  changes_requested: { label: { da: 'Skal rettes', en: 'Changes requested' }, badge: 'warning' },
  skipped: { label: { da: 'Udgår', en: 'Skipped' }, badge: 'info' },
};

export const reportKindLabel: Record<ReportKind, Bilingual> = {
  scheduled: { da: 'Opfølgning', en: 'Follow-up' },
  ad_hoc: { da: 'Ekstra rapport', en: 'Ad hoc report' },
  final: { da: 'Slutrapport', en: 'Final report' },
};

/** Days between two ISO dates (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** An ISO date plus n days. */
export function addDays(iso: string, n: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** The scheduled reports of a project started on `startedOn`: one per month count, in order. */
export function reportSchedule(startedOn: string, followUpMonths: readonly number[]): { monthsAfterStart: number; dueOn: string }[] {
  return [...new Set(followUpMonths)]
    .filter((m) => Number.isInteger(m) && m > 0)
    .sort((a, b) => a - b)
    .map((m) => ({ monthsAfterStart: m, dueOn: addMonths(startedOn, m) }));
}

/** The status a report has today: an open report is scheduled, due (within 30 days) or overdue (past its date). */
export function reportStatus(stored: StoredReportStatus, dueOn: string, today: string): ReportStatus {
  if (stored !== 'open') return stored;
  if (today > dueOn) return 'overdue';
  if (daysBetween(today, dueOn) <= DUE_WINDOW_DAYS) return 'due';
  return 'scheduled';
}

/** Still waiting for the project (reminders go out, it counts in "reports due"). */
export const awaitsProject = (stored: StoredReportStatus): boolean => stored === 'open' || stored === 'changes_requested';

/** The day a reminder at `offsetDays` (negative before, positive after) falls on. */
export const reminderDay = (dueOn: string, offsetDays: number): string => addDays(dueOn, offsetDays);

/** Offsets as the pool gives them, cleaned: whole days within a year, each once, in order. */
export function cleanOffsets(offsets: readonly number[]): number[] {
  return [...new Set(offsets.filter((o) => Number.isInteger(o) && o !== 0 && Math.abs(o) <= 365))].sort((a, b) => a - b);
}

/** The reminder's text: before the due date or after it. */
export function reminderText(title: string, reportTitle: string, dueOnText: string, offsetDays: number): { title: Bilingual; body: Bilingual } {
  if (offsetDays < 0) {
    const n = -offsetDays;
    return {
      title: { da: `Rapport skal afleveres om ${n} dage: ${title}`, en: `Report due in ${n} days: ${title}` },
      body: {
        da: `${reportTitle} for projektet "${title}" skal afleveres senest ${dueOnText}.`,
        en: `${reportTitle} for the project "${title}" is due by ${dueOnText}.`,
      },
    };
  }
  return {
    title: { da: `Rapporten er ${offsetDays} dage over fristen: ${title}`, en: `Report ${offsetDays} days overdue: ${title}` },
    body: {
      da: `${reportTitle} for projektet "${title}" skulle have været afleveret ${dueOnText}. Aflever den hurtigst muligt, eller kontakt sekretariatet.`,
      en: `${reportTitle} for the project "${title}" was due on ${dueOnText}. Please submit it as soon as possible or contact the secretariat.`,
    },
  };
}
