import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/db/schema/audit.js';
import { webhookDeliveries } from '../../src/db/schema/case-records.js';
import { MAX_ATTEMPTS, verifySignature } from '../../src/domain/webhooks.js';
import { decideDirectly } from '../../src/usecases/assessment/decide-directly.js';
import { closeProject } from '../../src/usecases/projects/close-project.js';
import { decideProjectOutcome } from '../../src/usecases/projects/decide-project-outcome.js';
import { recordEvaluation } from '../../src/usecases/projects/record-evaluation.js';
import type { Actor } from '../../src/usecases/shared/actor.js';
import { dispatchWebhooks } from '../../src/usecases/webhooks/dispatch-webhooks.js';
import { listWebhookDeliveries } from '../../src/usecases/webhooks/list-webhook-deliveries.js';
import { listWebhooks } from '../../src/usecases/webhooks/list-webhooks.js';
import { replayWebhookDelivery } from '../../src/usecases/webhooks/replay-webhook-delivery.js';
import { saveWebhook } from '../../src/usecases/webhooks/save-webhook.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { refusalOf } from '../support/expect-refusal.js';
import { buildApplication, buildEvaluationInput, buildOutcomePool, buildStartedProject, demoPool, type OutcomeFixture } from '../support/factories.js';

/** Issue 13 item 6: signed webhooks on case events, queued in the event's transaction, sent to a real HTTP server on loopback. */
interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}
let t: TestApp;
let admin: Actor;
let secretariat: Actor;
let fx: OutcomeFixture;
let orgId: string;
let server: Server;
let base = '';
const received: Received[] = [];
/** What the receiver answers; a test switches it to make the receiver fail. */
let answer = 200;

beforeAll(async () => {
  t = await createTestApp('demo');
  admin = await t.actor('admin@vejle.demo');
  secretariat = await t.actor('sekretariat@vejle.demo');
  orgId = admin.memberships[0]!.organisationId;
  fx = await buildOutcomePool(t.db);
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.statusCode = answer;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

const deliveriesOf = (endpointId: string) => t.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId));

describe('registering an endpoint', () => {
  it('refuses plain http outside loopback and an empty event list, in Danish', async () => {
    const err = await refusalOf(saveWebhook(t.db, admin, { organisationId: orgId, name: 'SBSYS', url: 'http://esdh.vejle.dk/hook', events: [], active: true }));
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.fields).toMatchObject({ url: 'Adressen skal begynde med https://', events: 'Vælg mindst én hændelse' });
  });

  it('is only for the organisation’s own admin: 403 for its secretariat, 404 for another organisation', async () => {
    const input = { organisationId: orgId, name: 'SBSYS', url: 'https://esdh.vejle.dk/hook', events: ['submitted'], active: true };
    expect((await refusalOf(saveWebhook(t.db, secretariat, input))).code).toBe('FORBIDDEN');
    expect((await refusalOf(saveWebhook(t.db, await t.actor('admin@aarhus.demo'), input))).code).toBe('NOT_FOUND');
    expect((await refusalOf(listWebhooks(t.db, await t.actor('admin@aarhus.demo'), { organisationId: orgId }))).code).toBe('NOT_FOUND');
  });
});

