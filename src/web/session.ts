import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { AppError } from '../errors.js';
import { isLocale } from '../i18n/locale.js';
import { actorFromApiToken, actorFromSession } from '../usecases/accounts/load-actor.js';
import { newSecret } from '../usecases/accounts/secrets.js';
import type { Actor } from '../usecases/shared/actor.js';
import type { AppEnv } from './env.js';
import { paths } from '../paths.js';

export const SESSION_COOKIE = 'vtp_session';
const ANON_CSRF_COOKIE = 'vtp_csrf';
export const LANG_COOKIE = 'vtp_lang';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Loads the actor (session cookie or Bearer token), the locale and the CSRF token, and checks CSRF on unsafe requests. */
export function sessionMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { db, config } = c.get('deps');
    const lang = getCookie(c, LANG_COOKIE);
    c.set('locale', isLocale(lang) ? lang : 'da');
    c.set('actor', null);
    c.set('authVia', null);

    const bearer = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const sessionId = getCookie(c, SESSION_COOKIE);
    if (bearer) {
      const actor = await actorFromApiToken(db, bearer);
      if (!actor)
        throw new AppError('UNAUTHENTICATED', { message: { da: 'API-nøglen er ugyldig eller tilbagekaldt.', en: 'The API token is invalid or revoked.' } });
      c.set('actor', actor);
      c.set('authVia', 'token');
      c.set('csrfToken', '');
    } else {
      const session = sessionId ? await actorFromSession(db, sessionId) : null;
      if (session) {
        c.set('actor', session.actor);
        c.set('authVia', 'session');
        c.set('csrfToken', session.csrfToken);
      } else {
        if (sessionId) deleteCookie(c, SESSION_COOKIE, { path: '/' });
        // Before login, a signed double-submit token protects the login form.
        let anon = getCookie(c, ANON_CSRF_COOKIE);
        if (!anon || anon.length < 20) {
          anon = newSecret(18);
          setCookie(c, ANON_CSRF_COOKIE, anon, { httpOnly: true, sameSite: 'Lax', path: '/', secure: config.secureCookies });
        }
        c.set('csrfToken', createHmac('sha256', config.sessionSecret).update(anon).digest('base64url'));
      }
    }

    if (UNSAFE.has(c.req.method) && c.get('authVia') !== 'token') await checkCsrf(c);
    await next();
  };
}

async function checkCsrf(c: Context<AppEnv>): Promise<void> {
  // The API's login takes JSON only, which a cross-site form cannot send without a CORS preflight we never grant.
  // The media type itself must be application/json: `text/plain; x=application/json` is a "simple" cross-site request.
  if (c.req.path === paths.api.session() && c.req.method === 'POST') {
    if (isJson(c)) return;
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      message: { da: 'Log ind via API’et kræver Content-Type: application/json.', en: 'Logging in through the API requires Content-Type: application/json.' },
    });
  }
  // CSRF protects cookie sessions. An API call without one has nothing to forge: let it reach the
  // route, which answers 401 (not a confusing "the form has expired").
  if (c.req.path.startsWith(paths.api.prefix) && !c.get('actor')) return;
  let submitted = c.req.header('x-csrf-token');
  if (!submitted) {
    const type = c.req.header('content-type') ?? '';
    if (type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data')) {
      const form = await c.req.parseBody({ all: true });
      const value = form['_csrf'];
      submitted = typeof value === 'string' ? value : undefined;
    }
  }
  if (!submitted || !safeEqual(submitted, c.get('csrfToken'))) throw new AppError('CSRF_FAILED');
}

/** The media type (before any parameters) is exactly application/json. */
export const isJsonContentType = (type: string | undefined): boolean => (type ?? '').split(';')[0]?.trim().toLowerCase() === 'application/json';
const isJson = (c: Context<AppEnv>) => isJsonContentType(c.req.header('content-type'));

function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

export function requireActor(c: Context<AppEnv>): Actor {
  const actor = c.get('actor');
  if (!actor) throw new AppError('UNAUTHENTICATED');
  return actor;
}

export function setSessionCookie(c: Context<AppEnv>, sessionId: string, expiresAt: Date): void {
  setCookie(c, SESSION_COOKIE, sessionId, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: c.get('deps').config.secureCookies,
    expires: expiresAt,
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}
