import { sql } from 'drizzle-orm';
import pino from 'pino';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openPglite, openPostgres, type Database } from '../src/db/client.js';
import { rowsOf } from '../src/db/rows.js';
import { seedDemo } from '../src/demo/seed.js';
import { login } from '../src/usecases/accounts/login.js';
import { loadActor } from '../src/usecases/accounts/load-actor.js';
import { exportLedger } from '../src/usecases/ledger/export-ledger.js';
import { getPoolLedger } from '../src/usecases/ledger/get-pool-ledger.js';
import { listLedgerEntries } from '../src/usecases/ledger/list-ledger-entries.js';
import { recordCommitment } from '../src/usecases/ledger/record-commitment.js';
import { recordPayout } from '../src/usecases/ledger/record-payout.js';
import { buildLedgerPool, buildLedgerApplication } from '../test/support/factories.js';
import { measure, report } from './support.js';

/**
 * The ledger: N commitments and N payouts through the use cases (each a locked transaction), then the
 * economy page's query, the page itself, the entries list and the exports on a pool with
 * LEDGER_BENCH_ENTRIES entries (default 10.000). Embedded database unless BENCH_DATABASE_URL is set
 * (an empty PostgreSQL database, which it migrates and seeds).
 */
export async function run(): Promise<void> {
  const n = Number(process.env.LEDGER_BENCH_OPS ?? 200);
  const target = Number(process.env.LEDGER_BENCH_ENTRIES ?? 10_000);
  const database: Database = process.env.BENCH_DATABASE_URL ? await openPostgres(process.env.BENCH_DATABASE_URL) : await openPglite();
  await database.migrate();
  await seedDemo(database.db);
  const db = database.db;
  const login_ = async (email: string) => {
    const s = await login(db, { email, password: 'demo1234' });
    const actor = await loadActor(db, s.userId);
    if (!actor) throw new Error('no actor');
    return { actor, cookie: `vtp_session=${s.sessionId}` };
  };
  const sek = await login_('sekretariat@vejle.demo');
  const fin = await login_('oekonomi@vejle.demo');

  const pool = await buildLedgerPool(db, {
    orgSlug: 'vejle',
    name: 'Benchmarkpulje',
    start: 2026,
    end: 2029,
    lines: [
      { key: 'a', name: 'Ordinær', years: { 2026: 1e12, 2027: 1e12, 2028: 1e12, 2029: 1e12 } },
      { key: 'b', name: 'Innovation', parent: 'a', shareBp: 1000 },
    ],
  });
  const line = pool.lines.a ?? '';
  const projects: string[] = [];
  for (let i = 0; i < 50; i++) projects.push(await buildLedgerApplication(db, pool, { title: `Projekt ${i}` }));
  const project = (i: number) => projects[i % projects.length] ?? '';

  report(
    `recordCommitment ×${n} (two years each)`,
    await measure(n, (i) =>
      recordCommitment(db, sek.actor, {
        poolId: pool.poolId,
        applicationId: project(i),
        budgetLineId: line,
        split: [
          { year: 2026, amountOere: 10_000_00 },
          { year: 2027, amountOere: 5_000_00 },
        ],
        reference: `Møde ${i}`,
        reason: 'Bench',
      }),
    ),
  );
  report(
    `recordPayout ×${n}`,
    await measure(n, (i) =>
      recordPayout(db, fin.actor, { applicationId: project(i), budgetLineId: line, year: 2026, amountOere: 1_000_00, reference: `Faktura ${i}` }),
    ),
  );

  // Fill up to the target with commitments and payouts inserted in bulk (sound: 1 kr. committed, 0,50 kr. paid).
  const count = async () =>
    Number(rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from ledger_entries where pool_id = ${pool.poolId}`))[0]?.n ?? 0);
  const missing = Math.max(0, target - (await count()));
  const appIds = `{${projects.join(',')}}`;
  await db.execute(sql`
    insert into ledger_entries (pool_id, budget_line_id, year, kind, amount_oere, application_id, reference, reason)
    select ${pool.poolId}, ${line}, 2028, case when g % 2 = 0 then 'commitment'::ledger_entry_kind else 'payout'::ledger_entry_kind end,
      case when g % 2 = 0 then 100 else 50 end, (${appIds}::uuid[])[1 + (g / 2) % ${projects.length}], 'Bulk ' || g, 'Bench'
    from generate_series(1, ${missing}) as g`);
  process.stdout.write(`ledger entries in the pool: ${await count()}\n`);

  report('getPoolLedger (economy page query)', await measure(50, () => getPoolLedger(db, sek.actor, { poolId: pool.poolId })));
  const app = createApp({ db, config: loadConfig({ NODE_ENV: 'test', DEMO: 'off', LOG_LEVEL: 'silent' }), logger: pino({ level: 'silent' }) });
  const get = (path: string) => async () => {
    const res = await app.request(path, { headers: { cookie: sek.cookie } });
    if (res.status !== 200) throw new Error(`${path} → ${res.status}`);
    await res.arrayBuffer();
  };
  report('GET /puljer/:id/oekonomi (page)', await measure(30, get(`/puljer/${pool.poolId}/oekonomi`)));
  report(
    'listLedgerEntries (first 100, filtered by year)',
    await measure(30, () => listLedgerEntries(db, sek.actor, { poolId: pool.poolId, year: 2028, limit: 100 })),
  );
  report('exportLedger CSV summary', await measure(10, () => exportLedger(db, sek.actor, { poolId: pool.poolId, format: 'csv' })));
  report('exportLedger CSV, all entries', await measure(3, () => exportLedger(db, sek.actor, { poolId: pool.poolId, format: 'csv', content: 'entries' })));
  report('exportLedger XLSX (overview + all entries)', await measure(3, () => exportLedger(db, sek.actor, { poolId: pool.poolId, format: 'xlsx' })));
  await database.close();
}