describe('delivering case events', () => {
  let endpointId = '';
  let secret = '';

  it('generates the secret once, and lists the endpoint without it', async () => {
    const saved = await saveWebhook(t.db, admin, {
      organisationId: orgId,
      name: 'SBSYS',
      url: `${base}/hook`,
      events: ['decided', 'evaluated', 'closed'],
      active: true,
    });
    expect(saved.secret).toMatch(/^whsec_[0-9a-f]{64}$/);
    endpointId = saved.endpoint.id;
    secret = saved.secret!;
    const list = await listWebhooks(t.db, admin, { organisationId: orgId });
    expect(list.map((e) => e.id)).toContain(endpointId);
    expect(JSON.stringify(list)).not.toContain(secret);
    const audit = await t.db.select().from(auditEvents).where(eq(auditEvents.objectId, endpointId));
    expect(audit.map((a) => a.action)).toEqual(['webhook.created']);
    expect(JSON.stringify(audit)).not.toContain(secret);
  });

  it('queues evaluated and closed in the events’ transactions and POSTs them signed (HMAC-SHA256 over t.body)', async () => {
    const project = await buildStartedProject(t.db, fx, secretariat);
    await recordEvaluation(t.db, secretariat, buildEvaluationInput(project, { recommendation: 'operation' }));
    await decideProjectOutcome(t.db, secretariat, { applicationId: project, outcome: 'stop', decidedOn: '2023-09-01', reason: 'Stoppet efter evaluering.' });
    await closeProject(t.db, secretariat, { applicationId: project, reason: 'Stoppet' });
    const queued = await deliveriesOf(endpointId);
    expect(queued.map((d) => [d.event, d.status])).toEqual(
      expect.arrayContaining([
        ['evaluated', 'pending'],
        ['closed', 'pending'],
      ]),
    );

    received.length = 0;
    const r = await dispatchWebhooks(t.db);
    expect(r).toEqual({ delivered: 2, failed: 0 });
    expect(received).toHaveLength(2);
    for (const req of received) {
      const header = String(req.headers['x-vtp-signature']);
      expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
      expect(verifySignature(secret, req.body, header)).toBe(true);
      expect(verifySignature(secret, `${req.body} `, header)).toBe(false);
      expect(verifySignature('whsec_wrong', req.body, header)).toBe(false);
    }
    const closed = received.map((x) => JSON.parse(x.body) as Record<string, unknown>).find((p) => p.event === 'closed') as {
      caseNumber: string;
      organisation: { name: string };
      occurredAt: string;
      document: { kind: string; contentType: string; encoding: string; content: string };
    };
    expect(closed.caseNumber).toMatch(/^O-/);
    expect(closed.organisation.name).toContain('Vejle');
    expect(Number.isNaN(Date.parse(closed.occurredAt))).toBe(false);
    expect(closed.document).toMatchObject({ kind: 'closure', contentType: 'application/json', encoding: 'base64' });
    expect(JSON.parse(Buffer.from(closed.document.content, 'base64').toString('utf8'))).toEqual({ reason: 'Stoppet', returnedOere: 0 });
    const log = await listWebhookDeliveries(t.db, admin, { organisationId: orgId, endpointId });
    expect(log.filter((d) => d.status === 'delivered')).toHaveLength(2);
    expect(log[0]).toMatchObject({ lastStatusCode: 200, attempts: 1, lastError: null });
    expect(log[0]!.lastDurationMs).toBeGreaterThanOrEqual(0);
  });

  it('queues a decision, and nothing for an event the endpoint does not subscribe to or an inactive endpoint', async () => {
    const pool = await demoPool(t.db, 'vejle');
    const id = await buildApplication(t.db, { pool, state: 'qualified', budgetLineId: pool.lines['innovation-og-test'] });
    const before = (await deliveriesOf(endpointId)).length;
    await decideDirectly(t.db, await t.actor('raad@vejle.demo'), { applicationId: id, outcome: 'reject', reason: 'Projektet ligger uden for puljens formål.' });
    const after = await deliveriesOf(endpointId);
    expect(after.length).toBe(before + 1);
    const decided = after.find((d) => d.applicationId === id);
    expect(decided?.event).toBe('decided');
    await saveWebhook(t.db, admin, { organisationId: orgId, endpointId, name: 'SBSYS', url: `${base}/hook`, events: ['decided'], active: false });
    const id2 = await buildApplication(t.db, { pool, state: 'qualified', budgetLineId: pool.lines['innovation-og-test'] });
    await decideDirectly(t.db, await t.actor('raad@vejle.demo'), { applicationId: id2, outcome: 'reject', reason: 'Uden for formålet.' });
    expect((await deliveriesOf(endpointId)).some((d) => d.applicationId === id2)).toBe(false);
  });
});

