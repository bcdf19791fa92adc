import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { openPglite, openPostgres, type Database, type OpenOptions } from '../../src/db/client.js';
import { templateDbName, templateFile, withDatabase, type TemplateName } from './template.js';

const dumps = new Map<TemplateName, Buffer>();

/**
 * A fresh, migrated database for one test (or one file), cloned from a template in milliseconds.
 * Runs on PostgreSQL when TEST_DATABASE_URL is set, else on in-memory PGlite.
 */
export async function freshDatabase(template: TemplateName = 'empty', opts: OpenOptions = {}): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const name = `vtp_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${templateDbName(template)}`);
    await admin.end();
    const database = await openPostgres(withDatabase(url, name), 5, opts);
    return {
      ...database,
      async close() {
        await database.close();
        const a = new pg.Client({ connectionString: url });
        await a.connect();
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
        await a.end();
      },
    };
  }
  let dump = dumps.get(template);
  if (!dump) {
    dump = readFileSync(templateFile(template));
    dumps.set(template, dump);
  }
  return openPglite({ loadDataDir: new Blob([new Uint8Array(dump)]), ...opts });
}

/** The PostgreSQL URL of a fresh database, for tests that run several app instances against one server. */
export const postgresUrl = () => process.env.TEST_DATABASE_URL;
