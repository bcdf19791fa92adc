import { Hono } from 'hono';
import type { Config } from '../../../config.js';
import { AppError } from '../../../errors.js';
import { paths } from '../../../paths.js';
import { secretBox } from '../../../usecases/identity/secret-box.js';
import { getSamlMetadata } from '../../../usecases/identity/saml-metadata.js';
import { finishSamlLogin } from '../../../usecases/identity/saml-response.js';
import type { AppEnv } from '../../env.js';
import { readForm } from '../../form-kit/index.js';
import { safeLocalPath } from '../../safe-local-path.js';
import { setSessionCookie } from '../../session.js';

/**
 * SAML 2.0 service provider (KOMBIT Context Handler), public: our metadata, and the assertion consumer
 * service the IdP's page posts the SAMLResponse to (exempt from our CSRF check in session.ts: the
 * response's signature and its one-time InResponseTo are what protect it).
 */
export function samlPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const samlCtx = (config: Config) => ({ publicUrl: config.publicUrl, secrets: secretBox(config.sessionSecret) });

  app.get(paths.saml.metadata.pattern, async (c) => {
    const { db, config } = c.get('deps');
    const xml = await getSamlMetadata(db, c.req.param('providerId'), samlCtx(config));
    return c.body(xml, 200, { 'content-type': 'application/samlmetadata+xml; charset=utf-8' });
  });

  app.post(paths.saml.acs.pattern, async (c) => {
    const { db, config, logger } = c.get('deps');
    const { values } = await readForm(c);
    let result;
    try {
      result = await finishSamlLogin(db, c.req.param('providerId'), values, samlCtx(config));
    } catch (err) {
      if (err instanceof AppError)
        logger.warn({ requestId: c.get('requestId'), providerId: c.req.param('providerId'), code: err.code, reason: err.message }, 'SAML response refused');
      throw err;
    }
    const { outcome, returnPath } = result;
    if (outcome.kind === 'no-role')
      throw new AppError('FORBIDDEN', {
        message: {
          da: `Du er kendt af ${outcome.organisationName}s identitetsudbyder, men du har ingen rolle i puljesystemet. Kontakt ${outcome.organisationName}s administrator for at få adgang.`,
          en: `${outcome.organisationName}'s identity provider knows you, but you have no role in this system. Contact ${outcome.organisationName}'s administrator.`,
        },
      });
    setSessionCookie(c, outcome.session.sessionId, outcome.session.expiresAt);
    return c.redirect(safeLocalPath(returnPath, paths.home()), 303);
  });

  return app;
}
