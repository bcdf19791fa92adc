import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serve } from '@hono/node-server';
import pino from 'pino';
import { createApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { serverPidFile } from './db/backup.js';
import { grantAppRole, roleOf } from './db/roles.js';
import { openDatabase, openPostgres } from './db/client.js';
import { seedDemoIfEmpty, demoLoginsText } from './demo/seed.js';
import { kickOutbox, startOutboxTimer } from './usecases/notifications/dispatch-outbox.js';
import { startJobTimer } from './usecases/scheduler/start-job-timer.js';
import { startWebhookTimer } from './usecases/webhooks/dispatch-webhooks.js';

/** Readable lines in a terminal (pino-pretty, when installed); JSON lines otherwise, for log collectors. */
function makeLogger(level: string): pino.Logger {
  if (process.stdout.isTTY) {
    try {
      createRequire(import.meta.url).resolve('pino-pretty');
      return pino({ level, transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } });
    } catch {
      // not installed (production install without dev dependencies): JSON it is
    }
  }
  return pino({ level });
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const logger = makeLogger(config.logLevel);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  if (config.databaseUrl && config.databaseOwnerUrl) {
    // Migrations as the tables' owner; the app's own role gets rows, never ownership (src/db/roles.ts).
    const owner = await openPostgres(config.databaseOwnerUrl, 1);
    await owner.migrate().finally(() => owner.close());
    await grantAppRole(config.databaseOwnerUrl, await roleOf(config.databaseUrl));
  } else {
    await database.migrate();
  }
  const seeded = config.demo ? await seedDemoIfEmpty(database.db, { withCases: true }) : false;

  // The embedded database's directory says it is in use, so a backup refuses to copy it live.
  const pidFile = config.databaseUrl ? null : serverPidFile(config.dataDir);
  if (pidFile) writeFileSync(pidFile, String(process.pid));
  const replica = config.databaseReadUrl ? await openPostgres(config.databaseReadUrl) : null;
  const app = createApp({ db: database.db, readDb: replica?.db, config, logger });
  // E-mail queued in the outbox is sent after each change and every 30 s (retries; other instances' mail).
  const stopOutbox = startOutboxTimer(database.db, config, logger);
  // Scheduled jobs (follow-up report reminders, the secretariat's digest) every minute; their mail goes out at once.
  const stopJobs = startJobTimer(database.db, { logger, afterRun: () => kickOutbox(database.db, config, logger) });
  // Webhook deliveries (journalisation to the ESDH system) every 30 s, retried with backoff.
  const stopWebhooks = startWebhookTimer(database.db, logger);
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => {
    const where = config.databaseUrl ? 'PostgreSQL' : `indlejret database i ${config.dataDir}`;
    process.stdout.write(`\nVelfærdsteknologipuljer kører på http://localhost:${config.port} (${where})\n`);
    if (config.demo) process.stdout.write(`${seeded ? 'Demodata er indlæst. ' : ''}${demoLoginsText()}\n`);
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    stopOutbox();
    stopJobs();
    stopWebhooks();
    server.close(() => {
      Promise.all([database.close(), replica?.close()])
        .catch((err: unknown) => logger.error({ err }, 'closing the database failed'))
        .finally(() => {
          if (pidFile) rmSync(pidFile, { force: true });
          process.exit(0);
        });
    });
    // Keep-alive connections would hold close() open; do not wait for them forever.
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  process.stderr.write(`Kunne ikke starte: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
