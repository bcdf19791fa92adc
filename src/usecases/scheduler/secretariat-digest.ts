import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import { paths } from '../../paths.js';
import type { Db } from '../../db/client.js';
import { applications } from '../../db/schema/applications.js';
import { followUpReports } from '../../db/schema/projects.js';
import { addDays, awaitsProject, DUE_WINDOW_DAYS, reportStatus } from '../../domain/follow-up.js';
import { copenhagenLocalToDate, formatDate, todayInCopenhagen } from '../../domain/dates.js';
import { membersWithPermission, notify } from '../notifications/notify.js';
import { scheduleJobs } from './jobs.js';
import type { JobHandler } from './run-due-jobs.js';

export const SECRETARIAT_DIGEST = 'report.secretariat_digest';

/** The digest goes out at 09:00 on a day reminders went out, after the morning's reminders. */
const DIGEST_TIME = '09:00';

/** One digest per organisation and day (the key): scheduled by each reminder sent that day. */
export async function scheduleDigest(tx: Db, organisationId: string, now: Date): Promise<void> {
  const day = todayInCopenhagen(now);
  const at = copenhagenLocalToDate(`${day}T${DIGEST_TIME}`) ?? now;
  await scheduleJobs(tx, [
    { kind: SECRETARIAT_DIGEST, key: `${SECRETARIAT_DIGEST}:${organisationId}:${day}`, runAt: at < now ? now : at, payload: { organisationId, day } },
  ]);
}

/** The secretariat's digest: every report of the organisation overdue or due within 30 days, in-app and by e-mail. */
export const sendSecretariatDigest: JobHandler = async (tx, payload) => {
  const organisationId = String(payload.organisationId);
  const day = String(payload.day);
  const rows = await tx
    .select({ title: followUpReports.title, dueOn: followUpReports.dueOn, status: followUpReports.status, project: applications.title })
    .from(followUpReports)
    .innerJoin(applications, eq(applications.id, followUpReports.applicationId))
    .where(
      and(
        eq(followUpReports.organisationId, organisationId),
        inArray(followUpReports.status, ['open', 'changes_requested']),
        lte(followUpReports.dueOn, addDays(day, DUE_WINDOW_DAYS)),
      ),
    )
    .orderBy(asc(followUpReports.dueOn));
  const waiting = rows.filter((r) => awaitsProject(r.status));
  if (waiting.length === 0) return 'skipped: nothing due';
  const overdue = waiting.filter((r) => reportStatus(r.status, r.dueOn, day) === 'overdue').length;
  const lines = (locale: 'da' | 'en') =>
    waiting
      .map(
        (r) =>
          `- ${r.project}: ${r.title}, ${locale === 'da' ? 'frist' : 'due'} ${formatDate(r.dueOn, locale)}${r.dueOn < day ? (locale === 'da' ? ' (overskredet)' : ' (overdue)') : ''}`,
      )
      .join('\n');
  const secretariat = await membersWithPermission(tx, organisationId, 'report.review');
  await notify(tx, {
    userIds: secretariat,
    organisationId,
    kind: 'project.reports_digest',
    title: {
      da: `Opfølgningsrapporter: ${overdue} overskredet, ${waiting.length - overdue} skal snart afleveres`,
      en: `Follow-up reports: ${overdue} overdue, ${waiting.length - overdue} due soon`,
    },
    body: { da: `Rapporter, der venter på projekterne:\n${lines('da')}`, en: `Reports waiting for the projects:\n${lines('en')}` },
    link: paths.projects.reportsDue(),
  });
  return `sent to ${secretariat.length}`;
};
