import { serve } from '@hono/node-server';
import pino from 'pino';
import { createApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openDatabase } from './db/client.js';
import { seedDemoIfEmpty, demoLoginsText } from './demo/seed.js';
import { kickOutbox, startOutboxTimer } from './usecases/notifications/dispatch-outbox.js';
import { startJobTimer } from './usecases/scheduler/start-job-timer.js';

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
  const logger = pino({ level: config.logLevel });
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await database.migrate();
  const seeded = config.demo ? await seedDemoIfEmpty(database.db, { withCases: true }) : false;

  const app = createApp({ db: database.db, config, logger });
  // E-mail queued in the outbox is sent after each change and every 30 s (retries; other instances' mail).
  const stopOutbox = startOutboxTimer(database.db, config, logger);
  // Scheduled jobs (follow-up report reminders, the secretariat's digest) every minute; their mail goes out at once.
  const stopJobs = startJobTimer(database.db, { logger, afterRun: () => kickOutbox(database.db, config, logger) });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => {
    const where = config.databaseUrl ? 'PostgreSQL' : `embedded database in ${config.dataDir}`;
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
    server.close(() => {
      database
        .close()
        .catch((err: unknown) => logger.error({ err }, 'closing the database failed'))
        .finally(() => process.exit(0));
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