describe('a failing receiver', () => {
  it('is retried after 1 min, 5 min, 30 min, 2 h and 12 h, then failed; the admin replays it and it is delivered', async () => {
    const saved = await saveWebhook(t.db, admin, { organisationId: orgId, name: 'Acadre', url: `${base}/fail`, events: ['closed'], active: true });
    const project = await buildStartedProject(t.db, fx, secretariat);
    await decideProjectOutcome(t.db, secretariat, { applicationId: project, outcome: 'stop', decidedOn: '2023-09-01', reason: 'Stop.' });
    await closeProject(t.db, secretariat, { applicationId: project, reason: 'Stoppet' });
    const [queued] = await deliveriesOf(saved.endpoint.id);
    expect(queued?.status).toBe('pending');

    answer = 500;
    let now = new Date();
    const waits: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const r = await dispatchWebhooks(t.db, { now: () => now });
      expect(r.failed).toBeGreaterThanOrEqual(1);
      const [d] = await deliveriesOf(saved.endpoint.id);
      expect(d).toMatchObject({ attempts: attempt, lastStatusCode: 500, lastError: 'HTTP 500' });
      if (attempt < MAX_ATTEMPTS) {
        expect(d!.status).toBe('pending');
        waits.push(Math.round((d!.nextAttemptAt.getTime() - now.getTime()) / 60_000));
        // Not due a minute early.
        expect((await dispatchWebhooks(t.db, { now: () => new Date(d!.nextAttemptAt.getTime() - 60_000) })).failed).toBe(0);
        now = new Date(d!.nextAttemptAt.getTime() + 1);
      } else expect(d!.status).toBe('failed');
    }
    expect(waits).toEqual([1, 5, 30, 120, 720]);
    expect((await dispatchWebhooks(t.db, { now: () => new Date(now.getTime() + 86_400_000) })).failed).toBe(0);

    expect((await refusalOf(replayWebhookDelivery(t.db, await t.actor('admin@aarhus.demo'), { organisationId: orgId, deliveryId: queued!.id }))).code).toBe(
      'NOT_FOUND',
    );
    answer = 200;
    await replayWebhookDelivery(t.db, admin, { organisationId: orgId, deliveryId: queued!.id });
    expect((await dispatchWebhooks(t.db)).delivered).toBe(1);
    const [done] = await deliveriesOf(saved.endpoint.id);
    expect(done).toMatchObject({ status: 'delivered', attempts: 1, lastStatusCode: 200 });
    const audit = await t.db.select().from(auditEvents).where(eq(auditEvents.objectId, queued!.id));
    expect(audit.map((a) => a.action)).toEqual(['webhook.delivery_replayed']);
  });

  it('counts a receiver that does not answer in time as a failure', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`;
    const saved = await saveWebhook(t.db, admin, { organisationId: orgId, name: 'F2', url, events: ['closed'], active: true });
    const project = await buildStartedProject(t.db, fx, secretariat);
    await decideProjectOutcome(t.db, secretariat, { applicationId: project, outcome: 'stop', decidedOn: '2023-09-01', reason: 'Stop.' });
    await closeProject(t.db, secretariat, { applicationId: project, reason: 'Stoppet' });
    await saveWebhook(t.db, admin, { organisationId: orgId, endpointId: saved.endpoint.id, name: 'F2', url, events: ['closed'], active: true });
    // Only this endpoint's delivery is due: the others were delivered or failed above.
    await dispatchWebhooks(t.db, { timeoutMs: 200 });
    const [d] = await deliveriesOf(saved.endpoint.id);
    expect(d).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: null, lastError: 'Tidsgrænsen blev overskredet' });
    silent.closeAllConnections();
    await new Promise((resolve) => silent.close(resolve));
  });
});
