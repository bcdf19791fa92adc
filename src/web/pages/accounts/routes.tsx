import { Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { AppError } from '../../../errors.js';
import { isLocale } from '../../../i18n/locale.js';
import { createApiToken } from '../../../usecases/accounts/create-api-token.js';
import { listApiTokens } from '../../../usecases/accounts/list-api-tokens.js';
import { startPasswordLogin } from '../../../usecases/accounts/two-factor/start-password-login.js';
import { revokeApiToken } from '../../../usecases/accounts/revoke-api-token.js';
import { logout } from '../../../usecases/accounts/logout.js';
import { listLoginChoices } from '../../../usecases/identity/list-login-choices.js';
import { oidcLogoutUrl } from '../../../usecases/identity/oidc/oidc-logout-url.js';
import { secretBox } from '../../../usecases/identity/secret-box.js';
import type { AppEnv } from '../../env.js';
import { FormFields, formFailure, readForm, renderAgain } from '../../form-kit/index.js';
import { pageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { render } from '../../render.js';
import { safeLocalPathOrRefuse } from '../../safe-local-path.js';
import { LANG_COOKIE, SESSION_COOKIE, clearSessionCookie, loginContext, rememberDevice, requireActor, setSessionCookie } from '../../session.js';
import { setPendingLoginCookie } from '../../two-factor-cookie.js';
import { AccountPage } from './account-page.js';
import { LoginPage } from './login-page.js';
import { publicAddress } from '../sso/public-address.js';

/** Only local paths, so the login form cannot be used as an open redirect (a CR/LF is a 400). */
export const safeBack = (v: unknown): string => safeLocalPathOrRefuse(v, paths.home());

/** A wrong password or too many attempts is said at the password field, like a validation failure without fields. */
const CREDENTIAL_REFUSALS = new Set<string>(['INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS']);
const asFormRefusal = (err: unknown): unknown =>
  err instanceof AppError && CREDENTIAL_REFUSALS.has(err.code) ? new AppError('VALIDATION_FAILED', { message: err.userMessage }) : err;

export function accountPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get(paths.accounts.login.pattern, async (c) => {
    if (c.get('actor')) return c.redirect(paths.home());
    const choices = await listLoginChoices(c.get('deps').db);
    return render(c, LoginPage({ ctx: pageContext(c), back: safeBack(c.req.query('tilbage')), choices }));
  });

  app.post(paths.accounts.login.pattern, async (c) => {
    const { values } = await readForm(c);
    const fields = new FormFields(values);
    const back = safeBack(fields.text('tilbage'));
    try {
      const started = await startPasswordLogin(c.get('deps').db, values, loginContext(c));
      // Two-factor: no session yet; the code page finishes the login.
      if (started.kind === 'two-factor') return (setPendingLoginCookie(c, started.pendingToken), c.redirect(paths.accounts.twoFactor({ tilbage: back }), 303));
      const { session } = started;
      setSessionCookie(c, session.sessionId, session.expiresAt);
      rememberDevice(c, session.userId);
      return c.redirect(back, 303);
    } catch (err) {
      const ctx = pageContext(c);
      const { errors } = formFailure(asFormRefusal(err), ctx, { primaryField: 'password' });
      const title = ctx.t((err as AppError).userMessage);
      // The login form answers 400 (429 when throttled), as it always has: it is no 422 "fix the fields" form.
      const choices = await listLoginChoices(c.get('deps').db);
      return render(c, LoginPage({ ctx, email: fields.text('email'), back, errors, formError: title, choices }), (err as AppError).status === 429 ? 429 : 400);
    }
  });

  app.post(paths.accounts.logout.pattern, async (c) => {
    const { db, config } = c.get('deps');
    const sessionId = getCookie(c, SESSION_COOKIE);
    // A session opened through an OIDC provider ends there too (read before the session and its sso row go).
    const endSession = sessionId
      ? await oidcLogoutUrl(db, sessionId, { postLogoutRedirectUri: publicAddress(c, paths.accounts.login()).href, secrets: secretBox(config.sessionSecret) })
      : null;
    if (sessionId) await logout(db, sessionId);
    clearSessionCookie(c);
    return c.redirect(endSession ?? paths.accounts.login(), 303);
  });

  app.get(paths.accounts.language.pattern, (c) => {
    const lang = c.req.param('lang');
    if (isLocale(lang)) setCookie(c, LANG_COOKIE, lang, { path: '/', sameSite: 'Lax', maxAge: 365 * 86400 });
    return c.redirect(safeBack(c.req.query('tilbage')), 303);
  });

  app.get(paths.accounts.account.pattern, async (c) => {
    const actor = requireActor(c);
    const tokens = await listApiTokens(c.get('deps').db, actor, {});
    return render(c, AccountPage({ ctx: pageContext(c), tokens }));
  });

  // Not post–redirect–get: the new token's secret is shown on this answer only, and never stored.
  app.post(paths.accounts.apiTokens.pattern, async (c) => {
    const actor = requireActor(c);
    const { db } = c.get('deps');
    const { values } = await readForm(c);
    const fields = new FormFields(values);
    const name = fields.text('name');
    const expiresInDays = fields.text('expiresInDays');
    try {
      const created = await createApiToken(db, actor, actor.userId, { name, expiresInDays: fields.int('expiresInDays') ?? expiresInDays });
      const tokens = await listApiTokens(db, actor, {});
      return render(c, AccountPage({ ctx: pageContext(c), tokens, created: { name: name.trim(), token: created.token, expiresAt: created.expiresAt } }));
    } catch (err) {
      const ctx = pageContext(c);
      const failure = formFailure(err, ctx, { primaryField: 'name' });
      const tokens = await listApiTokens(db, actor, {});
      return renderAgain(c, AccountPage({ ctx, tokens, values: { name, expiresInDays }, errors: failure.errors }), failure);
    }
  });

  app.post(paths.accounts.revokeApiToken.pattern, async (c) => {
    const actor = requireActor(c);
    await revokeApiToken(c.get('deps').db, actor, { tokenId: c.req.param('tokenId') });
    return c.redirect(paths.accounts.account(), 303);
  });

  return app;
}
