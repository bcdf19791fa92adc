import type { MiddlewareHandler } from 'hono';
import { AppError } from '../errors.js';
import { paths } from '../paths.js';
import { twoFactorEnrolmentRequired } from '../usecases/accounts/two-factor/enrolment-required.js';
import type { AppEnv } from './env.js';

/** What a local admin who must set up two-factor may still reach: setting it up, logging out, the language. */
const OPEN_PAGES = new Set<string>([
  paths.accounts.twoFactorEnrol(),
  paths.accounts.twoFactorConfirm(),
  paths.accounts.logout(),
  paths.accounts.language({ lang: 'da' }),
  paths.accounts.language({ lang: 'en' }),
]);
const OPEN_API = new Set<string>([
  paths.api.session(),
  `${paths.api.prefix}v1/me`,
  `${paths.api.prefix}v1/me/two-factor`,
  `${paths.api.prefix}v1/me/two-factor/confirm`,
]);

/**
 * "Kræv to-faktor for lokale administratorer": such an admin without two-factor, logged in by
 * password (a session), is sent to set it up before anything else; the API refuses them with 403.
 */
export function twoFactorEnrolmentGate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = c.get('actor');
    const path = c.req.path;
    if (!actor || c.get('authVia') !== 'session' || OPEN_PAGES.has(path) || OPEN_API.has(path)) return next();
    if (!(await twoFactorEnrolmentRequired(c.get('deps').db, actor))) return next();
    if (path.startsWith(paths.api.prefix))
      throw new AppError('FORBIDDEN', {
        message: {
          da: 'Din organisation kræver to-faktor for administratorer. Slå det til under "Min konto" først.',
          en: 'Your organisation requires two-factor for administrators. Turn it on under "My account" first.',
        },
      });
    return c.redirect(paths.accounts.twoFactorEnrol(), 303);
  };
}
