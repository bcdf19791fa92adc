import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/** The file a running server keeps in the embedded database's directory (its pid), so a backup never copies a live directory. */
export const serverPidFile = (dataDir: string) => join(dataDir, '.vtp-server.pid');

export class BackupRefused extends Error {}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Refuse while a server has the embedded database open (a copy of a live directory may be torn). */
export function assertNoServer(dataDir: string): void {
  const file = serverPidFile(dataDir);
  if (!existsSync(file)) return;
  const pid = Number(readFileSync(file, 'utf8').trim());
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && pid !== process.pid) {
    throw new BackupRefused(`Serveren kører (pid ${pid}) med databasen i ${dataDir}. Stop den først (Ctrl+C eller SIGTERM), og prøv igen.`);
  }
}

/** A consistent dump of the embedded database (a gzipped tar of its data directory, made by PGlite itself). */
export async function backupPglite(dataDir: string, outFile: string): Promise<void> {
  if (!existsSync(dataDir)) throw new BackupRefused(`Der er ingen database i ${dataDir}.`);
  assertNoServer(dataDir);
  const db = await PGlite.create({ dataDir });
  try {
    const dump = await db.dumpDataDir('gzip');
    writeFileSync(outFile, new Uint8Array(await dump.arrayBuffer()));
  } finally {
    await db.close();
  }
}

/** Restore a dump into an embedded database directory; an existing database there is replaced only with `force`. */
export async function restorePglite(inFile: string, dataDir: string, opts: { force?: boolean } = {}): Promise<void> {
  assertNoServer(dataDir);
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    if (!opts.force) throw new BackupRefused(`${dataDir} indeholder allerede en database. Brug --force for at erstatte den.`);
    rmSync(dataDir, { recursive: true, force: true });
  }
  const db = await PGlite.create({ dataDir, loadDataDir: new Blob([new Uint8Array(readFileSync(inFile))]) });
  await db.close();
}

function pgTool(name: 'pg_dump' | 'pg_restore'): string {
  const dir = process.env.PG_BIN;
  return dir ? join(dir, name) : name;
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (err) => reject(new BackupRefused(`${cmd} kunne ikke startes (${err.message}). Sæt PG_BIN til PostgreSQL's bin-mappe.`)));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new BackupRefused(`${cmd} fejlede (kode ${code}): ${stderr.trim()}`))));
  });
}

/** `pg_dump` in its custom format: consistent while the app runs (one snapshot), restorable with `pg_restore`. */
export async function backupPostgres(url: string, outFile: string): Promise<void> {
  await run(pgTool('pg_dump'), ['--format=custom', '--no-owner', '--file', outFile, '--dbname', url]);
}

/** `pg_restore` into an empty database (or, with `clean`, over an existing one). */
export async function restorePostgres(url: string, inFile: string, opts: { clean?: boolean } = {}): Promise<void> {
  await run(pgTool('pg_restore'), ['--no-owner', '--exit-on-error', ...(opts.clean ? ['--clean', '--if-exists'] : []), '--dbname', url, inFile]);
}
