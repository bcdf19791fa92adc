import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications, outbox } from '../../src/db/schema/notifications.js';
import { scheduledJobs } from '../../src/db/schema/projects.js';
import { todayInCopenhagen } from '../../src/domain/dates.js';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import { createUser } from '../../src/usecases/accounts/create-user.js';
import { grantRole } from '../../src/usecases/accounts/grant-role.js';
import { startProject } from '../../src/usecases/projects/start-project.js';
import { submitFollowUpReport } from '../../src/usecases/projects/submit-follow-up-report.js';
import { manualClock } from '../../src/usecases/scheduler/clock.js';
import { jobHandlers } from '../../src/usecases/scheduler/handlers.js';
import { REPORT_REMINDER } from '../../src/usecases/scheduler/report-reminders.js';
import { runDueJobs } from '../../src/usecases/scheduler/run-due-jobs.js';
import { SECRETARIAT_DIGEST } from '../../src/usecases/scheduler/secretariat-digest.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { userId, buildProject, reportsOf } from '../support/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp('demo');
  await createUser(t.db, null, { email: 'medansoeger@horsens.demo', name: 'Lene Medansøger', password: DEMO_PASSWORD });
  await grantRole(t.db, null, { email: 'medansoeger@horsens.demo', organisationSlug: 'horsens', role: 'applicant' });
});
afterAll(() => t.close());

/** Every day at 09:30 Danish time from `from` to `to`, running the real job schedule `perDay` times. */
async function runDays(from: string, to: string, opts: { skip?: (day: string) => boolean; perDay?: number } = {}) {
  const clock = manualClock(`${from}T07:30:00Z`);
  while (todayInCopenhagen(clock.now()) <= to) {
    if (!opts.skip?.(todayInCopenhagen(clock.now()))) {
      for (let i = 0; i < (opts.perDay ?? 1); i++) await runDueJobs(t.db, { clock, handlers: jobHandlers });
    }
    clock.advanceDays(1);
  }
}

const reminderJobsOf = async (reportIds: string[]) =>
  (await t.db.select().from(scheduledJobs).where(eq(scheduledJobs.kind, REPORT_REMINDER))).filter((j) => reportIds.includes(String(j.payload.reportId)));

describe('a Horsens project started 1 March', () => {
  it('has reports due 1 September and 1 March, and reminders at the offsets exactly once each', async () => {
    const { applicationId } = await buildProject(t.db, 'horsens', { coApplicant: 'medansoeger@horsens.demo' });
    const secretariat = await t.actor('sekretariat@horsens.demo');
    const started = await startProject(t.db, secretariat, { applicationId, startedOn: '01.03.2027' });
    expect(started.reports.map((r) => r.dueOn)).toEqual(['2027-09-01', '2028-03-01']);
    const [six, twelve] = await reportsOf(t.db, applicationId);
    expect([six?.monthsAfterStart, twelve?.monthsAfterStart]).toEqual([6, 12]);

    // The 6-month report is never submitted; the 12-month one is submitted two days before its date.
    await runDays('2027-08-01', '2028-02-27', { perDay: 2 });
    const lead = await t.actor('ansoeger@horsens.demo');
    const answers = { goals: [0, 1].map((goalIndex) => ({ goalIndex, value: '10', onTrack: 'yes' })), lessons: 'Opsætningen tog længere tid.' };
    await submitFollowUpReport(t.db, lead, { applicationId, reportId: twelve!.id, content: answers });
    await runDays('2028-02-28', '2028-03-31', { perDay: 2 });

    const jobs = await reminderJobsOf([six!.id, twelve!.id]);
    const ran = (reportId: string) =>
      jobs
        .filter((j) => j.payload.reportId === reportId)
        .map((j) => ({ offset: j.payload.offsetDays, day: j.doneAt ? todayInCopenhagen(j.doneAt) : null, outcome: j.outcome, attempts: j.attempts }))
        .sort((a, b) => Number(a.offset) - Number(b.offset));
    expect(ran(six!.id)).toEqual([
      { offset: -14, day: '2027-08-18', outcome: 'sent to 2', attempts: 1 },
      { offset: -3, day: '2027-08-29', outcome: 'sent to 2', attempts: 1 },
      { offset: 1, day: '2027-09-02', outcome: 'sent to 2', attempts: 1 },
      { offset: 14, day: '2027-09-15', outcome: 'sent to 2', attempts: 1 },
    ]);
    expect(ran(twelve!.id)).toEqual([
      { offset: -14, day: '2028-02-16', outcome: 'sent to 2', attempts: 1 },
      { offset: -3, day: '2028-02-27', outcome: 'sent to 2', attempts: 1 },
      { offset: 1, day: '2028-03-02', outcome: 'skipped: submitted', attempts: 1 },
      { offset: 14, day: '2028-03-15', outcome: 'skipped: submitted', attempts: 1 },
    ]);

    // In-app and e-mail: 6 reminders to each of the lead and the co-applicant, none twice.
    const people = [await userId(t.db, 'ansoeger@horsens.demo'), await userId(t.db, 'medansoeger@horsens.demo')];
    const sent = await t.db
      .select({ userId: notifications.userId, kind: notifications.kind, title: notifications.title })
      .from(notifications)
      .where(and(eq(notifications.applicationId, applicationId), inArray(notifications.kind, ['project.report_due', 'project.report_overdue'])));
    for (const p of people) expect(sent.filter((n) => n.userId === p)).toHaveLength(6);
    expect(sent.filter((n) => n.kind === 'project.report_overdue')).toHaveLength(4);
    const mails = await t.db.select({ to: outbox.toAddress, subject: outbox.subject }).from(outbox);
    expect(mails.filter((m) => m.to === 'medansoeger@horsens.demo' && m.subject.includes('Digital dagsstruktur'))).toHaveLength(6);

    // The secretariat gets one digest on each day reminders went out.
    const digests = (await t.db.select().from(scheduledJobs).where(eq(scheduledJobs.kind, SECRETARIAT_DIGEST))).filter((j) => j.status === 'done');
    expect(digests.map((d) => d.payload.day).sort()).toEqual(['2027-08-18', '2027-08-29', '2027-09-02', '2027-09-15', '2028-02-16', '2028-02-27']);
    const secretariatId = await userId(t.db, 'sekretariat@horsens.demo');
    const digestNotes = await t.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, secretariatId), eq(notifications.kind, 'project.reports_digest')));
    expect(digestNotes).toHaveLength(6);
    expect(digestNotes[0]?.body.da).toContain('Digital dagsstruktur');
  });

  it('a reminder whose time passed while the app was down goes out after the restart, once', async () => {
    const { applicationId } = await buildProject(t.db, 'horsens', { title: 'Vendeseng' });
    await startProject(t.db, await t.actor('ansoeger@horsens.demo'), { applicationId, startedOn: '2027-03-01' });
    const [six] = await reportsOf(t.db, applicationId);
    // Down from 17 to 21 August: the −14 reminder (18 August) goes out on the 22nd.
    await runDays('2027-08-01', '2027-08-30', { skip: (d) => d >= '2027-08-17' && d <= '2027-08-21' });
    const jobs = (await reminderJobsOf([six!.id])).filter((j) => j.status === 'done');
    expect(jobs.map((j) => [j.payload.offsetDays, todayInCopenhagen(j.doneAt!), j.outcome]).sort()).toEqual([
      [-14, '2027-08-22', 'sent to 1'],
      [-3, '2027-08-29', 'sent to 1'],
    ]);
  });
});
