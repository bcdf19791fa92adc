import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite, openPostgres, type Database } from '../../src/db/client.js';
import { BackupRefused, backupPglite, backupPostgres, restorePglite, restorePostgres, serverPidFile } from '../../src/db/backup.js';
import { rowsOf } from '../../src/db/rows.js';
import { seedDemoIfEmpty } from '../../src/demo/seed.js';
import { freshDatabase, postgresUrl } from '../support/db.js';
import { withDatabase } from '../support/template.js';

const dir = mkdtempSync(join(tmpdir(), 'vtp-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every table's row count and a digest of its rows, plus the triggers: what a restore must reproduce. */
async function snapshot(database: Database): Promise<Record<string, string>> {
  const tables = rowsOf<{ t: string }>(
    await database.db.execute(
      sql`SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    ),
  ).map((r) => r.t);
  const out: Record<string, string> = {};
  for (const table of tables) {
    const [row] = rowsOf<{ n: number; h: string | null }>(
      await database.db.execute(sql.raw(`SELECT count(*)::int AS n, md5(string_agg(x::text, '|' ORDER BY x::text)) AS h FROM "${table}" x`)),
    );
    out[table] = `${row?.n} ${row?.h ?? ''}`;
  }
  const triggers = rowsOf<{ name: string }>(await database.db.execute(sql`SELECT tgname AS name FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1`));
  out['(triggers)'] = triggers.map((r) => r.name).join(',');
  return out;
}

describe('backup and restore of the embedded database', () => {
  it('restores every table and the append-only triggers exactly', async () => {
    const source = join(dir, 'source');
    const db = await openPglite({ dataDir: source });
    await db.migrate();
    await seedDemoIfEmpty(db.db, { withCases: false });
    const before = await snapshot(db);
    await db.close();

    const file = join(dir, 'backup.tar.gz');
    await backupPglite(source, file);
    const target = join(dir, 'target');
    await restorePglite(file, target);
    const restored = await openPglite({ dataDir: target });
    const after = await snapshot(restored);
    await restored.close();

    expect(Object.keys(before).length).toBeGreaterThan(20);
    expect(before['(triggers)']).toContain('ledger_entries_no_update_delete');
    expect(before['(triggers)']).toContain('audit_events_no_update_delete');
    expect(after).toEqual(before);
    // An existing database is not overwritten without --force.
    await expect(restorePglite(file, target)).rejects.toBeInstanceOf(BackupRefused);
    await restorePglite(file, target, { force: true });
  }, 180_000);

  it('refuses to copy the directory of a running server', async () => {
    const live = join(dir, 'live');
    const db = await openPglite({ dataDir: live });
    await db.close();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      writeFileSync(serverPidFile(live), String(other.pid));
      await expect(backupPglite(live, join(dir, 'live.tar.gz'))).rejects.toThrow(/Serveren kører/);
      expect(existsSync(join(dir, 'live.tar.gz'))).toBe(false);
    } finally {
      other.kill();
    }
  });
});

const url = postgresUrl();
describe.skipIf(!url)('backup and restore on PostgreSQL (pg_dump / pg_restore)', () => {
  it('restores every table and the triggers into an empty database', async () => {
    process.env.PG_BIN ??= existsSync('/usr/lib/postgresql/15/bin/pg_dump') ? '/usr/lib/postgresql/15/bin' : undefined;
    const source = await freshDatabase('demo');
    const [row] = rowsOf<{ d: string }>(await source.db.execute(sql`SELECT current_database() AS d`));
    const sourceUrl = withDatabase(url ?? '', row?.d ?? '');
    const before = await snapshot(source);
    const file = join(dir, 'pg.dump');
    await backupPostgres(sourceUrl, file);

    const name = `vtp_restore_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      await restorePostgres(withDatabase(url ?? '', name), file);
      const restored = await openPostgres(withDatabase(url ?? '', name), 2);
      const after = await snapshot(restored);
      await restored.close();
      expect(after).toEqual(before);
    } finally {
      await source.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }, 180_000);
});
