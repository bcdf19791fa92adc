import type { Db } from '../db/client.js';
import type { AppDeps } from './env.js';

/**
 * The handle for read-only work that tolerates a little replication lag — catalogue search, the
 * portfolio, exports, reports due — which goes to `DATABASE_READ_URL`'s replica when one is
 * configured. Everything else, and everything that must read its own writes (a page shown right
 * after a change, the session, access checks), stays on the primary (`deps.db`).
 */
export const readDb = (c: { get(k: 'deps'): AppDeps }): Db => c.get('deps').readDb ?? c.get('deps').db;
