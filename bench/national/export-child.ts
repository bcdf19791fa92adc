/**
 * One export in its own process, so its peak memory is its own:
 *   node --import tsx bench/national/export-child.ts <database-url> <userId> <poolId> csv|xlsx
 * Prints one JSON line: milliseconds, bytes, peak RSS (MB, from the kernel's high-water mark) and
 * the RSS before the export began (the process with the app's modules loaded).
 */
import { openPostgres } from '../../src/db/client.js';
import { loadActor } from '../../src/usecases/accounts/load-actor.js';
import { exportLedger } from '../../src/usecases/ledger/export-ledger.js';

const [url, userId, poolId, format] = process.argv.slice(2);
const database = await openPostgres(url ?? '', 2);
const actor = await loadActor(database.db, userId ?? '');
if (!actor) throw new Error('no actor');
const baseRssMb = process.memoryUsage().rss / 1048576;
const t0 = performance.now();
const out = await exportLedger(database.db, actor, { poolId, format, content: 'entries' });
const ms = performance.now() - t0;
const peakRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ ms, bytes: out.body.byteLength, peakRssMb, baseRssMb })}\n`);
await database.close();
