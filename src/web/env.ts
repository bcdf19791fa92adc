import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import type { Locale } from '../i18n/locale.js';
import type { Actor } from '../usecases/shared/actor.js';

/** Everything the app needs from outside, wired once in server.ts (or by a test). */
export interface AppDeps {
  db: Db;
  /** A streaming replica for lag-tolerant reads (`DATABASE_READ_URL`); see web/read-db.ts. Absent: the primary. */
  readDb?: Db;
  config: Config;
  logger: Logger;
  /** Copenhagen's date the rules of the day use (budget years that have ended); tests set it. Default: today. */
  today?: () => string;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    actor: Actor | null;
    authVia: 'session' | 'token' | null;
    /** The token forms must echo back; for the API with a session cookie, the X-CSRF-Token header. */
    csrfToken: string;
    locale: Locale;
    requestId: string;
    /** The actor's unread notifications, counted once by `render` for the page's header. */
    unreadNotifications: number | null;
  };
}
