import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { AppError } from '../errors.js';
import { isLocale } from '../i18n/locale.js';
import { actorFromSession, checkApiToken } from '../usecases/accounts/load-actor.js';
import { newSecret } from '../usecases/accounts/secrets.js';
import type { Actor } from '../usecases/shared/actor.js';
import { clientAddress } from './client-address.js';
import type { AppEnv } from './env.js';
import { paths } from '../paths.js';

export const SESSION_COOKIE = 'vtp_session';
const ANON_CSRF_COOKIE = 'vtp_csrf';
export const LANG_COOKIE = 'vtp_lang';
/** "This browser has logged in to this account before": signed, so a lockout by someone else's guesses does not reach it. */
export const DEVICE_COOKIE = 'vtp_device';
const DEVICE_DAYS = 180;
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const TOKEN_REFUSALS = {
  unknown: { da: 'API-nøglen er ugyldig.', en: 'The API token is invalid.' },
  revoked: { da: 'API-nøglen er tilbagekaldt. Opret en ny under "Min konto".', en: 'The API token has been revoked. Create a new one under "My account".' },
  expired: { da: 'API-nøglen er udløbet. Opret en ny under "Min konto".', en: 'The API token has expired. Create a new one under "My account".' },
} as const;

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
      const checked = await checkApiToken(db, bearer);
      if (!checked.ok) throw new AppError('UNAUTHENTICATED', { message: TOKEN_REFUSALS[checked.reason] });
      c.set('actor', checked.actor);
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
  // The IdP's page posts the SAML response cross-site, without our cookies: its signature and one-time InResponseTo protect it.
  if (isSamlAcs(c.req.path)) return;
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

const SAML_ACS = new RegExp(`^${paths.saml.acs.pattern.replace(':providerId', '[^/]+')}$`);
const isSamlAcs = (path: string) => SAML_ACS.test(path);

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

const deviceSignature = (secret: string, payload: string) => createHmac('sha256', secret).update(`device:${payload}`).digest('base64url');

/** The signed device cookie's account and device id, when it is genuine and not older than 180 days. */
export function trustedDevice(c: Context<AppEnv>, now = new Date()): { userId: string; deviceId: string } | null {
  const raw = getCookie(c, DEVICE_COOKIE);
  const parts = raw?.split('.');
  if (!parts || parts.length !== 4) return null;
  const [userId = '', deviceId = '', issued = '', signature = ''] = parts;
  if (!safeEqual(signature, deviceSignature(c.get('deps').config.sessionSecret, `${userId}.${deviceId}.${issued}`))) return null;
  const issuedAt = Number(issued);
  if (!Number.isSafeInteger(issuedAt) || now.getTime() - issuedAt > DEVICE_DAYS * 86_400_000) return null;
  return { userId, deviceId };
}

/** After a successful login: remember this browser for the account (a fresh cookie, or the same device id renewed). */
export function rememberDevice(c: Context<AppEnv>, userId: string, now = new Date()): void {
  const known = trustedDevice(c, now);
  const deviceId = known?.userId === userId ? known.deviceId : newSecret(12);
  const payload = `${userId}.${deviceId}.${now.getTime()}`;
  setCookie(c, DEVICE_COOKIE, `${payload}.${deviceSignature(c.get('deps').config.sessionSecret, payload)}`, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: c.get('deps').config.secureCookies,
    maxAge: DEVICE_DAYS * 86_400,
  });
}

/** What the login use case needs to know about the request: the client's address and a trusted device. */
export const loginContext = (c: Context<AppEnv>) => ({ clientAddress: clientAddress(c), trustedDevice: trustedDevice(c) });
