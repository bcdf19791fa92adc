/**
 * The app behind PgBouncer in transaction mode (what larger installations put between many app
 * instances and one PostgreSQL): three server connections shared by twenty client connections, so
 * any reliance on session state (SET, LISTEN, named prepared statements, session advisory locks)
 * would break. Migrations go to the server directly, as ARCHITECTURE.md says they must.
 */
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { rowsOf } from '../../src/db/rows.js';
import { openPostgres, type Database } from '../../src/db/client.js';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../../src/demo/seed.js';
import { paths } from '../../src/paths.js';
import { login } from '../../src/usecases/accounts/login.js';
import { pgbouncerBin, postgresBin, startPgBouncer, startReplicaCluster, type Bouncer, type ReplicaCluster } from '../support/replica-cluster.js';

const bin = postgresBin();
const bouncerBin = pgbouncerBin();

describe.skipIf(!bin || !bouncerBin)('the app through PgBouncer in transaction mode', () => {
  let cluster: ReplicaCluster;
  let bouncer: Bouncer;
  let pooled: Database;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    cluster = await startReplicaCluster(bin as string);
    const direct = await openPostgres(cluster.primaryUrl, 1);
    await direct.migrate();
    await direct.close();
    bouncer = await startPgBouncer(bouncerBin as string, cluster.primaryUrl, 3);
    pooled = await openPostgres(bouncer.url, 20);
    // The demo's seeding is hundreds of transactions: all of them through the bouncer.
    await seedDemoIfEmpty(pooled.db, { withCases: true });
    app = createApp({ db: pooled.db, config: loadConfig({ NODE_ENV: 'test', DEMO: 'off', LOG_LEVEL: 'silent' }), logger: pino({ level: 'silent' }) });
  }, 240_000);

  afterAll(async () => {
    await pooled?.close();
    bouncer?.stop();
    cluster?.stop();
  });

  it('really goes through the bouncer', async () => {
    const rows = rowsOf<{ port: number }>(await pooled.db.execute(sql`select inet_server_port() as port`));
    expect(String(rows[0]?.port)).toBe(new URL(cluster.primaryUrl).port);
    expect(new URL(bouncer.url).port).not.toBe(new URL(cluster.primaryUrl).port);
  });

  it('serves pages and writes concurrently, many clients over three server connections', async () => {
    const sessions = await Promise.all(
      ['sekretariat@vejle.demo', 'sekretariat@horsens.demo', 'oekonomi@vejle.demo', 'sekretariat@aarhus.demo'].map((email) =>
        login(pooled.db, { email, password: DEMO_PASSWORD }),
      ),
    );
    const pages = [paths.home(), paths.pools.list(), paths.projects.portfolio(), paths.catalogue.index({ q: 'robot' }), paths.notifications.list()];
    const requests = sessions.flatMap((s) => [
      ...pages.map((p) => app.request(p, { headers: { cookie: `vtp_session=${s.sessionId}` } })),
      app.request('/api/v1/notifications/read', {
        method: 'POST',
        body: '{}',
        headers: { cookie: `vtp_session=${s.sessionId}`, 'x-csrf-token': s.csrfToken, 'content-type': 'application/json' },
      }),
    ]);
    const finance = sessions[2];
    if (finance) requests.push(app.request(paths.ledger.overview(), { headers: { cookie: `vtp_session=${finance.sessionId}` } }));
    const statuses = (await Promise.all(requests)).map((r) => r.status);
    expect(statuses).toEqual(requests.map(() => 200));
  });
});
