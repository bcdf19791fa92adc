import { eq, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Db } from '../../db/client.js';
import { rowsOf } from '../../db/rows.js';
import { webhookDeliveries } from '../../db/schema/case-records.js';
import { nextAttemptAfter, SIGNATURE_HEADER, signPayload } from '../../domain/webhooks.js';

export interface WebhookDispatchOptions {
  now?: () => Date;
  /** Per request; a receiver slower than this counts as a failure. */
  timeoutMs?: number;
  batchSize?: number;
  /** A row left 'sending' longer than this (a crashed instance) is claimed again. */
  leaseMs?: number;
  fetch?: typeof fetch;
  logger?: Pick<Logger, 'warn' | 'error'>;
}

export interface WebhookDispatchResult {
  delivered: number;
  failed: number;
}

interface ClaimedDelivery {
  id: string;
  event: string;
  payload: Record<string, unknown>;
  attempts: number;
  url: string;
  secret: string;
}

/**
 * Sends the due webhook deliveries, on the outbox's pattern: one short statement claims a batch with
 * `FOR UPDATE SKIP LOCKED` and marks it 'sending' (several instances never send the same row, and no
 * transaction stays open during HTTP), then each is POSTed, signed, with a timeout. A 2xx marks it
 * delivered; anything else is logged (status code, duration, error) and retried after 1 min, 5 min,
 * 30 min, 2 h and 12 h, then failed for good. Endpoints switched off meanwhile are not called.
 */
export async function dispatchWebhooks(db: Db, opts: WebhookDispatchOptions = {}): Promise<WebhookDispatchResult> {
  const now = opts.now ?? (() => new Date());
  const batch = opts.batchSize ?? 20;
  const leaseMs = opts.leaseMs ?? 10 * 60_000;
  const doFetch = opts.fetch ?? fetch;
  const result: WebhookDispatchResult = { delivered: 0, failed: 0 };
  for (;;) {
    const at = now();
    const claimed = rowsOf<ClaimedDelivery>(
      await db.execute(sql`
        with due as (
          select d.id from ${webhookDeliveries} d
          join webhook_endpoints e on e.id = d.endpoint_id and e.active
          where (d.status = 'pending' and date_trunc('milliseconds', d.next_attempt_at) <= ${at.toISOString()})
             or (d.status = 'sending' and d.claimed_at < ${new Date(at.getTime() - leaseMs).toISOString()})
          order by d.next_attempt_at, d.id
          limit ${batch}
          for update of d skip locked
        )
        update ${webhookDeliveries} w set status = 'sending', claimed_at = ${at.toISOString()}, attempts = w.attempts + 1
        from due, webhook_endpoints e
        where w.id = due.id and e.id = w.endpoint_id
        returning w.id, w.event, w.payload, w.attempts, e.url, e.secret`),
    );
    if (claimed.length === 0) return result;
    for (const row of claimed) {
      const body = JSON.stringify(row.payload);
      const started = Date.now();
      let statusCode: number | null = null;
      let error: string | null = null;
      try {
        const res = await doFetch(row.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'user-agent': 'vtp-webhooks/1',
            [SIGNATURE_HEADER]: signPayload(row.secret, body, Math.floor(now().getTime() / 1000)),
            'X-VTP-Event': row.event,
            'X-VTP-Delivery': row.id,
          },
          body,
          redirect: 'manual',
          signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
        });
        statusCode = res.status;
        await res.body?.cancel();
        if (res.status < 200 || res.status >= 300) error = `HTTP ${res.status}`;
      } catch (err) {
        error = err instanceof Error ? (err.name === 'TimeoutError' ? 'Tidsgrænsen blev overskredet' : err.message) : String(err);
      }
      const durationMs = Date.now() - started;
      const done = now();
      const log = { lastStatusCode: statusCode, lastDurationMs: durationMs, lastAttemptAt: done, lastError: error?.slice(0, 1000) ?? null };
      if (error === null) {
        await db
          .update(webhookDeliveries)
          .set({ ...log, status: 'delivered', deliveredAt: done })
          .where(eq(webhookDeliveries.id, row.id));
        result.delivered++;
      } else {
        const next = nextAttemptAfter(row.attempts, done);
        await db
          .update(webhookDeliveries)
          .set({ ...log, status: next ? 'pending' : 'failed', ...(next ? { nextAttemptAt: next } : {}) })
          .where(eq(webhookDeliveries.id, row.id));
        result.failed++;
        opts.logger?.warn({ deliveryId: row.id, attempts: row.attempts, final: !next, err: error }, 'webhook delivery failed');
      }
    }
    if (claimed.length < batch) return result;
  }
}

/**
 * Starts the periodic webhook dispatcher (server.ts), beside the outbox's and the job runner's
 * timers: one run at a time per process; SKIP LOCKED keeps instances apart. Returns a stop function.
 */
export function startWebhookTimer(db: Db, logger?: Pick<Logger, 'warn' | 'error'>, intervalMs = 30_000): () => void {
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    dispatchWebhooks(db, { logger })
      .catch((err: unknown) => logger?.error({ err }, 'webhook dispatch failed'))
      .finally(() => {
        running = false;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return () => clearInterval(timer);
}
