import { Hono, type Context } from 'hono';
import { notFound } from '../../../errors.js';
import { paths } from '../../../paths.js';
import { getSecuritySettings, saveSecuritySettings } from '../../../usecases/accounts/two-factor/security-settings.js';
import type { Actor } from '../../../usecases/shared/actor.js';
import { listOrganisationApiTokens } from '../../../usecases/users/list-organisation-api-tokens.js';
import { revokeOrganisationApiToken } from '../../../usecases/users/revoke-organisation-api-token.js';
import type { AppEnv } from '../../env.js';
import { formPost } from '../../form-kit/index.js';
import { pageContext } from '../../page-context.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { OrganisationApiTokensPage, RevokeTokenPage } from './api-tokens-page.js';
import { SecurityPage } from './security-page.js';

type C = Context<AppEnv>;
const orgId = (c: C) => c.req.param('organisationId') ?? '';

/** One of the organisation's members' tokens (the confirmation page), or 404. */
async function tokenOf(c: C, actor: Actor) {
  const tokens = await listOrganisationApiTokens(c.get('deps').db, actor, { organisationId: orgId(c) });
  const token = tokens.find((tok) => tok.id === c.req.param('tokenId'));
  if (!token) throw notFound();
  return token;
}

/** The organisation's API tokens (list, revoke with confirmation) and security settings, for its admin. */
export function securityAdminPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get(paths.admin.apiTokens.pattern, async (c) => {
    const tokens = await listOrganisationApiTokens(c.get('deps').db, requireActor(c), { organisationId: orgId(c) });
    return render(c, OrganisationApiTokensPage({ ctx: pageContext(c), organisationId: orgId(c), tokens, revoked: c.req.query('tilbagekaldt') === '1' }));
  });

  app.get(paths.admin.revokeApiToken.pattern, async (c) =>
    render(c, RevokeTokenPage({ ctx: pageContext(c), organisationId: orgId(c), token: await tokenOf(c, requireActor(c)) })),
  );

  app.post(
    paths.admin.revokeApiToken.pattern,
    formPost({
      failure: { primaryField: 'access' },
      run: async (actor, _f, c) => {
        await revokeOrganisationApiToken(c.get('deps').db, actor, { organisationId: orgId(c), tokenId: c.req.param('tokenId') ?? '' });
        return paths.admin.apiTokens({ organisationId: orgId(c) }, { tilbagekaldt: 1 });
      },
      again: async (actor, { errors }, c) => RevokeTokenPage({ ctx: pageContext(c), organisationId: orgId(c), token: await tokenOf(c, actor), errors }),
    }),
  );

  app.get(paths.admin.security.pattern, async (c) => {
    const settings = await getSecuritySettings(c.get('deps').db, requireActor(c), { organisationId: orgId(c) });
    return render(c, SecurityPage({ ctx: pageContext(c), settings, saved: c.req.query('gemt') === '1' }));
  });

  app.post(
    paths.admin.security.pattern,
    formPost({
      failure: { primaryField: 'requireAdminTwoFactor' },
      run: async (actor, f, c) => {
        await saveSecuritySettings(c.get('deps').db, actor, { organisationId: orgId(c), requireAdminTwoFactor: f.raw('requireAdminTwoFactor') });
        return paths.admin.security({ organisationId: orgId(c) }, { gemt: 1 });
      },
      again: async (actor, { errors }, c) =>
        SecurityPage({ ctx: pageContext(c), settings: await getSecuritySettings(c.get('deps').db, actor, { organisationId: orgId(c) }), errors }),
    }),
  );

  return app;
}
