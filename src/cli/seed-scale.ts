/**
 * `npm run seed:scale -- --preset national|municipality|tiny [--seed N] [--database-url URL] [--no-verify]`: builds a
 * scale data set (src/scale) into an empty database: PostgreSQL at --database-url / DATABASE_URL, else
 * the embedded database in DATA_DIR (default ./data).
 */
import { Command } from 'commander';
import { openDatabase } from '../db/client.js';
import { generateDataSet } from '../scale/generate.js';
import { isScalePreset } from '../scale/presets.js';
import { verifyLedger } from '../scale/verify.js';

const program = new Command('seed:scale')
  .option('--preset <name>', 'national | municipality | tiny', 'municipality')
  .option('--seed <n>', 'seed number', '1')
  .option('--database-url <url>', 'PostgreSQL URL (default DATABASE_URL, else PGlite in DATA_DIR)')
  .option('--no-verify', 'skip checking every ledger invariant afterwards')
  .parse();
const opts = program.opts<{ preset: string; seed: string; databaseUrl?: string; verify: boolean }>();
if (!isScalePreset(opts.preset)) {
  process.stderr.write(`Ukendt preset: ${opts.preset}\n`);
  process.exit(2);
}
const database = await openDatabase({ databaseUrl: opts.databaseUrl ?? process.env.DATABASE_URL, dataDir: process.env.DATA_DIR ?? 'data' });
try {
  await database.migrate();
  const counts = await generateDataSet(database.db, { preset: opts.preset, seed: Number(opts.seed), log: (l) => process.stdout.write(`${l}\n`) });
  process.stdout.write(`${JSON.stringify(counts)}\n`);
  if (opts.verify) {
    const t = performance.now();
    const check = await verifyLedger(database.db);
    const took = ((performance.now() - t) / 1000).toFixed(1);
    process.stdout.write(
      `ledger invariants: ${check.pools} pools, ${check.lineYears} lines×years, ${check.projects} project lines, ${check.violations.length} violations (${took} s)\n`,
    );
    if (check.violations.length > 0) {
      process.stderr.write(`${JSON.stringify(check.violations.slice(0, 10))}\n`);
      process.exitCode = 1;
    }
  }
} finally {
  await database.close();
}
