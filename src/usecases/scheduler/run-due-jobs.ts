import { eq, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Db } from '../../db/client.js';
import { rowsOf } from '../../db/rows.js';
import { scheduledJobs } from '../../db/schema/projects.js';
import type { Clock } from './clock.js';

/** What a job does, in the transaction that marks it done. Returns a short outcome ('sent to 2', 'skipped: submitted'). */
export type JobHandler = (tx: Db, payload: Record<string, unknown>, ctx: { now: Date }) => Promise<string>;

export interface RunJobsOptions {
  clock: Clock;
  handlers: Readonly<Record<string, JobHandler>>;
  /** Jobs per run (the rest wait for the next tick). */
  limit?: number;
  maxAttempts?: number;
  logger?: Pick<Logger, 'warn' | 'error'>;
}

export interface RunJobsResult {
  done: number;
  failed: number;
}

interface ClaimedJob {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
}

/**
 * Runs the jobs that are due, one transaction per job: claim the oldest due row with
 * `FOR UPDATE SKIP LOCKED` (another instance skips it, or finds it done once we commit), run its
 * handler — whose effects (notifications, outbox e-mail) are written in the same transaction — and
 * mark it done. A crash rolls everything back and the job is simply due again after a restart; no
 * reminder is lost and none is sent twice. A handler that throws is retried with a backoff, in a
 * savepoint so the failure is recorded, and marked failed after `maxAttempts`.
 */
export async function runDueJobs(db: Db, opts: RunJobsOptions): Promise<RunJobsResult> {
  const limit = opts.limit ?? 100;
  const maxAttempts = opts.maxAttempts ?? 5;
  const result: RunJobsResult = { done: 0, failed: 0 };
  for (let i = 0; i < limit; i++) {
    const now = opts.clock.now();
    const ran = await db.transaction(async (tx) => {
      const [job] = rowsOf<ClaimedJob>(
        await tx.execute(sql`
          select id, kind, payload, attempts from ${scheduledJobs}
          where status = 'pending' and run_at <= ${now.toISOString()}
          order by run_at, id
          limit 1
          for update skip locked`),
      );
      if (!job) return null;
      const handler = opts.handlers[job.kind];
      try {
        if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
        const outcome = await tx.transaction((sp) => handler(sp, job.payload, { now }));
        await tx
          .update(scheduledJobs)
          .set({ status: 'done', doneAt: now, outcome, attempts: job.attempts + 1, lastError: null })
          .where(eq(scheduledJobs.id, job.id));
        return 'done' as const;
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        const attempts = job.attempts + 1;
        const final = attempts >= maxAttempts;
        await tx
          .update(scheduledJobs)
          .set({
            status: final ? 'failed' : 'pending',
            attempts,
            lastError: message.slice(0, 1000),
            // Back off 5, 20, 45, … minutes.
            runAt: new Date(now.getTime() + attempts * attempts * 5 * 60_000),
            ...(final ? { doneAt: now } : {}),
          })
          .where(eq(scheduledJobs.id, job.id));
        opts.logger?.warn({ jobId: job.id, kind: job.kind, attempts, final, err: message }, 'scheduled job failed');
        return 'failed' as const;
      }
    });
    if (ran === null) break;
    result[ran]++;
  }
  return result;
}
