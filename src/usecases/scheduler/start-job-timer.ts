import type { Logger } from 'pino';
import type { Db } from '../../db/client.js';
import { systemClock, type Clock } from './clock.js';
import { jobHandlers } from './handlers.js';
import { runDueJobs, type RunJobsResult } from './run-due-jobs.js';

export interface JobTimerOptions {
  clock?: Clock;
  intervalMs?: number;
  logger?: Pick<Logger, 'warn' | 'error'>;
  /** After a run that did something (e.g. send the mail it queued). */
  afterRun?: (result: RunJobsResult) => void;
}

/**
 * Starts the periodic job runner (server.ts), like the outbox dispatcher: every `intervalMs` it runs
 * the jobs that are due; one run at a time per process, and SKIP LOCKED keeps instances apart.
 * Returns a stop function.
 */
export function startJobTimer(db: Db, opts: JobTimerOptions = {}): () => void {
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    runDueJobs(db, { clock: opts.clock ?? systemClock, handlers: jobHandlers, logger: opts.logger })
      .then((r) => {
        if (r.done + r.failed > 0) opts.afterRun?.(r);
      })
      .catch((err: unknown) => opts.logger?.error({ err }, 'scheduled jobs failed'))
      .finally(() => {
        running = false;
      });
  };
  const timer = setInterval(tick, opts.intervalMs ?? 60_000);
  timer.unref();
  tick();
  return () => clearInterval(timer);
}
