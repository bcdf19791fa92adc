import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../src/db/client.js';
import type { Db } from '../src/db/client.js';
import { users } from '../src/db/schema/accounts.js';
import { catalogueEntries, technologyCategories } from '../src/db/schema/catalogue.js';
import { organisations } from '../src/db/schema/organisations.js';
import { ENTRY_VISIBILITIES, MATURITIES } from '../src/domain/catalogue.js';
import { RECOMMENDATIONS } from '../src/domain/evaluation.js';
import { seedDemo } from '../src/demo/seed.js';
import { loadActor } from '../src/usecases/accounts/load-actor.js';
import { listCatalogueEntries } from '../src/usecases/catalogue/list-catalogue-entries.js';
import type { Actor } from '../src/usecases/shared/actor.js';

/**
 * The catalogue search at scale (`npm run bench catalogue`): CATALOGUE_BENCH_ENTRIES entries (default
 * 50.000) generated deterministically and inserted in multi-row batches into a migrated demo database,
 * then ~200 representative searches (words, plurals, compounds the stemmer misses, filters, sorts,
 * pages) as a VT Syd network member (Sønderborg), timed one by one: p50/p95/p99 printed, never asserted.
 *
 * Always on PGlite; also on PostgreSQL when `DATABASE_URL` (or `TEST_DATABASE_URL`) names a server —
 * a throwaway database `vtp_bench_catalogue` is created beside it and dropped afterwards:
 *   bash scripts/with-postgres.sh npm run bench catalogue     # a temporary PostgreSQL 15 cluster
 *   DATABASE_URL=postgres://user@host/db npm run bench catalogue
 * CATALOGUE_BENCH_ENTRIES sets the number of entries; CATALOGUE_BENCH_ONLY=postgres skips PGlite.
 */

const BENCH_DB = 'vtp_bench_catalogue';

/** mulberry32: a small deterministic PRNG, so every run inserts the same entries. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const technologies = [
  ['Spiserobotter', 'spiserobot', 'spise-og-ernaering'],
  ['Vasketoiletter', 'vasketoilet', 'personlig-hygiejne'],
  ['Digitale hjælpemidler', 'hjælpemiddel', 'kognition-og-struktur'],
  ['Sengesensorer', 'sengesensor', 'sensorer-og-tryghed'],
  ['Skærmbesøg', 'skærmbesøg', 'kommunikation-og-skaerm'],
  ['Huskeure', 'huskeur', 'kognition-og-struktur'],
  ['Loftlifte', 'loftlift', 'forflytning-og-mobilitet'],
  ['Medicinhuskere', 'medicinhusker', 'medicin'],
  ['Træningsrobotter', 'træningsrobot', 'genoptraening-og-aktivitet'],
  ['Robotstøvsugere', 'robotstøvsuger', 'robotter-og-automatisering'],
  ['Ruteplanlægning', 'ruteplan', 'data-og-planlaegning'],
  ['GPS-alarmer', 'gps-alarm', 'sensorer-og-tryghed'],
] as const;
const places = ['på plejecentre', 'i hjemmeplejen', 'i eget hjem', 'på bosteder', 'i sygeplejen', 'i træningscentret', 'på rehabiliteringsafdelingen'];
const groups = ['aeldre', 'handicap', 'demens', 'kronikere', 'boern'];
const phases = ['Idé', 'Afprøvning', 'Evaluering', 'Drift', 'Opskalering'];
const filler =
  'borgere medarbejdere selvstændighed tryghed tid værdighed måltider nat dag aftaler træning fald hygiejne rehabilitering implementering oplæring superbrugere leverandør evaluering effekt gevinst'.split(
    ' ',
  );

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const words = (r: () => number, n: number) => Array.from({ length: n }, () => pick(r, filler)).join(' ');

async function insertEntries(db: Db, total: number): Promise<number> {
  const orgs = await db.select({ id: organisations.id, slug: organisations.slug }).from(organisations);
  const publishers = new Map<string, string>();
  for (const o of orgs) {
    const [u] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, `sekretariat@${o.slug}.demo`));
    if (u) publishers.set(o.id, u.id);
  }
  const cats = await db.select({ id: technologyCategories.id, key: technologyCategories.key }).from(technologyCategories);
  const r = prng(20261208);
  const t0 = performance.now();
  const BATCH = 1000;
  for (let start = 0; start < total; start += BATCH) {
    const rows = [];
    for (let i = start; i < Math.min(total, start + BATCH); i++) {
      const [tech, , category] = pick(r, technologies);
      const org = pick(r, orgs);
      rows.push({
        organisationId: org.id,
        source: 'import' as const,
        importKey: `bench-${i}`,
        visibility: pick(r, ENTRY_VISIBILITIES),
        title: `${tech} ${pick(r, places)} ${i}`,
        summary: `${tech} giver ${words(r, 8)}.`,
        problem: `Borgere og medarbejdere mangler ${words(r, 6)}.`,
        technologyDescription: `${tech}: ${words(r, 10)}.`,
        technologyCategoryId: cats.find((c) => c.key === category)?.id ?? null,
        targetGroups: [pick(r, groups)],
        phase: pick(r, phases),
        maturity: pick(r, MATURITIES),
        evaluationOutcome: r() < 0.3 ? null : pick(r, RECOMMENDATIONS),
        lessons: words(r, 12),
        unitName: 'Sundhed og Omsorg',
        publishedByUserId: publishers.get(org.id) ?? '',
        publishedAt: new Date(Date.UTC(2020, 0, 1) + Math.floor(r() * 6 * 365) * 86_400_000),
      });
    }
    await db.insert(catalogueEntries).values(rows);
  }
  return performance.now() - t0;
}

/** ~200 searches as a person would type them: words, plurals, compounds, filters, sorts and pages. */
async function searches(db: Db): Promise<Record<string, unknown>[]> {
  const cats = await db.select({ id: technologyCategories.id }).from(technologyCategories);
  const orgs = await db.select({ id: organisations.id }).from(organisations);
  const r = prng(42);
  const terms = [
    ...technologies.flatMap(([plural, single]) => [single, plural.toLowerCase()]),
    'robot',
    'hjælpemidler',
    'demens',
    'plejecenter',
    'hjemmeplejen',
    'fald om natten',
    'spiserobot plejecenter',
    'træning',
    'medicin',
    'selvstændighed',
    'skaermbesoeg',
    'spiserobbot',
  ];
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < 200; i++) {
    const kind = i % 5;
    const q = pick(r, terms);
    if (kind === 0) out.push({ q });
    else if (kind === 1) out.push({ q, categoryId: pick(r, cats).id });
    else if (kind === 2) out.push({ q, maturity: pick(r, MATURITIES), sort: pick(r, ['relevance', 'newest', 'title'] as const) });
    else if (kind === 3) out.push({ organisationId: pick(r, orgs).id, outcome: pick(r, RECOMMENDATIONS), sort: 'newest' });
    else out.push({ q, targetGroup: pick(r, groups), offset: 20 * Math.floor(r() * 5) });
  }
  return out;
}

