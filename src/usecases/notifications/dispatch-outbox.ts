import { eq, or, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import type { Db } from '../../db/client.js';
import { rowsOf } from '../../db/rows.js';
import { outbox } from '../../db/schema/notifications.js';

/** What the dispatcher needs to send one message (nodemailer's transport in production, a fake in tests). */
export interface MailTransport {
  sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
}

export interface DispatchOptions {
  from: string;
  /** Rows per claim. */
  batchSize?: number;
  /** Attempts before a message is marked failed for good. */
  maxAttempts?: number;
  /** A row left 'sending' longer than this (a crashed instance) is claimed again. */
  leaseMs?: number;
  now?: () => Date;
  logger?: Pick<Logger, 'warn' | 'error'>;
}

export interface DispatchResult {
  sent: number;
  failed: number;
}

interface ClaimedRow {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  attempts: number;
}

/**
 * Sends queued e-mail. Claims a batch with `FOR UPDATE SKIP LOCKED` and marks it 'sending' in one
 * short transaction (so several instances never take the same rows, and no transaction stays open
 * during SMTP), sends each message, then marks it 'sent' — or, on an error, back to 'pending' with a
 * backoff, and 'failed' after `maxAttempts`.
 */
export async function dispatchOutbox(db: Db, transport: MailTransport, opts: DispatchOptions): Promise<DispatchResult> {
  const now = opts.now ?? (() => new Date());
  const batch = opts.batchSize ?? 20;
  const maxAttempts = opts.maxAttempts ?? 5;
  const leaseMs = opts.leaseMs ?? 10 * 60_000;
  const result: DispatchResult = { sent: 0, failed: 0 };

  for (;;) {
    const at = now();
    const staleBefore = new Date(at.getTime() - leaseMs);
    const claimed = rowsOf<ClaimedRow>(
      await db.execute(sql`
        update ${outbox} set status = 'sending', claimed_at = ${at.toISOString()}, attempts = ${outbox.attempts} + 1
        where ${outbox.id} in (
          select id from ${outbox}
          -- The app's clock has milliseconds, the column's default (the database's now()) microseconds:
          -- compare at millisecond precision, or a message queued within the same millisecond waits.
          where (status = 'pending' and date_trunc('milliseconds', next_attempt_at) <= ${at.toISOString()})
             or (status = 'sending' and claimed_at < ${staleBefore.toISOString()})
          order by created_at
          limit ${batch}
          for update skip locked
        )
        returning id, to_address, subject, text_body, attempts`),
    );
    if (claimed.length === 0) return result;
    for (const row of claimed) {
      try {
        await transport.sendMail({ from: opts.from, to: row.to_address, subject: row.subject, text: row.text_body });
        await db.update(outbox).set({ status: 'sent', sentAt: now(), lastError: null }).where(eq(outbox.id, row.id));
        result.sent++;
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        const final = row.attempts >= maxAttempts;
        // Back off 1, 4, 9, 16 … minutes.
        const next = new Date(now().getTime() + row.attempts * row.attempts * 60_000);
        await db
          .update(outbox)
          .set({ status: final ? 'failed' : 'pending', lastError: message.slice(0, 1000), nextAttemptAt: next })
          .where(eq(outbox.id, row.id));
        result.failed++;
        opts.logger?.warn({ outboxId: row.id, attempts: row.attempts, final, err: message }, 'e-mail could not be sent');
      }
    }
    if (claimed.length < batch) return result;
  }
}

/** Number of messages waiting (pending or being sent). */
export async function pendingMailCount(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(outbox)
    .where(or(eq(outbox.status, 'pending'), eq(outbox.status, 'sending')));
  return Number(row?.n ?? 0);
}

const transports = new Map<string, MailTransport>();

/** One nodemailer transport per SMTP URL, reused. */
export function smtpTransport(smtpUrl: string): MailTransport {
  let t = transports.get(smtpUrl);
  if (!t) {
    t = nodemailer.createTransport(smtpUrl);
    transports.set(smtpUrl, t);
  }
  return t;
}

export interface MailConfig {
  smtpUrl: string | undefined;
  mailFrom: string;
}

let running: Promise<unknown> | null = null;

/**
 * Send queued mail now, in the background (after a request that queued some). Does nothing without
 * SMTP; never throws; one run at a time per process (other instances are kept apart by SKIP LOCKED).
 */
export function kickOutbox(db: Db, config: MailConfig, logger?: Pick<Logger, 'warn' | 'error'>): void {
  if (!config.smtpUrl || running) return;
  const smtpUrl = config.smtpUrl;
  running = dispatchOutbox(db, smtpTransport(smtpUrl), { from: config.mailFrom, logger })
    .catch((err: unknown) => logger?.error({ err }, 'outbox dispatch failed'))
    .finally(() => {
      running = null;
    });
}

/**
 * Starts the periodic dispatcher (server.ts): every `intervalMs` it sends what is due (retries after
 * failures, mail queued by other instances). Returns a stop function. Does nothing without SMTP.
 */
export function startOutboxTimer(db: Db, config: MailConfig, logger?: Pick<Logger, 'warn' | 'error'>, intervalMs = 30_000): () => void {
  if (!config.smtpUrl) return () => undefined;
  const timer = setInterval(() => kickOutbox(db, config, logger), intervalMs);
  timer.unref();
  kickOutbox(db, config, logger);
  return () => clearInterval(timer);
}
