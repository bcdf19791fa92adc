import { eq } from 'drizzle-orm';
import { paths } from '../../paths.js';
import type { Db } from '../../db/client.js';
import { applicationCoApplicants, applications } from '../../db/schema/applications.js';
import { DEFAULT_REMINDER_OFFSETS_DAYS, poolProjectSettings } from '../../db/schema/project-settings.js';
import { followUpReports } from '../../db/schema/projects.js';
import { copenhagenLocalToDate, formatDate, todayInCopenhagen } from '../../domain/dates.js';
import { awaitsProject, cleanOffsets, reminderDay, reminderText } from '../../domain/follow-up.js';
import { notify } from '../notifications/notify.js';
import { scheduleJobs, cancelPendingJobs, type JobSpec } from './jobs.js';
import type { JobHandler } from './run-due-jobs.js';
import { scheduleDigest } from './secretariat-digest.js';

export const REPORT_REMINDER = 'report.reminder';

/** Reminders go out at 08:00 Danish time on their day. */
const REMINDER_TIME = '08:00';

const keyPrefix = (reportId: string) => `${REPORT_REMINDER}:${reportId}:`;

/** The pool's reminder offsets (days; negative before the due date), or the defaults. */
export async function reminderOffsets(db: Db, poolId: string): Promise<number[]> {
  const [row] = await db.select({ offsets: poolProjectSettings.reminderOffsetsDays }).from(poolProjectSettings).where(eq(poolProjectSettings.poolId, poolId));
  return cleanOffsets(row?.offsets ?? [...DEFAULT_REMINDER_OFFSETS_DAYS]);
}

/** One job per (report, offset, due date): the key makes a second schedule of the same reminder a no-op. */
export function reminderJobs(report: { id: string; dueOn: string }, offsets: readonly number[]): JobSpec[] {
  const sorted = [...offsets].sort((a, b) => a - b);
  return sorted.map((offsetDays, i) => {
    const day = reminderDay(report.dueOn, offsetDays);
    const next = sorted[i + 1];
    const runAt = copenhagenLocalToDate(`${day}T${REMINDER_TIME}`);
    if (!runAt) throw new Error(`no reminder time for ${day}`);
    return {
      kind: REPORT_REMINDER,
      key: `${keyPrefix(report.id)}${report.dueOn}:${offsetDays}`,
      runAt,
      // A reminder that runs late (the app was down) is skipped once the next one's day has come.
      payload: { reportId: report.id, dueOn: report.dueOn, offsetDays, supersededOn: next === undefined ? null : reminderDay(report.dueOn, next) },
    };
  });
}

/** Schedule a report's reminders at the pool's offsets (in the transaction that creates or moves the report). */
export async function scheduleReportReminders(tx: Db, report: { id: string; dueOn: string; poolId: string }): Promise<number> {
  return scheduleJobs(tx, reminderJobs(report, await reminderOffsets(tx, report.poolId)));
}

/** A report moved or skipped: its pending reminders are cancelled (a move schedules new ones). */
export const cancelReportReminders = (tx: Db, reportId: string): Promise<number> => cancelPendingJobs(tx, keyPrefix(reportId));

/**
 * Sends one reminder to the project's lead and co-applicants, in-app and by e-mail (the outbox), and
 * makes sure the secretariat's digest for the day is scheduled. Skipped when the report no longer
 * waits for the project, was moved, or (a reminder before the date) the date has passed.
 */
export const sendReportReminder: JobHandler = async (tx, payload, { now }) => {
  const reportId = String(payload.reportId);
  const offsetDays = Number(payload.offsetDays);
  const [row] = await tx
    .select({ report: followUpReports, title: applications.title, leadUserId: applications.leadUserId })
    .from(followUpReports)
    .innerJoin(applications, eq(applications.id, followUpReports.applicationId))
    .where(eq(followUpReports.id, reportId));
  if (!row) return 'skipped: no such report';
  const { report } = row;
  if (report.dueOn !== payload.dueOn) return 'skipped: moved';
  if (!awaitsProject(report.status)) return `skipped: ${report.status}`;
  const today = todayInCopenhagen(now);
  if (offsetDays < 0 && today > report.dueOn) return 'skipped: past due';
  if (typeof payload.supersededOn === 'string' && today >= payload.supersededOn) return 'skipped: superseded';
  const co = await tx
    .select({ userId: applicationCoApplicants.userId })
    .from(applicationCoApplicants)
    .where(eq(applicationCoApplicants.applicationId, report.applicationId));
  const userIds = [row.leadUserId, ...co.map((c) => c.userId)];
  const { title, body } = reminderText(row.title, report.title, formatDate(report.dueOn), offsetDays);
  await notify(tx, {
    userIds,
    organisationId: report.organisationId,
    applicationId: report.applicationId,
    kind: offsetDays < 0 ? 'project.report_due' : 'project.report_overdue',
    title,
    body,
    link: paths.projects.report({ applicationId: report.applicationId, reportId: report.id }),
  });
  await scheduleDigest(tx, report.organisationId, now);
  return `sent to ${new Set(userIds).size}`;
};
