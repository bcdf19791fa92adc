import { eq, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import pino from 'pino';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { outbox } from '../../src/db/schema/notifications.js';
import { login } from '../../src/usecases/accounts/login.js';
import { requestMoreInformation } from '../../src/usecases/assessment/request-more-information.js';
import { dispatchOutbox, type MailTransport } from '../../src/usecases/notifications/dispatch-outbox.js';
import { demoPool, buildApplication } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { paths } from '../../src/paths.js';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

let t: TestApp;
let server: SMTPServer;
let port = 0;
const received: Received[] = [];

beforeAll(async () => {
  t = await createTestApp('demo');
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const addr = server.server.address();
  port = typeof addr === 'object' && addr ? addr.port : 0;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await t.close();
});

/** Decodes a MIME header (=?UTF-8?Q?…?= / =?UTF-8?B?…?=) well enough to compare the Danish subject. */
function subjectOf(raw: string): string {
  const m = /^Subject: (.*(?:\r?\n[ \t].*)*)/im.exec(raw);
  const header = (m?.[1] ?? '').replace(/\r?\n[ \t]/g, ' ');
  return header.replace(/=\?utf-8\?([qb])\?([^?]*)\?=\s*/gi, (_all, enc: string, text: string) =>
    enc.toLowerCase() === 'b'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  );
}

describe('e-mail through the outbox', () => {
  it('queues the e-mail in the same transaction and sends it after commit over real SMTP', async () => {
    const pool = await demoPool(t.db, 'vejle');
    const app = await buildApplication(t.db, { pool, state: 'submitted', title: 'Skærmbesøg i hjemmeplejen' });
    const secretariat = await t.actor('sekretariat@vejle.demo');
    await requestMoreInformation(t.db, secretariat, { applicationId: app, question: 'Hvor mange borgere indgår i afprøvningen?' });
    const queued = await t.db.select().from(outbox).where(eq(outbox.toAddress, 'ansoeger@vejle.demo'));
    expect(queued).toHaveLength(1);
    expect(queued[0]?.status).toBe('pending');

    const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
    const result = await dispatchOutbox(t.db, transport, { from: 'Velfærdsteknologipuljer <no-reply@puljer.local>' });
    expect(result).toEqual({ sent: 1, failed: 0 });
    expect(received).toHaveLength(1);
    expect(received[0]?.to).toEqual(['ansoeger@vejle.demo']);
    expect(subjectOf(received[0]?.raw ?? '')).toMatch(/^Vi mangler oplysninger til ansøgning T-/);
    expect(received[0]?.raw).toContain('Hvor mange borgere');
    const [row] = await t.db
      .select()
      .from(outbox)
      .where(eq(outbox.id, queued[0]?.id ?? ''));
    expect(row).toMatchObject({ status: 'sent', attempts: 1 });

    // Nothing is sent twice.
    expect(await dispatchOutbox(t.db, transport, { from: 'x@y.dk' })).toEqual({ sent: 0, failed: 0 });
    expect(received).toHaveLength(1);
  });

  it('the app sends the mail right after the request that queued it (SMTP_URL configured)', async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      DEMO: 'off',
      LOG_LEVEL: 'silent',
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      MAIL_FROM: 'Puljer <puljer@vejle.dk>',
    });
    const app = createApp({ db: t.db, config, logger: pino({ level: 'silent' }) });
    const pool = await demoPool(t.db, 'vejle');
    const id = await buildApplication(t.db, { pool, state: 'submitted', title: 'Digital tilsyn' });
    const session = await login(t.db, { email: 'sekretariat@vejle.demo', password: 'demo1234' });
    const before = received.length;
    const res = await app.request(paths.assessment.ask({ applicationId: id }), {
      method: 'POST',
      headers: { cookie: `vtp_session=${session.sessionId}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: session.csrfToken, question: 'Hvilke leverandører har I talt med?' }),
    });
    expect(res.status).toBe(303);
    for (let i = 0; i < 100 && received.length === before; i++) await new Promise((r) => setTimeout(r, 50));
    expect(received.length).toBe(before + 1);
    expect(received.at(-1)?.from).toBe('puljer@vejle.dk');
    expect(received.at(-1)?.raw).toContain('Hvilke leverand');
    // Let the background dispatcher finish marking the row before the test moves on.
    for (let i = 0; i < 100; i++) {
      const rows = await t.db.select().from(outbox).where(eq(outbox.status, 'sending'));
      if (rows.length === 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
  });

  it('does not queue anything when the change is rolled back', async () => {
    const pool = await demoPool(t.db, 'vejle');
    const app = await buildApplication(t.db, { pool, state: 'approved' });
    const secretariat = await t.actor('sekretariat@vejle.demo');
    const before = (await t.db.select().from(outbox)).length;
    await expect(requestMoreInformation(t.db, secretariat, { applicationId: app, question: 'Spørgsmål' })).rejects.toMatchObject({
      code: 'TRANSITION_NOT_ALLOWED',
    });
    expect((await t.db.select().from(outbox)).length).toBe(before);
  });

  it('retries after a failure with backoff and gives up after the maximum attempts', async () => {
    await t.db.delete(outbox);
    await t.db.insert(outbox).values({ toAddress: 'a@b.dk', subject: 'Emne', textBody: 'Tekst' });
    const failing: MailTransport = { sendMail: () => Promise.reject(new Error('SMTP nede')) };
    const start = Date.now() + 1000;
    let clock = new Date(start);
    const opts = { from: 'x@y.dk', maxAttempts: 2, now: () => clock };
    expect(await dispatchOutbox(t.db, failing, opts)).toEqual({ sent: 0, failed: 1 });
    let [row] = await t.db.select().from(outbox);
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastError: 'SMTP nede' });
    // Not due yet (1 minute backoff).
    expect(await dispatchOutbox(t.db, failing, opts)).toEqual({ sent: 0, failed: 0 });
    clock = new Date(start + 2 * 60_000);
    expect(await dispatchOutbox(t.db, failing, opts)).toEqual({ sent: 0, failed: 1 });
    [row] = await t.db.select().from(outbox);
    expect(row).toMatchObject({ status: 'failed', attempts: 2 });
  });

  it('sends a message queued within the same millisecond as the dispatch (database microseconds vs app milliseconds)', async () => {
    await t.db.delete(outbox);
    await t.db.insert(outbox).values({ toAddress: 'samme@ms.dk', subject: 'Emne', textBody: 'Tekst', nextAttemptAt: new Date('2026-01-01T00:00:00.000Z') });
    // Half a millisecond later than the app's clock can express.
    await t.db.execute(sql`update outbox set next_attempt_at = '2026-01-01T00:00:00.000500Z'`);
    const sent: string[] = [];
    const transport: MailTransport = { sendMail: async (m) => void sent.push(m.to) };
    expect(await dispatchOutbox(t.db, transport, { from: 'x@y.dk', now: () => new Date('2026-01-01T00:00:00.000Z') })).toEqual({ sent: 1, failed: 0 });
    expect(sent).toEqual(['samme@ms.dk']);
  });

  it('two dispatchers at once send each message once', async () => {
    await t.db.delete(outbox);
    await t.db.insert(outbox).values(Array.from({ length: 6 }, (_, i) => ({ toAddress: `m${i}@b.dk`, subject: `Emne ${i}`, textBody: 'Tekst' })));
    const sent: string[] = [];
    const slow: MailTransport = {
      sendMail: async (m) => {
        await new Promise((r) => setTimeout(r, 5));
        sent.push(m.to);
      },
    };
    const [a, b] = await Promise.all([
      dispatchOutbox(t.db, slow, { from: 'x@y.dk', batchSize: 2 }),
      dispatchOutbox(t.db, slow, { from: 'x@y.dk', batchSize: 2 }),
    ]);
    expect((a?.sent ?? 0) + (b?.sent ?? 0)).toBe(6);
    expect(new Set(sent).size).toBe(6);
    expect(sent).toHaveLength(6);
  });
});
