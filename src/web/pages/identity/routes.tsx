import { Hono, type Context } from 'hono';
import { paths } from '../../../paths.js';
import { authorizeIdentityAdmin } from '../../../policies/identity.js';
import { deleteRoleMapping } from '../../../usecases/identity/delete-role-mapping.js';
import { getIdentityProvider } from '../../../usecases/identity/get-identity-provider.js';
import { listIdentityProviders } from '../../../usecases/identity/list-identity-providers.js';
import { listRoleMappings } from '../../../usecases/identity/list-role-mappings.js';
import { saveIdentityProvider } from '../../../usecases/identity/save-identity-provider.js';
import { saveRoleMapping } from '../../../usecases/identity/save-role-mapping.js';
import { secretBox } from '../../../usecases/identity/secret-box.js';
import type { Actor } from '../../../usecases/shared/actor.js';
import type { AppEnv } from '../../env.js';
import { formPost, type FormFields } from '../../form-kit/index.js';
import { pageContext } from '../../page-context.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { ProviderFormPage, providerKind, type ProviderKind } from './provider-form-page.js';
import { ProvidersPage } from './providers-page.js';
import { RoleMappingsPage } from './role-mappings-page.js';

type C = Context<AppEnv>;
const PROVIDER_FIELDS = [
  'displayName',
  'issuer',
  'clientId',
  'clientSecret',
  'samlIdpEntityId',
  'samlSsoUrl',
  'samlIdpCertificate',
  'spPrivateKey',
  'spCertificate',
  'subjectClaim',
  'groupsClaim',
  'emailClaim',
  'nameClaim',
] as const;

const orgId = (c: C) => c.req.param('organisationId') ?? '';
const ids = (c: C) => ({ organisationId: orgId(c), providerId: c.req.param('providerId') ?? '' });
/** The provider named in the URL, only under its own organisation (else 404). */
const providerOf = (c: C, actor: Actor) => getIdentityProvider(c.get('deps').db, actor, ids(c));

function providerInput(f: FormFields, kind: ProviderKind) {
  const input: Record<string, unknown> = { kind, enabled: f.raw('enabled') };
  for (const name of PROVIDER_FIELDS) input[name] = f.text(name);
  return input;
}

/** An organisation's login providers and their role mappings, for its own admin. */
export function identityAdminPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const save = (c: C, actor: Actor, input: Record<string, unknown>) =>
    saveIdentityProvider(c.get('deps').db, actor, { ...input, organisationId: orgId(c) }, { secrets: secretBox(c.get('deps').config.sessionSecret) });

  app.get(paths.identityAdmin.providers.pattern, async (c) => {
    const providers = await listIdentityProviders(c.get('deps').db, requireActor(c), { organisationId: orgId(c) });
    return render(c, ProvidersPage({ ctx: pageContext(c), organisationId: orgId(c), providers }));
  });

  app.get(paths.identityAdmin.newProvider.pattern, (c) => {
    authorizeIdentityAdmin(requireActor(c), orgId(c));
    const props = { ctx: pageContext(c), organisationId: orgId(c), kind: providerKind(c.req.query('type')), publicUrl: c.get('deps').config.publicUrl };
    return render(c, ProviderFormPage(props));
  });

  app.post(
    paths.identityAdmin.newProvider.pattern,
    formPost({
      failure: { primaryField: 'displayName' },
      run: async (actor, f, c) => {
        // Access before the form's values: another organisation's form is 404 even when the input is bad.
        authorizeIdentityAdmin(actor, orgId(c));
        const saved = await save(c, actor, providerInput(f, providerKind(c.req.query('type'))));
        return paths.identityAdmin.provider({ organisationId: orgId(c), providerId: saved.id }, { gemt: 1 });
      },
      again: (_a, form, c) =>
        ProviderFormPage({
          ctx: pageContext(c),
          organisationId: orgId(c),
          kind: providerKind(c.req.query('type')),
          publicUrl: c.get('deps').config.publicUrl,
          ...form,
        }),
    }),
  );

  app.get(paths.identityAdmin.provider.pattern, async (c) => {
    const provider = await providerOf(c, requireActor(c));
    const props = { ctx: pageContext(c), organisationId: orgId(c), kind: provider.kind, provider, publicUrl: c.get('deps').config.publicUrl };
    return render(c, ProviderFormPage({ ...props, saved: c.req.query('gemt') === '1' }));
  });

  app.post(
    paths.identityAdmin.provider.pattern,
    formPost({
      failure: { primaryField: 'displayName' },
      run: async (actor, f, c) => {
        const provider = await providerOf(c, actor);
        await save(c, actor, { ...providerInput(f, provider.kind), providerId: provider.id });
        return paths.identityAdmin.provider(ids(c), { gemt: 1 });
      },
      again: async (actor, form, c) => {
        const provider = await providerOf(c, actor);
        return ProviderFormPage({
          ctx: pageContext(c),
          organisationId: orgId(c),
          kind: provider.kind,
          provider,
          publicUrl: c.get('deps').config.publicUrl,
          ...form,
        });
      },
    }),
  );

  const mappingsPage = async (c: C, actor: Actor, form: Partial<Pick<Parameters<typeof RoleMappingsPage>[0], 'values' | 'errors'>> = {}) => {
    const provider = await providerOf(c, actor);
    const mappings = await listRoleMappings(c.get('deps').db, actor, { providerId: provider.id });
    return RoleMappingsPage({ ctx: pageContext(c), organisationId: orgId(c), provider, mappings, ...form });
  };

  app.get(paths.identityAdmin.roleMappings.pattern, async (c) => render(c, await mappingsPage(c, requireActor(c))));

  app.post(
    paths.identityAdmin.roleMappings.pattern,
    formPost({
      failure: { primaryField: 'claimValue' },
      run: async (actor, f, c) => {
        const provider = await providerOf(c, actor);
        await saveRoleMapping(c.get('deps').db, actor, { providerId: provider.id, claimValue: f.text('claimValue'), role: f.text('role') });
        return paths.identityAdmin.roleMappings(ids(c));
      },
      again: (actor, form, c) => mappingsPage(c, actor, form),
    }),
  );

  app.post(
    paths.identityAdmin.deleteRoleMapping.pattern,
    formPost({
      failure: { primaryField: 'claimValue' },
      run: async (actor, _f, c) => {
        const provider = await providerOf(c, actor);
        await deleteRoleMapping(c.get('deps').db, actor, { providerId: provider.id, mappingId: c.req.param('mappingId') ?? '' });
        return paths.identityAdmin.roleMappings(ids(c));
      },
      again: (actor, form, c) => mappingsPage(c, actor, form),
    }),
  );

  return app;
}
