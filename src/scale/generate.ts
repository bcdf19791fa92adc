import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rowsOf } from '../db/rows.js';
import { scaleStaff } from '../demo/scale-staff.js';
import { todayInCopenhagen } from '../domain/dates.js';
import { generateCases } from './cases.js';
import { generateCatalogue } from './catalogue.js';
import { withoutSecondaryIndexes } from './bulk-indexes.js';
import { generateMoneyAndProjects } from './money.js';
import { scalePresets, type ScalePresetName } from './presets.js';
import { randomFor } from './random.js';
import { generateStructure } from './structure.js';

export interface GenerateOptions {
  preset: ScalePresetName;
  seed?: number;
  /** The seeding day (YYYY-MM-DD, Copenhagen); pools and cases are dated relative to it. */
  today?: string;
  log?: (line: string) => void;
}

export interface DataSetCounts {
  organisations: number;
  users: number;
  pools: number;
  applications: number;
  ledgerEntries: number;
  ledgerSum: number;
  projects: number;
  followUpReports: number;
  catalogueEntries: number;
}

/**
 * Build a scale data set into an empty, migrated database (PGlite or PostgreSQL), in one transaction:
 * structure through the use cases, the bulk (applications and everything hanging off them, the
 * ledger, projects, catalogue) as server-side INSERT … SELECT statements with the bulk tables'
 * secondary indexes dropped and rebuilt afterwards, then ANALYZE.
 * Deterministic from the seed: the same seed gives the same counts and sums.
 */
export async function generateDataSet(db: Db, opts: GenerateOptions): Promise<DataSetCounts> {
  const preset = scalePresets[opts.preset];
  const seed = opts.seed ?? 1;
  const today = opts.today ?? todayInCopenhagen();
  const log = opts.log ?? (() => undefined);
  const r = randomFor(seed);
  const staffCount = (prefix: string) => Math.max(1, Math.round((scaleStaff.find((s) => s.prefix === prefix)?.count ?? 1) * preset.staffFactor));
  const t0 = performance.now();
  const step = async (name: string, fn: () => Promise<void>) => {
    const t = performance.now();
    await fn();
    log(`${name.padEnd(40)} ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  await db.transaction(async (tx) => {
    await step('organisations, staff, networks, pools', () => generateStructure(tx, preset, seed, today, r));
    let recreateIndexes: () => Promise<void> = async () => undefined;
    await step('drop secondary indexes of the bulk tables', async () => void (recreateIndexes = await withoutSecondaryIndexes(tx)));
    await step('applications and assessment', () => generateCases(tx, preset.applications, today, r, staffCount));
    await step('decisions, ledger, projects, reports', () => generateMoneyAndProjects(tx, today, r));
    await step('catalogue', () => generateCatalogue(tx, preset.catalogueEntries, r));
    await step('recreate the secondary indexes', () => recreateIndexes());
  });
  await step('analyze', async () => void (await db.execute(sql`analyze`)));
  log(`total ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return countDataSet(db);
}

export async function countDataSet(db: Db): Promise<DataSetCounts> {
  const [row] = rowsOf<Record<keyof DataSetCounts, string | number>>(
    await db.execute(sql`select (select count(*) from organisations) as organisations, (select count(*) from users) as users,
      (select count(*) from pools) as pools, (select count(*) from applications) as applications,
      (select count(*) from ledger_entries) as "ledgerEntries", (select coalesce(sum(amount_oere), 0) from ledger_entries) as "ledgerSum",
      (select count(*) from projects) as projects, (select count(*) from follow_up_reports) as "followUpReports",
      (select count(*) from catalogue_entries) as "catalogueEntries"`),
  );
  const out = {} as DataSetCounts;
  for (const [k, v] of Object.entries(row ?? {})) out[k as keyof DataSetCounts] = Number(v);
  return out;
}
