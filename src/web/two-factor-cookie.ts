import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { PENDING_LOGIN_MINUTES } from '../usecases/accounts/two-factor/start-password-login.js';
import type { AppEnv } from './env.js';

/** The pending login between the password and the code: the raw token (the database keeps its hash). */
export const PENDING_LOGIN_COOKIE = 'vtp_2fa';

export function setPendingLoginCookie(c: Context<AppEnv>, token: string): void {
  setCookie(c, PENDING_LOGIN_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: c.get('deps').config.secureCookies,
    maxAge: PENDING_LOGIN_MINUTES * 60,
  });
}

export const pendingLoginCookie = (c: Context<AppEnv>): string => getCookie(c, PENDING_LOGIN_COOKIE) ?? '';
export function clearPendingLoginCookie(c: Context<AppEnv>): void {
  deleteCookie(c, PENDING_LOGIN_COOKIE, { path: '/' });
}
