import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, notFound } from '../../../errors.js';
import { paths } from '../../../paths.js';
import { loadLoginProvider } from '../../../usecases/identity/load-login-provider.js';
import { noRoleContacts } from '../../../usecases/identity/no-role-contacts.js';
import { finishOidcLogin } from '../../../usecases/identity/oidc/finish-oidc-login.js';
import { startOidcLogin } from '../../../usecases/identity/oidc/start-oidc-login.js';
import { startSamlLogin } from '../../../usecases/identity/saml-login.js';
import { secretBox } from '../../../usecases/identity/secret-box.js';
import type { AppEnv } from '../../env.js';
import { pageContext } from '../../page-context.js';
import { render } from '../../render.js';
import { setSessionCookie } from '../../session.js';
import { safeBack } from '../accounts/routes.js';
import { publicAddress } from './public-address.js';
import { LoginRefusedPage } from './login-refused-page.js';
import { NoRolePage } from './no-role-page.js';

/** Login through an organisation's identity provider: start (any kind) and the OIDC callback. */
export function ssoPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get(paths.sso.start.pattern, async (c) => {
    const { db, config } = c.get('deps');
    const provider = await loadLoginProvider(db, c.req.param('providerId'));
    if (provider.kind === 'saml') {
      const { redirectUrl } = await startSamlLogin(db, provider.id, {
        returnPath: safeBack(c.req.query('tilbage')),
        publicUrl: config.publicUrl,
        secrets: secretBox(config.sessionSecret),
      });
      return c.redirect(redirectUrl, 302);
    }
    if (provider.kind !== 'oidc') throw notFound();
    const { authorizationUrl } = await startOidcLogin(db, provider.id, {
      returnPath: safeBack(c.req.query('tilbage')),
      redirectUri: publicAddress(c, paths.sso.oidcCallback()).href,
      secrets: secretBox(config.sessionSecret),
    });
    return c.redirect(authorizationUrl, 302);
  });

  app.get(paths.sso.oidcCallback.pattern, async (c) => {
    const { db, config, logger } = c.get('deps');
    const callbackUrl = publicAddress(c, paths.sso.oidcCallback() + new URL(c.req.url).search);
    try {
      const outcome = await finishOidcLogin(db, callbackUrl, { secrets: secretBox(config.sessionSecret) });
      if (outcome.kind === 'no-role') {
        const contacts = await noRoleContacts(db, outcome.organisationId);
        return render(c, NoRolePage({ ctx: pageContext(c), organisationName: outcome.organisationName, contacts }), 403);
      }
      setSessionCookie(c, outcome.session.sessionId, outcome.session.expiresAt);
      return c.redirect(outcome.returnPath, 303);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      logger.info({ code: err.code, requestId: c.get('requestId') }, 'sso login refused');
      return render(c, LoginRefusedPage({ ctx: pageContext(c), message: err.userMessage }), err.status as ContentfulStatusCode);
    }
  });

  return app;
}
