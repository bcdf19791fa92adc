import { and, eq, like, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { scheduledJobs } from '../../db/schema/projects.js';

export interface JobSpec {
  kind: string;
  /** Unique: the same key is never scheduled twice (a second insert is ignored). */
  key: string;
  runAt: Date;
  payload: Record<string, unknown>;
}

/**
 * Put jobs in the schedule (call inside the transaction of the change that causes them). A key that
 * is already scheduled or done is left as it is (so nothing runs twice); a cancelled one is revived
 * (a report moved back to a date it had before).
 */
export async function scheduleJobs(tx: Db, jobs: readonly JobSpec[]): Promise<number> {
  if (jobs.length === 0) return 0;
  const rows = await tx
    .insert(scheduledJobs)
    .values(jobs.map((j) => ({ kind: j.kind, key: j.key, runAt: j.runAt, payload: j.payload })))
    .onConflictDoUpdate({
      target: scheduledJobs.key,
      set: { status: 'pending', runAt: sql`excluded.run_at`, payload: sql`excluded.payload`, doneAt: null, outcome: null },
      setWhere: sql`${scheduledJobs.status} = 'cancelled'`,
    })
    .returning({ id: scheduledJobs.id });
  return rows.length;
}

/** Cancel the pending jobs whose key starts with `prefix` (a report moved or skipped). */
export async function cancelPendingJobs(tx: Db, prefix: string): Promise<number> {
  const rows = await tx
    .update(scheduledJobs)
    .set({ status: 'cancelled', doneAt: new Date(), outcome: 'cancelled' })
    .where(and(eq(scheduledJobs.status, 'pending'), like(scheduledJobs.key, `${prefix.replace(/[\\%_]/g, '\\$&')}%`)))
    .returning({ id: scheduledJobs.id });
  return rows.length;
}
