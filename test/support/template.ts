import { mkdirSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openPglite, openPostgres } from '../../src/db/client.js';
import { seedDemo } from '../../src/demo/seed.js';

/**
 * Tests never migrate per test: the vitest global setup builds two migrated templates once
 * (empty, and with the demo presets) and each test clones one. On PGlite a template is a data-dir
 * dump loaded into a new in-memory instance; on PostgreSQL it is a template database.
 */
// One template set per test run (the global setup names it), so parallel runs in one checkout never collide.
const runId = () => process.env.VTP_TEST_RUN ?? 'local';
export const templateDir = () => `.tmp/test-templates/${runId()}`;
export const templateFile = (name: TemplateName) => `${templateDir()}/${name}.tar`;
export const templateDbName = (name: TemplateName) => `vtp_template_${runId()}_${name}`;
export type TemplateName = 'empty' | 'demo';

export async function buildTemplates(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) return buildPostgresTemplates(url);
  mkdirSync(templateDir(), { recursive: true });
  for (const name of ['empty', 'demo'] as const) {
    const database = await openPglite();
    await database.migrate();
    if (name === 'demo') await seedDemo(database.db);
    const client = (database as unknown as { pglite: PGlite }).pglite;
    const dump = await client.dumpDataDir('none');
    writeFileSync(templateFile(name), Buffer.from(await dump.arrayBuffer()));
    await database.close();
  }
}

async function buildPostgresTemplates(url: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    for (const name of ['empty', 'demo'] as const) {
      const db = templateDbName(name);
      await admin.query(`DROP DATABASE IF EXISTS ${db}`);
      await admin.query(`CREATE DATABASE ${db}`);
      const database = await openPostgres(withDatabase(url, db), 2);
      await database.migrate();
      if (name === 'demo') await seedDemo(database.db);
      await database.close();
    }
  } finally {
    await admin.end();
  }
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function dropTemplates(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  for (const name of ['empty', 'demo'] as const) await admin.query(`DROP DATABASE IF EXISTS ${templateDbName(name)}`);
  await admin.end();
}
