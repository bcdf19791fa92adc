/**
 * DATABASE_READ_URL against a real streaming replica (PostgreSQL 15 binaries, `pg_basebackup -R`):
 * lag-tolerant reads (catalogue search, portfolio, reports due, exports) go to the replica, while
 * writes and the pages that must show one's own change at once stay on the primary. With replay
 * paused the replica lags for certain, so the two are told apart by what each page shows.
 */
import { eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { rowsOf } from '../../src/db/rows.js';
import { openPostgres, type Database } from '../../src/db/client.js';
import { catalogueEntries } from '../../src/db/schema/catalogue.js';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../../src/demo/seed.js';
import { demoCatalogueTitles } from '../../src/demo/catalogue.js';
import { paths } from '../../src/paths.js';
import { login } from '../../src/usecases/accounts/login.js';
import { postgresBin, startReplicaCluster, type ReplicaCluster } from '../support/replica-cluster.js';

const bin = postgresBin();

describe.skipIf(!bin)('a streaming replica behind DATABASE_READ_URL', () => {
  let cluster: ReplicaCluster;
  let primary: Database;
  let replica: Database;
  let replicaQueries = 0;
  let app: ReturnType<typeof createApp>;

  const caughtUp = async () => {
    const [row] = rowsOf<{ lsn: string }>(await primary.db.execute(sql`select pg_current_wal_lsn()::text as lsn`));
    for (let i = 0; i < 200; i++) {
      const [r] = rowsOf<{ ok: boolean }>(await replica.db.execute(sql`select pg_last_wal_replay_lsn() >= ${row?.lsn}::pg_lsn as ok`));
      if (r?.ok) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the replica did not catch up');
  };
  const publicEntry = async () => {
    const [entry] = await primary.db.select().from(catalogueEntries).where(eq(catalogueEntries.title, demoCatalogueTitles.vejleHjaelpemidler));
    if (!entry) throw new Error('demo entry missing');
    return entry;
  };
  const asUser = async (email: string) => {
    const session = await login(primary.db, { email, password: DEMO_PASSWORD });
    return (path: string, init: RequestInit = {}) => app.request(path, { ...init, headers: { cookie: `vtp_session=${session.sessionId}`, ...init.headers } });
  };
  const text = async (res: Response | Promise<Response>) => {
    const r = await res;
    expect(r.status).toBe(200);
    return r.text();
  };

  beforeAll(async () => {
    cluster = await startReplicaCluster(bin as string);
    primary = await openPostgres(cluster.primaryUrl, 5);
    await primary.migrate();
    await seedDemoIfEmpty(primary.db, { withCases: true });
    replica = await openPostgres(cluster.replicaUrl, 5, { onQuery: () => void replicaQueries++ });
    await caughtUp();
    const config = loadConfig({ NODE_ENV: 'test', DEMO: 'off', LOG_LEVEL: 'silent' });
    app = createApp({ db: primary.db, readDb: replica.db, config, logger: pino({ level: 'silent' }) });
  }, 180_000);

  afterAll(async () => {
    await replica?.close();
    await primary?.close();
    cluster?.stop();
  });

  it('is a real replica: it refuses writes', async () => {
    await expect(replica.db.execute(sql`create table nope (id int)`)).rejects.toSatisfy((err: unknown) =>
      /read-only/.test(String((err as { cause?: unknown }).cause ?? err)),
    );
  });

  it('serves catalogue search from the replica, which lags while replay is paused, and the entry page from the primary', async () => {
    const entry = await publicEntry();
    const anonymous = (path: string) => app.request(path);
    const before = replicaQueries;
    expect(await text(anonymous(paths.catalogue.index({ q: 'hjælpemiddel' })))).toContain(entry.title);
    expect(replicaQueries).toBeGreaterThan(before);

    await replica.db.execute(sql`select pg_wal_replay_pause()`);
    try {
      const renamed = `${entry.title} (opdateret)`;
      await primary.db.update(catalogueEntries).set({ title: renamed }).where(eq(catalogueEntries.id, entry.id));
      // The entry page reads its own writes: the primary.
      expect(await text(anonymous(paths.catalogue.show({ catalogueEntryId: entry.id })))).toContain(renamed);
      // Search tolerates lag: the paused replica still has the old title.
      const search = await text(anonymous(paths.catalogue.index({ q: 'hjælpemiddel' })));
      expect(search).toContain(entry.title);
      expect(search).not.toContain(renamed);
      // A write through the app succeeds while the replica is read-only: writes go to the primary.
      const session = await login(primary.db, { email: 'sekretariat@vejle.demo', password: DEMO_PASSWORD });
      const res = await app.request('/api/v1/notifications/read', {
        method: 'POST',
        body: JSON.stringify({}),
        headers: { cookie: `vtp_session=${session.sessionId}`, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' },
      });
      expect(res.status).toBe(200);
    } finally {
      await replica.db.execute(sql`select pg_wal_replay_resume()`);
    }
    await caughtUp();
    expect(await text(anonymous(paths.catalogue.index({ q: 'hjælpemiddel' })))).toContain(`${entry.title} (opdateret)`);
  });

  it('serves the portfolio, reports due and the API search from the replica, the front page from the primary', async () => {
    const get = await asUser('sekretariat@vejle.demo');
    let before = replicaQueries;
    await text(get(paths.home()));
    expect(replicaQueries).toBe(before);
    for (const path of [paths.projects.portfolio(), paths.projects.reportsDue(), paths.projects.reportsDueCsv(), `/api/v1/catalogue/entries?q=robot`]) {
      before = replicaQueries;
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(replicaQueries, path).toBeGreaterThan(before);
    }
  });
});
