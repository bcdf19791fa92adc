/**
 * Backup and restore, one command each:
 *   npm run backup -- <file>            the embedded database (DATA_DIR) or PostgreSQL (DATABASE_URL)
 *   npm run restore -- <file> [--force] (--force replaces an existing embedded database / cleans PostgreSQL first)
 */
import { loadConfig } from '../config.js';
import { BackupRefused, backupPglite, backupPostgres, restorePglite, restorePostgres } from '../db/backup.js';

async function main(argv: string[]): Promise<number> {
  const [command, file, ...rest] = argv;
  const force = rest.includes('--force');
  if ((command !== 'backup' && command !== 'restore') || !file) {
    process.stderr.write('Brug: npm run backup -- <fil>   eller   npm run restore -- <fil> [--force]\n');
    return 2;
  }
  const config = loadConfig();
  const url = config.databaseOwnerUrl ?? config.databaseUrl;
  try {
    if (command === 'backup') {
      await (url ? backupPostgres(url, file) : backupPglite(config.dataDir, file));
      process.stdout.write(`Sikkerhedskopien er gemt i ${file}.\n`);
    } else {
      await (url ? restorePostgres(url, file, { clean: force }) : restorePglite(file, config.dataDir, { force }));
      process.stdout.write(`Databasen er genskabt fra ${file}.\n`);
    }
    return 0;
  } catch (err) {
    if (err instanceof BackupRefused) {
      process.stderr.write(`Fejl: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

process.exitCode = await main(process.argv.slice(2));
