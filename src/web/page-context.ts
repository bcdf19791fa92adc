import type { Context } from 'hono';
import type { Message } from '../errors.js';
import type { Locale } from '../i18n/locale.js';
import type { Actor } from '../usecases/shared/actor.js';
import { safeBackPath } from './back-link.js';
import type { AppEnv } from './env.js';

/** What every view needs to know about the request, passed explicitly as `ctx`. */
export interface PageContext {
  locale: Locale;
  actor: Actor | null;
  csrfToken: string;
  path: string;
  /** Where the user came from: the `tilbage` query parameter, when it is a safe same-origin path (web/back-link.ts). */
  back: string | null;
  /** Translate an inline `{ da, en }` message. */
  t: (message: Message) => string;
  /** The header's unread count (null when unknown, e.g. logged out); read when the layout renders. */
  readonly unreadNotifications: number | null;
}

export function pageContext(c: Context<AppEnv>): PageContext {
  const locale = c.get('locale') ?? 'da';
  return {
    locale,
    actor: c.get('actor') ?? null,
    csrfToken: c.get('csrfToken') ?? '',
    path: c.req.path,
    back: safeBackPath(c.req.query('tilbage')),
    t: (m) => m[locale],
    // A getter: `render` counts after the handler built the page and before the layout is rendered.
    get unreadNotifications() {
      const n: number | null | undefined = c.get('unreadNotifications');
      return n ?? null;
    },
  };
}
