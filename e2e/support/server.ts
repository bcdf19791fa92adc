import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import pino from 'pino';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Database, Db } from '../../src/db/client.js';
import { freshDatabase } from '../../test/support/db.js';
import type { TemplateName } from '../../test/support/template.js';

export interface TestServer {
  /** e.g. http://127.0.0.1:40123 (no trailing slash). */
  baseUrl: string;
  /** The server's own database, for arranging data through use cases or checking results. */
  db: Db;
  database: Database;
  /** Stop the server (dropping open connections) and close the database. */
  close(): Promise<void>;
}

/**
 * The real app (createApp) on 127.0.0.1 and a free port, over a fresh database cloned from a
 * template ('demo' by default: the presets and the demo users). Set E2E_LOG=debug to see request logs.
 */
export async function startServer(template: TemplateName = 'demo', opts: { today?: string } = {}): Promise<TestServer> {
  const database = await freshDatabase(template);
  const config = loadConfig({ NODE_ENV: 'test', DEMO: 'off', LOG_LEVEL: 'silent', HOST: '127.0.0.1' });
  const logger = pino({ level: process.env.E2E_LOG ?? 'silent' });
  const { today } = opts;
  const app = createApp({ db: database.db, config, logger, ...(today ? { today: () => today } : {}) });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  config.publicUrl = baseUrl;
  return {
    baseUrl,
    db: database.db,
    database,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections from the browser would hold close() open.
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      await database.close();
    },
  };
}
