import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type Database } from '../../src/db/client.js';
import { notifications, outbox } from '../../src/db/schema/notifications.js';
import { scheduledJobs } from '../../src/db/schema/projects.js';
import { todayInCopenhagen } from '../../src/domain/dates.js';
import { loadActor } from '../../src/usecases/accounts/load-actor.js';
import { startProject } from '../../src/usecases/projects/start-project.js';
import { manualClock } from '../../src/usecases/scheduler/clock.js';
import { jobHandlers } from '../../src/usecases/scheduler/handlers.js';
import { runDueJobs } from '../../src/usecases/scheduler/run-due-jobs.js';
import { userId, buildProject } from '../support/factories.js';
import { templateDbName, withDatabase } from '../support/template.js';

/**
 * Two app instances (two `pg` pools) run the same job schedule at the same moments on one
 * PostgreSQL database: every reminder still goes out exactly once. Needs PostgreSQL: PGlite is a
 * single connection, where two runners cannot overlap at all.
 */
const url = process.env.TEST_DATABASE_URL;

if (!url) {
  describe('reminders with two app instances on PostgreSQL', () => {
    it.skip('skipped: TEST_DATABASE_URL is not set (run `bash scripts/with-postgres.sh npx vitest run test/projects`)', () => {});
  });
} else {
  describe('reminders with two app instances on PostgreSQL', () => {
    const name = `vtp_test_jobs_${randomBytes(5).toString('hex')}`;
    let one: Database;
    let two: Database;
    const admin = () => new pg.Client({ connectionString: url });

    beforeAll(async () => {
      const a = admin();
      await a.connect();
      await a.query(`CREATE DATABASE ${name} TEMPLATE ${templateDbName('demo')}`);
      await a.end();
      one = await openPostgres(withDatabase(url, name), 10);
      two = await openPostgres(withDatabase(url, name), 10);
    });
    afterAll(async () => {
      await one?.close();
      await two?.close();
      const a = admin();
      await a.connect();
      for (let i = 0; i < 50; i++) {
        try {
          await a.query(`DROP DATABASE IF EXISTS ${name}`);
          break;
        } catch {
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      await a.end();
    });

    it('five projects, both instances running every day at once: each reminder is sent once', async () => {
      const secretariat = await loadActor(one.db, await userId(one.db, 'sekretariat@horsens.demo'));
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        const { applicationId } = await buildProject(one.db, 'horsens', { title: `Projekt ${i}` });
        await startProject(one.db, secretariat!, { applicationId, startedOn: '2027-03-01' });
        ids.push(applicationId);
      }
      const clock = manualClock('2027-08-01T07:30:00Z');
      while (todayInCopenhagen(clock.now()) <= '2027-09-20') {
        // Several runners per instance at once, as overlapping timers and requests would.
        await Promise.all([one, two, one, two].map((d) => runDueJobs(d.db, { clock, handlers: jobHandlers, limit: 3 })));
        await Promise.all([one, two].map((d) => runDueJobs(d.db, { clock, handlers: jobHandlers })));
        clock.advanceDays(1);
      }
      const jobs = await one.db.select().from(scheduledJobs);
      expect(jobs.filter((j) => j.status === 'failed' || j.attempts > 1)).toEqual([]);
      const lead = await userId(one.db, 'ansoeger@horsens.demo');
      const reminders = await one.db
        .select({ applicationId: notifications.applicationId, title: notifications.title })
        .from(notifications)
        .where(eq(notifications.userId, lead));
      for (const id of ids) {
        const forProject = reminders.filter((n) => n.applicationId === id);
        // −14, −3, +1 and +14 for the 6-month report (the 12-month one is not yet near).
        expect(forProject).toHaveLength(4);
        expect(new Set(forProject.map((n) => n.title.da)).size).toBe(4);
      }
      const mails = await one.db.select({ to: outbox.toAddress }).from(outbox).where(eq(outbox.toAddress, 'ansoeger@horsens.demo'));
      expect(mails).toHaveLength(20);
      const digests = jobs.filter((j) => j.kind === 'report.secretariat_digest' && j.status === 'done');
      expect(digests).toHaveLength(4);
    });
  });
}
