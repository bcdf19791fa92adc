import type { Hono } from 'hono';
import pino from 'pino';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Database, Db, QueryListener } from '../../src/db/client.js';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import { login } from '../../src/usecases/accounts/login.js';
import { loadActor } from '../../src/usecases/accounts/load-actor.js';
import type { Actor } from '../../src/usecases/shared/actor.js';
import type { AppEnv } from '../../src/web/env.js';
import { freshDatabase } from './db.js';
import type { TemplateName } from './template.js';

export interface TestApp {
  app: Hono<AppEnv>;
  db: Db;
  database: Database;
  /** A logged-in browser-like client for this user (demo password unless given). */
  as(email: string, password?: string): Promise<TestClient>;
  anonymous(): TestClient;
  actor(email: string): Promise<Actor>;
  close(): Promise<void>;
}

export interface TestClient {
  csrfToken: string;
  get(path: string): Promise<Response>;
  /** Submit an urlencoded form (the CSRF token is added). */
  postForm(path: string, fields: Record<string, string | string[]>): Promise<Response>;
  /** Call the JSON API with the session cookie and CSRF header. */
  api(method: string, path: string, body?: unknown): Promise<Response>;
  request(path: string, init?: RequestInit): Promise<Response>;
}

/** `today`: the Copenhagen date the app's rules of the day use (e.g. budget years that have ended), so a test passes in any year. */
export async function createTestApp(
  template: TemplateName = 'demo',
  opts: { today?: string; env?: Record<string, string>; onQuery?: QueryListener } = {},
): Promise<TestApp> {
  const database = await freshDatabase(template, { onQuery: opts.onQuery });
  const config = loadConfig({ NODE_ENV: 'test', DEMO: 'off', LOG_LEVEL: 'silent', ...opts.env });
  const { today } = opts;
  const app = createApp({ db: database.db, config, logger: pino({ level: 'silent' }), ...(today ? { today: () => today } : {}) });

  const client = (cookie: string, csrfToken: string): TestClient => {
    const request = async (path: string, init: RequestInit = {}): Promise<Response> => {
      const headers = new Headers(init.headers);
      if (cookie) headers.set('cookie', cookie);
      return app.request(path, { ...init, headers });
    };
    return {
      csrfToken,
      request,
      get: (path) => request(path),
      postForm: (path, fields) => {
        const body = new URLSearchParams();
        body.append('_csrf', csrfToken);
        for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
        return request(path, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      },
      api: (method, path, body) =>
        request(`/api/v1${path}`, {
          method,
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
          body: body === undefined ? undefined : JSON.stringify(body),
        }),
    };
  };

  return {
    app,
    db: database.db,
    database,
    async as(email, password = DEMO_PASSWORD) {
      const session = await login(database.db, { email, password });
      return client(`vtp_session=${session.sessionId}`, session.csrfToken);
    },
    anonymous: () => client('', ''),
    async actor(email) {
      const session = await login(database.db, { email, password: DEMO_PASSWORD });
      const actor = await loadActor(database.db, session.userId);
      if (!actor) throw new Error(`no actor ${email}`);
      return actor;
    },
    close: () => database.close(),
  };
}
