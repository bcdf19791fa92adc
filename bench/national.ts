/**
 * `npm run bench -- --data national|municipality`: the pages on the generated scale data set, under
 * 50 concurrent keep-alive connections, against two ceilings measured in the same run (see
 * national/ceilings.ts): A bare Hono, B bare Hono + pg doing the session lookup and the page's main
 * query by hand. Then the exports of the largest pool (each in a child process: time and peak RSS)
 * and the ledger and portfolio aggregates against the best hand-written SQL, with both plans.
 *
 * national: PostgreSQL at BENCH_DATABASE_URL (or --database-url), already holding
 *   `npm run seed:scale -- --preset national` (seeded here when empty).
 * municipality: the embedded database in BENCH_DATA_DIR (default /tmp/bench-municipality), seeded with
 *   `--preset municipality` when empty; ceiling B needs PostgreSQL and is left out; also times
 *   `npm start` on a fresh data directory.
 * BENCH_SECONDS (default 5) per measurement, BENCH_CONNECTIONS (default 50).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { openPglite, openPostgres, type Database, type Db } from '../src/db/client.js';
import { rowsOf } from '../src/db/rows.js';
import * as schema from '../src/db/schema/index.js';
import { todayInCopenhagen } from '../src/domain/dates.js';
import { SCALE_PASSWORD } from '../src/scale/structure.js';
import { generateDataSet } from '../src/scale/generate.js';
import { login } from '../src/usecases/accounts/login.js';
import { loadActor } from '../src/usecases/accounts/load-actor.js';
import { getPoolLedger } from '../src/usecases/ledger/get-pool-ledger.js';
import { getPortfolio } from '../src/usecases/projects/get-portfolio.js';
import { ledgerAggregate, portfolioAggregate, type BenchIds, type HandQuery } from './national/hand-queries.js';
import { load, type LoadResult } from './national/load.js';
import { ROOT, runJson, startProcess, stopProcess } from './national/servers.js';
import { targets } from './national/targets.js';
import { measure } from './support.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const AGG_N = Number(process.env.BENCH_AGGREGATE_RUNS ?? 10);
const out = (line = '') => process.stdout.write(`${line}\n`);
const f1 = (n: number) => n.toFixed(1);

export async function run(data = 'national', databaseUrl = process.env.BENCH_DATABASE_URL): Promise<void> {
  const embedded = data === 'municipality';
  if (!embedded && !databaseUrl) throw new Error('--data national needs BENCH_DATABASE_URL or --database-url (a PostgreSQL database)');
  const dataDir = process.env.BENCH_DATA_DIR ?? '/tmp/bench-municipality';
  const database: Database = embedded ? await openPglite({ dataDir }) : await openPostgres(databaseUrl ?? '');
  await database.migrate();
  const db = database.db;
  if (Number(rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from applications`))[0]?.n) === 0) {
    out(`seeding --preset ${data} …`);
    await generateDataSet(db, { preset: embedded ? 'municipality' : 'national', log: (l) => out(`  ${l}`) });
  }
  const ids = await benchIds(db);
  const slug = rowsOf<{ slug: string }>(await db.execute(sql`select slug from organisations where id = ${ids.orgId}`))[0]?.slug ?? '';
  const network = rowsOf<{ slug: string }>(await db.execute(sql`select slug from networks order by slug limit 1`))[0]?.slug;
  const counts = rowsOf<Record<string, number>>(
    await db.execute(sql`select (select count(*)::int from applications) as applications, (select count(*)::int from applications where pool_id = ${ids.poolId}) as "poolApplications",
      (select count(*)::int from ledger_entries where pool_id = ${ids.poolId}) as "poolLedgerEntries", (select count(*)::int from catalogue_entries) as catalogue`),
  )[0];
  out(`data: ${data} ${JSON.stringify(counts)}; largest pool ${ids.poolId} (${slug})`);

  const cookies: Record<string, string> = {};
  const emailOf = (role: string) => (role === 'koordinator' ? `koordinator@${network}.example.dk` : `${role}1@${slug}.example.dk`);
  const list = targets(ids, { network: Boolean(network) });
  for (const role of new Set(list.map((t) => t.role))) {
    const s = await login(db, { email: emailOf(role), password: SCALE_PASSWORD });
    cookies[role] = `vtp_session=${s.sessionId}`;
  }
  const actorOf = async (role: string) => {
    const rows = rowsOf<{ id: string }>(await db.execute(sql`select id from users where email = ${emailOf(role)}`));
    const actor = await loadActor(db, rows[0]?.id ?? '');
    if (!actor) throw new Error(`no actor ${role}`);
    return actor;
  };
  const finance = await actorOf('oekonomi');
  const secretariat = await actorOf('sekretariat');
  ids.userId = secretariat.userId;
  if (embedded) await database.close(); // one process at a time on the embedded database

  // The servers, each its own process on its own port.
  const port = 3290 + Math.floor(Math.random() * 3) * 3;
  const hello = await startProcess(['bench/national/ceilings.ts', 'hello', String(port)], {}, `http://127.0.0.1:${port}/hello`);
  const ceilingB = embedded
    ? null
    : await startProcess(
        ['bench/national/ceilings.ts', 'pg', String(port + 1), databaseUrl ?? '', JSON.stringify(ids)],
        {},
        `http://127.0.0.1:${port + 1}/q/front`,
      );
  const appEnv: Record<string, string> = {
    PORT: String(port + 2),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    SESSION_SECRET: 'bench-secret-bench-secret-bench-secret-0000',
    SECURE_COOKIES: 'false',
    LOG_LEVEL: 'warn',
    DEMO: 'off',
    ...(embedded ? { DATA_DIR: dataDir } : { DATABASE_URL: databaseUrl ?? '' }),
  };
  const app = await startProcess(['src/server.ts'], appEnv, `http://127.0.0.1:${port + 2}/healthz`);
  const results: { label: string; r: LoadResult; a: number; b?: number }[] = [];
  try {
    out(`\n${CONNECTIONS} connections, ${SECONDS} s each after 1 s warm-up; app: NODE_ENV=production, LOG_LEVEL=warn, pool of 10`);
    const a = await load(`http://127.0.0.1:${port}/hello`, { connections: CONNECTIONS, seconds: SECONDS });
    out(`ceiling A (bare Hono):                  ${f1(a.perSecond)}/s  p50=${f1(a.p50)}  p95=${f1(a.p95)}  p99=${f1(a.p99)} ms`);
    const b: Record<string, LoadResult> = {};
    if (ceilingB) {
      for (const key of new Set(list.map((t) => t.ceiling))) {
        b[key] = await load(`http://127.0.0.1:${port + 1}/q/${key}`, {
          connections: CONNECTIONS,
          seconds: SECONDS,
          headers: { cookie: cookies.sekretariat ?? '' },
        });
        const r = b[key];
        out(
          `ceiling B ${key.padEnd(29)} ${f1(r.perSecond)}/s  p50=${f1(r.p50)}  p95=${f1(r.p95)}  p99=${f1(r.p99)} ms${r.errors ? `  errors=${r.errors} ${r.firstError}` : ''}`,
        );
      }
    }
    for (const t of list) {
      const r = await load(`http://127.0.0.1:${port + 2}${t.url}`, { connections: CONNECTIONS, seconds: SECONDS, headers: { cookie: cookies[t.role] ?? '' } });
      results.push({ label: t.label, r, a: r.perSecond / a.perSecond, b: b[t.ceiling]?.perSecond ? r.perSecond / (b[t.ceiling]?.perSecond ?? 1) : undefined });
      out(`page ${t.label.padEnd(34)} ${f1(r.perSecond)}/s  p50=${f1(r.p50)}  p95=${f1(r.p95)}  p99=${f1(r.p99)} ms${r.errors ? `  errors=${r.errors}` : ''}`);
    }
    out(`\n| page | req/s | p50 ms | p95 ms | p99 ms | % of A | % of B | errors |`);
    out(`|---|---:|---:|---:|---:|---:|---:|---:|`);
    for (const { label, r, a: ra, b: rb } of results) {
      out(
        `| ${label} | ${f1(r.perSecond)} | ${f1(r.p50)} | ${f1(r.p95)} | ${f1(r.p99)} | ${f1(ra * 100)} | ${rb === undefined ? '–' : f1(rb * 100)} | ${r.errors}${r.firstError ? ` (${r.firstError.slice(0, 60).replace(/\s+/g, ' ')})` : ''} |`,
      );
    }
  } finally {
    await Promise.all([stopProcess(hello), ...(ceilingB ? [stopProcess(ceilingB)] : []), stopProcess(app)]);
  }

  if (embedded) {
    await timeFreshStart(port + 2);
    return;
  }
  out('\nExports of the largest pool (all entries), each in a child process:');
  for (const format of ['csv', 'xlsx']) {
    const e = await runJson<{ ms: number; bytes: number; peakRssMb: number; baseRssMb: number }>([
      'bench/national/export-child.ts',
      databaseUrl ?? '',
      finance.userId,
      ids.poolId,
      format,
    ]);
    out(
      `  ${format.padEnd(5)} ${(e.ms / 1000).toFixed(2)} s  ${(e.bytes / 1048576).toFixed(1)} MB  peak RSS ${e.peakRssMb.toFixed(0)} MB (before: ${e.baseRssMb.toFixed(0)} MB)`,
    );
  }
  await compareAggregates(db, databaseUrl ?? '', ids, {
    ledger: (d) => getPoolLedger(d, finance, { poolId: ids.poolId }),
    portfolio: (d) => getPortfolio(d, secretariat, {}),
  });
  await database.close();
}

async function benchIds(db: Db): Promise<BenchIds> {
  const [pool] = rowsOf<{ id: string; org: string }>(
    await db.execute(sql`select pool_id as id, organisation_id as org from applications group by 1, 2 order by count(*) desc, 1 limit 1`),
  );
  if (!pool) throw new Error('no applications');
  const [app] = rowsOf<{ id: string }>(
    await db.execute(
      sql`select id from applications where pool_id = ${pool.id} and state in ('in_review', 'recommended', 'in_trial') order by state, id limit 1`,
    ),
  );
  return { orgId: pool.org, poolId: pool.id, applicationId: app?.id ?? '', userId: '', today: todayInCopenhagen() };
}

/** The use case's time against the hand-written aggregate's, and both plans (the use case's statements captured as sent). */
async function compareAggregates(db: Db, url: string, ids: BenchIds, cases: Record<'ledger' | 'portfolio', (d: Db) => Promise<unknown>>): Promise<void> {
  const client = new pg.Pool({ connectionString: url, max: 2 });
  const captured: { query: string; params: unknown[] }[] = [];
  const tracing = drizzle(client, { schema, logger: { logQuery: (query, params) => captured.push({ query, params }) } }) as unknown as Db;
  const hand: Record<'ledger' | 'portfolio', HandQuery> = { ledger: ledgerAggregate(ids), portfolio: portfolioAggregate(ids) };
  const explain = async (q: string, params: unknown[]) =>
    rowsOf<{ 'QUERY PLAN': string }>(await client.query(`explain (analyze, buffers off) ${q}`, params))
      .map((r) => `      ${r['QUERY PLAN']}`)
      .join('\n');
  for (const name of ['ledger', 'portfolio'] as const) {
    await cases[name](db);
    const uc = await measure(AGG_N, () => cases[name](db));
    const hq = hand[name];
    await client.query(hq.text, hq.values);
    const hs = await measure(AGG_N, () => client.query(hq.text, hq.values));
    out(
      `\n${name} aggregate: use case p50 ${f1(uc.p50)} ms (p95 ${f1(uc.p95)}), hand-written SQL p50 ${f1(hs.p50)} ms (p95 ${f1(hs.p95)}): ${f1(uc.p50 / hs.p50)}×`,
    );
    captured.length = 0;
    await cases[name](tracing);
    const heavy = captured.filter((c) => c.query.includes('ledger_entries'));
    for (const c of heavy) out(`    use case statement: ${c.query.slice(0, 240)}${c.query.length > 240 ? ' …' : ''}\n${await explain(c.query, c.params)}`);
    out(`    hand-written: ${hq.text.replace(/\s+/g, ' ')}\n${await explain(hq.text, hq.values)}`);
  }
  await client.end();
}

/** `npm start` on an empty data directory (first start: migrations and the demo seed) until /healthz answers. */
async function timeFreshStart(port: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-fresh-'));
  const t0 = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dir },
    stdio: 'ignore',
    detached: true,
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited ${child.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    out(`\nnpm start on a fresh data directory (migrations + demo seed) until /healthz answers: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } finally {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    rmSync(dir, { recursive: true, force: true });
  }
}
