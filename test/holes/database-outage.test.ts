import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { openPostgres } from '../../src/db/client.js';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import { paths } from '../../src/paths.js';
import { login } from '../../src/usecases/accounts/login.js';
import { isDatabaseUnavailable } from '../../src/web/error-handler.js';
import { freshDatabase } from '../support/db.js';

/** A logger that keeps its lines, to count what an outage writes. */
function capturingLogger() {
  const lines: { level: number; msg: string; err?: unknown }[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as { level: number; msg: string }) });
  return { logger, lines };
}
const config = loadConfig({ NODE_ENV: 'test', DEMO: 'off', LOG_LEVEL: 'silent' });

describe('a database outage answers 503 with a Danish message and Retry-After, logged once', () => {
  it('pages and the API, after the database has been closed under the app', async () => {
    const database = await freshDatabase('demo');
    const { logger, lines } = capturingLogger();
    const app = createApp({ db: database.db, config, logger });
    const session = await login(database.db, { email: 'sekretariat@vejle.demo', password: DEMO_PASSWORD });
    const cookie = `vtp_session=${session.sessionId}`;
    expect((await app.request(paths.pools.list(), { headers: { cookie } })).status).toBe(200);

    await database.close();

    const page = await app.request(paths.pools.list(), { headers: { cookie } });
    expect(page.status).toBe(503);
    expect(page.headers.get('retry-after')).toBe('30');
    const html = await page.text();
    expect(html).toContain('Databasen svarer ikke lige nu');
    expect(html).not.toContain('PGlite');

    const api = await app.request('/api/v1/me', { headers: { cookie } });
    expect(api.status).toBe(503);
    expect(api.headers.get('retry-after')).toBe('30');
    expect(await api.json()).toEqual({ error: { code: 'DATABASE_UNAVAILABLE', message: 'Databasen svarer ikke lige nu. Prøv igen om lidt.' } });

    const bearer = await app.request('/api/v1/me', { headers: { authorization: 'Bearer vtp_x' } });
    expect(bearer.status).toBe(503);
    const loginApi = await app.request(paths.api.session(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'sekretariat@vejle.demo', password: DEMO_PASSWORD }),
    });
    expect(loginApi.status).toBe(503);

    const errors = lines.filter((l) => l.level >= 50);
    expect(errors.map((l) => l.msg)).toEqual(['database unavailable']);
    expect(JSON.stringify(errors)).not.toContain('"stack"');
  });

  it('a PostgreSQL server that refuses connections is an outage too (503, not 500)', async () => {
    const database = await openPostgres('postgres://vtp:vtp@127.0.0.1:1/vtp', 1);
    const { logger, lines } = capturingLogger();
    const app = createApp({ db: database.db, config, logger });
    try {
      const res = await app.request('/api/v1/me', { headers: { authorization: 'Bearer vtp_x' } });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('30');
      const page = await app.request(paths.accounts.login(), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: 'vtp_session=abc' },
        body: new URLSearchParams({ email: 'a@b.dk', password: 'x' }),
      });
      expect(page.status).toBe(503);
      expect(await page.text()).toContain('Databasen svarer ikke lige nu');
      expect(lines.filter((l) => l.level >= 50).map((l) => l.msg)).toEqual(['database unavailable']);
    } finally {
      await database.close();
    }
  });

  it('tells a connection failure from a wrong query', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('Failed query'), { cause: new Error('PGlite is closed') }))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([Object.assign(new Error('connect'), { code: 'ECONNREFUSED' })]))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('Failed query'), { cause: Object.assign(new Error('syntax error'), { code: '42601' }) }))).toBe(false);
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
  });
});
