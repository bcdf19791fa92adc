import pino from 'pino';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/client.js';
import { paths } from '../../src/paths.js';
import { createUser } from '../../src/usecases/accounts/create-user.js';
import { ADDRESS_MAX_FAILURES } from '../../src/usecases/accounts/login.js';
import type { AppEnv } from '../../src/web/env.js';
import { normaliseAddress } from '../../src/web/client-address.js';
import { freshDatabase } from '../support/db.js';

const PASSWORD = 'rigtig-adgangskode';
let database: Database;
let app: Hono<AppEnv>;
let untrusting: Hono<AppEnv>;
const accounts = Array.from({ length: 10 }, (_, i) => `bruger${i}@kommune.dk`);

beforeAll(async () => {
  database = await freshDatabase('empty');
  const logger = pino({ level: 'silent' });
  app = createApp({ db: database.db, config: loadConfig({ NODE_ENV: 'test', DEMO: 'off', LOG_LEVEL: 'silent', TRUST_PROXY: 'true' }), logger });
  untrusting = createApp({ db: database.db, config: loadConfig({ NODE_ENV: 'test', DEMO: 'off', LOG_LEVEL: 'silent' }), logger });
  for (const email of [...accounts, 'offer@kommune.dk', 'nat@kommune.dk', 'spoof@kommune.dk'])
    await createUser(database.db, null, { email, name: email, password: PASSWORD });
});
afterAll(() => database.close());

const apiLogin = (email: string, password: string, from: string, opts: { cookie?: string; via?: Hono<AppEnv> } = {}) =>
  (opts.via ?? app).request(paths.api.session(), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      // A client's own X-Forwarded-For entries come first; the trusted proxy appends the real peer last.
      'x-forwarded-for': `203.0.113.9, ${from}`,
      ...(opts.cookie ? { cookie: opts.cookie } : {}),
    },
    body: JSON.stringify({ email, password }),
  });

const deviceCookie = (res: Response) => /vtp_device=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0] ?? '';

describe('login throttling per client address and per account and address', () => {
  it(`a password spray over ${accounts.length} accounts from one address is throttled after ${ADDRESS_MAX_FAILURES} failures`, async () => {
    const statuses: number[] = [];
    for (const guess of ['Sommer2026!', 'Vinter2026!']) for (const email of accounts) statuses.push((await apiLogin(email, guess, '198.51.100.7')).status);
    expect(statuses).toEqual(Array<number>(ADDRESS_MAX_FAILURES).fill(401));
    // The next guess from that address waits, whichever account it names, right or wrong.
    expect((await apiLogin('bruger0@kommune.dk', 'Efteraar2026!', '198.51.100.7')).status).toBe(429);
    expect((await apiLogin('bruger1@kommune.dk', PASSWORD, '198.51.100.7')).status).toBe(429);
    // The same people from their own address are not affected.
    expect((await apiLogin('bruger1@kommune.dk', PASSWORD, '192.0.2.50')).status).toBe(200);
  });

  it('seven wrong guesses by an attacker elsewhere do not lock the real user out of their own address', async () => {
    const attacker = [];
    for (let i = 0; i < 7; i++) attacker.push((await apiLogin('offer@kommune.dk', `gæt-${i}`, '198.51.100.66')).status);
    expect(attacker).toEqual([401, 401, 401, 401, 401, 429, 429]);
    // Even the right password does not help the attacker's address now.
    expect((await apiLogin('offer@kommune.dk', PASSWORD, '198.51.100.66')).status).toBe(429);
    // The real user, at the office.
    const res = await apiLogin('offer@kommune.dk', PASSWORD, '192.0.2.10');
    expect(res.status).toBe(200);
  });

  it('the browser that logged in before passes a lockout at a shared address (signed device cookie); a forged one does not', async () => {
    const first = await apiLogin('nat@kommune.dk', PASSWORD, '192.0.2.99');
    expect(first.status).toBe(200);
    const cookie = deviceCookie(first);
    expect(cookie).toMatch(/^vtp_device=/);
    // Someone behind the same address guesses seven times.
    for (let i = 0; i < 7; i++) await apiLogin('nat@kommune.dk', `gæt-${i}`, '192.0.2.99');
    expect((await apiLogin('nat@kommune.dk', PASSWORD, '192.0.2.99')).status).toBe(429);
    // The owner's browser gets in.
    expect((await apiLogin('nat@kommune.dk', PASSWORD, '192.0.2.99', { cookie })).status).toBe(200);
    // A tampered cookie is no device at all.
    const forged = `${cookie.slice(0, -3)}abc`;
    expect((await apiLogin('nat@kommune.dk', PASSWORD, '192.0.2.99', { cookie: forged })).status).toBe(429);
    // The cookie is for its account only; it does not lift another account's lock.
    expect((await apiLogin('offer@kommune.dk', PASSWORD, '198.51.100.66', { cookie })).status).toBe(429);
  });

  it('the device cookie is throttled on its own: guesses with it wait after five', async () => {
    const first = await apiLogin('spoof@kommune.dk', PASSWORD, '192.0.2.120');
    const cookie = deviceCookie(first);
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await apiLogin('spoof@kommune.dk', `gæt-${i}`, '192.0.2.120', { cookie })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('X-Forwarded-For is ignored unless TRUST_PROXY is set (a client cannot pick a fresh address per guess)', async () => {
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await apiLogin('bruger9@kommune.dk', `gæt-${i}`, `192.0.2.${200 + i}`, { via: untrusting })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('the login form counts by address too and remembers the device', async () => {
    const page = await app.request(paths.accounts.login());
    const csrf = (await page.text()).match(/name="_csrf" value="([^"]+)"/)?.[1] ?? '';
    const cookie = page.headers.get('set-cookie')?.split(';')[0] ?? '';
    const post = (password: string, from: string) =>
      app.request(paths.accounts.login(), {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': from },
        body: new URLSearchParams({ _csrf: csrf, email: 'bruger5@kommune.dk', password }),
      });
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await post(`gæt-${i}`, '198.51.100.200')).status);
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
    const ok = await post(PASSWORD, '192.0.2.201');
    expect(ok.status).toBe(303);
    expect(ok.headers.get('set-cookie') ?? '').toMatch(/vtp_device=[^;]+;.*HttpOnly/i);
  });

  it('counts an IPv6 client by its /64 and an IPv4-mapped address as IPv4', () => {
    expect(normaliseAddress('2001:db8:abcd:12::1')).toBe(normaliseAddress('2001:0db8:abcd:0012:ffff:1:2:3'));
    expect(normaliseAddress('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(normaliseAddress('::ffff:192.0.2.1')).toBe('192.0.2.1');
  });
});
