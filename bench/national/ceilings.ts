/**
 * The two ceilings of `npm run bench -- --data national`, each its own process:
 *   node --import tsx bench/national/ceilings.ts hello <port>
 *     A: bare Hono answering a short text — what the HTTP stack alone serves on this machine.
 *   node --import tsx bench/national/ceilings.ts pg <port> <database-url> <ids-json>
 *     B: bare Hono + `pg` (a pool of 10, as the app's): the session lookup every logged-in page does,
 *     then `/q/<page>` runs that page's main query written by hand, and answers its rows as JSON.
 */
import { createHash } from 'node:crypto';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import pg from 'pg';
import { handQueries, type BenchIds } from './hand-queries.js';

const [mode, port, url, idsJson] = process.argv.slice(2);
const app = new Hono();
if (mode === 'hello') {
  app.get('/hello', (c) => c.text('hello'));
} else {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const ids = JSON.parse(idsJson ?? '{}') as BenchIds;
  const queries = handQueries(ids);
  app.get('/q/:page', async (c) => {
    const sid = /vtp_session=([^;]+)/.exec(c.req.header('cookie') ?? '')?.[1] ?? '';
    const hash = createHash('sha256').update(sid).digest('hex');
    const session = await pool.query(
      'select u.id from sessions s join users u on u.id = s.user_id where s.id_hash = $1 and s.expires_at > now() and u.disabled_at is null',
      [hash],
    );
    if (session.rowCount !== 1) return c.text('no session', 401);
    const q = queries[c.req.param('page')];
    if (!q) return c.text('unknown page', 404);
    const rows = [];
    for (const one of q) rows.push((await pool.query(one.text, one.values)).rows);
    return c.json(rows);
  });
}
serve({ fetch: app.fetch, port: Number(port), hostname: '127.0.0.1' }, () => process.stdout.write('ready\n'));
