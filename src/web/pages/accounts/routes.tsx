import { Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { AppError } from '../../../errors.js';
import { isLocale } from '../../../i18n/locale.js';
import { login } from '../../../usecases/accounts/login.js';
import { logout } from '../../../usecases/accounts/logout.js';
import type { AppEnv } from '../../env.js';
import { readForm } from '../../form-kit/index.js';
import { pageContext } from '../../page-context.js';
import { render } from '../../render.js';
import { LANG_COOKIE, SESSION_COOKIE, clearSessionCookie, setSessionCookie } from '../../session.js';
import { LoginPage } from './login-page.js';

/** Only local paths, so the login form cannot be used as an open redirect. */
export const safeBack = (v: unknown): string => (typeof v === 'string' && /^\/(?![/\\])/.test(v) ? v : '/');

export function accountPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/login', (c) => {
    if (c.get('actor')) return c.redirect('/');
    return render(c, LoginPage({ ctx: pageContext(c), back: safeBack(c.req.query('tilbage')) }));
  });

  app.post('/login', async (c) => {
    const { values } = await readForm(c);
    const back = safeBack(values.tilbage);
    try {
      const session = await login(c.get('deps').db, values);
      setSessionCookie(c, session.sessionId, session.expiresAt);
      return c.redirect(back, 303);
    } catch (err) {
      if (!(err instanceof AppError) || !['VALIDATION_FAILED', 'INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS'].includes(err.code)) throw err;
      const ctx = pageContext(c);
      const errors = err.fields ?? { password: ctx.t(err.userMessage) };
      const email = typeof values.email === 'string' ? values.email : '';
      return render(c, LoginPage({ ctx, email, back, errors, formError: ctx.t(err.userMessage) }), err.status === 429 ? 429 : 400);
    }
  });

  app.post('/logout', async (c) => {
    const sessionId = getCookie(c, SESSION_COOKIE);
    if (sessionId) await logout(c.get('deps').db, sessionId);
    clearSessionCookie(c);
    return c.redirect('/login', 303);
  });

  app.get('/sprog/:lang', (c) => {
    const lang = c.req.param('lang');
    if (isLocale(lang)) setCookie(c, LANG_COOKIE, lang, { path: '/', sameSite: 'Lax', maxAge: 365 * 86400 });
    return c.redirect(safeBack(c.req.query('tilbage')), 303);
  });

  return app;
}