const pct = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

async function benchOn(label: string, database: Database, total: number): Promise<void> {
  await database.migrate();
  await seedDemo(database.db);
  const db = database.db;
  const insertMs = await insertEntries(db, total);
  await db.execute(sql`analyze catalogue_entries`);
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'ansoeger@soenderborg.demo'));
  const actor: Actor | null = u ? await loadActor(db, u.id) : null;
  if (!actor) throw new Error('bench: no Sønderborg applicant');
  const queries = await searches(db);
  for (const q of queries.slice(0, 10)) await listCatalogueEntries(db, actor, q); // warm-up
  const times: number[] = [];
  let hits = 0;
  for (const q of queries) {
    const t0 = performance.now();
    const res = await listCatalogueEntries(db, actor, q);
    times.push(performance.now() - t0);
    hits += res.entries.length;
  }
  times.sort((a, b) => a - b);
  const f = (v: number) => v.toFixed(1);
  process.stdout.write(`${label.padEnd(12)} insert ${total} entries ${f(insertMs / 1000)} s (${f(total / (insertMs / 1000))}/s)\n`);
  process.stdout.write(
    `${label.padEnd(12)} listCatalogueEntries ×${queries.length} as a network member  p50=${f(pct(times, 0.5))} ms  p95=${f(pct(times, 0.95))} ms  p99=${f(pct(times, 0.99))} ms  max=${f(pct(times, 1))} ms  (hits ${hits})\n`,
  );
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function run(): Promise<void> {
  const total = Number(process.env.CATALOGUE_BENCH_ENTRIES ?? 50_000);
  // CATALOGUE_BENCH_ONLY=postgres skips the (slow) PGlite half, e.g. for a second run under with-postgres.sh.
  if (process.env.CATALOGUE_BENCH_ONLY !== 'postgres') {
    const lite = await openPglite();
    try {
      await benchOn('PGlite', lite, total);
    } finally {
      await lite.close();
    }
  }
  const server = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!server) {
    process.stdout.write('PostgreSQL   skipped (set DATABASE_URL, or run: bash scripts/with-postgres.sh npm run bench catalogue)\n');
    return;
  }
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DB}`);
    await admin.query(`CREATE DATABASE ${BENCH_DB}`);
    const version = (await admin.query<{ server_version: string }>('show server_version')).rows[0]?.server_version ?? '?';
    const database = await openPostgres(withDatabase(server, BENCH_DB));
    try {
      await benchOn(`PG ${version.split(' ')[0]}`, database, total);
    } finally {
      await database.close();
    }
    await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DB}`);
  } finally {
    await admin.end();
  }
}
