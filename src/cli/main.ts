/**
 * The admin CLI: `npm run cli -- <command> [options]` (`npm run cli -- --help` lists the commands).
 * Uses the server's configuration (DATABASE_URL, or the embedded database in DATA_DIR). The embedded
 * database allows one process at a time: stop the server before using the CLI on its DATA_DIR.
 */
import { ConfigError, loadConfig, type Config } from '../config.js';
import { openDatabase, type Database } from '../db/client.js';
import { runCli } from './program.js';

async function main(): Promise<number> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    throw err;
  }
  let opened: Database | undefined;
  try {
    return await runCli(process.argv.slice(2), {
      database: async () => (opened ??= await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })),
      out: (text) => process.stdout.write(text),
      err: (text) => process.stderr.write(text),
      production: config.env === 'production',
    });
  } finally {
    await opened?.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`Fejl: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
