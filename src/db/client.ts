import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
/** A database handle or an open transaction: use cases accept either. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Apply pending migrations (safe to call from several instances at once on PostgreSQL). */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

/** Told every SQL statement the app sends (drizzle's logger hook, both drivers); the query-count test uses it. */
export type QueryListener = (query: string) => void;

export interface OpenOptions {
  onQuery?: QueryListener;
}

const loggerFor = (onQuery?: QueryListener) => (onQuery ? { logger: { logQuery: (query: string) => onQuery(query) } } : {});

export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** Arbitrary constant for the advisory lock that serialises migrations between app instances. */
const MIGRATION_LOCK_ID = 7_311_204;

export async function openPostgres(url: string, poolSize = 10, opts: OpenOptions = {}): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client losing its connection (server restart, database dropped) must not crash the process;
  // the pool discards it and the next query gets a fresh one.
  pool.on('error', () => undefined);
  // Dates as text: drizzle maps them itself, and bigint sums arrive as strings we convert explicitly.
  const db = drizzlePg(pool, { schema, ...loggerFor(opts.onQuery) }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    async migrate() {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
        await migratePg(drizzlePg(client, { schema }), { migrationsFolder });
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Extensions the migrations create (the catalogue search's trigram indexes); PostgreSQL ships them as contrib. */
export const pgliteExtensions = { pg_trgm };

/** The embedded database. `dataDir` undefined keeps it in memory (tests); `loadDataDir` starts from a dump. */
export async function openPglite(opts: { dataDir?: string; loadDataDir?: Blob | File } & OpenOptions = {}): Promise<Database> {
  if (opts.dataDir) mkdirSync(opts.dataDir, { recursive: true });
  const client = await PGlite.create({ dataDir: opts.dataDir, loadDataDir: opts.loadDataDir, extensions: pgliteExtensions });
  const db = drizzlePglite(client, { schema, ...loggerFor(opts.onQuery) }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    async migrate() {
      await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder });
    },
    async close() {
      if (!client.closed) await client.close();
    },
    // Exposed for the test template: a migrated database dumped once and loaded per test.
    ...{ pglite: client },
  };
}

export async function openDatabase(opts: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPglite({ dataDir: opts.dataDir });
}

export async function pingDatabase(db: Db): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
