import { REPORT_REMINDER, sendReportReminder } from './report-reminders.js';
import type { JobHandler } from './run-due-jobs.js';
import { SECRETARIAT_DIGEST, sendSecretariatDigest } from './secretariat-digest.js';

/** Every job kind the schedule knows, and what runs it. */
export const jobHandlers: Readonly<Record<string, JobHandler>> = {
  [REPORT_REMINDER]: sendReportReminder,
  [SECRETARIAT_DIGEST]: sendSecretariatDigest,
};
