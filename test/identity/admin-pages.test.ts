import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTokens, identityProviders, organisations, roleMappings } from '../../src/db/schema/index.js';
import { paths } from '../../src/paths.js';
import { createApiToken } from '../../src/usecases/accounts/create-api-token.js';
import { createTestApp, type TestApp, type TestClient } from '../support/app.js';

let t: TestApp;
let admin: TestClient;
let organisationId = '';
const orgId = async (slug: string) => (await t.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, slug)))[0]?.id ?? '';

beforeAll(async () => {
  t = await createTestApp('demo');
  admin = await t.as('admin@vejle.demo');
  organisationId = await orgId('vejle');
});
afterAll(() => t?.close());

const oidcForm = {
  kind: 'oidc',
  displayName: 'Vejle Kommune (Entra ID)',
  enabled: 'true',
  issuer: 'https://login.microsoftonline.com/vejle/v2.0',
  clientId: 'puljer-klient',
  clientSecret: 'super-hemmelig-vaerdi',
};

describe('login providers: the admin pages', () => {
  it('creates an OIDC provider; the secret is never shown again, and an empty field keeps it', async () => {
    const created = await admin.postForm(paths.identityAdmin.newProvider({ organisationId }, { type: 'oidc' }), oidcForm);
    expect(created.status).toBe(303);
    const location = created.headers.get('location') ?? '';
    expect(location).toMatch(/\/login-udbydere\/[0-9a-f-]{36}\?gemt=1$/);
    const page = await (await admin.get(location)).text();
    expect(page).toContain('Udbyderen er gemt');
    expect(page).toContain('Gemt — vises ikke igen');
    expect(page).toContain(paths.identityAdmin.oidcCallback());
    expect(page).not.toContain('super-hemmelig-vaerdi');

    const [row] = await t.db.select().from(identityProviders).where(eq(identityProviders.clientId, 'puljer-klient'));
    expect(row?.clientSecretEnc).toBeTruthy();
    expect(row?.clientSecretEnc).not.toContain('super-hemmelig');
    const edited = await admin.postForm(location.replace(/\?.*$/, ''), { ...oidcForm, displayName: 'Vejle (Entra)', clientSecret: '' });
    expect(edited.status).toBe(303);
    const [after] = await t.db
      .select()
      .from(identityProviders)
      .where(eq(identityProviders.id, row?.id ?? ''));
    expect(after?.displayName).toBe('Vejle (Entra)');
    expect(after?.clientSecretEnc).toBe(row?.clientSecretEnc);

    const list = await (await admin.get(paths.identityAdmin.providers({ organisationId }))).text();
    expect(list).toContain('Vejle (Entra)');
    expect(list).toContain('https://login.microsoftonline.com/vejle/v2.0');
  });

  it('keeps what was typed and says what is wrong (422)', async () => {
    const res = await admin.postForm(paths.identityAdmin.newProvider({ organisationId }, { type: 'oidc' }), {
      ...oidcForm,
      issuer: 'ikke-en-adresse',
      clientSecret: '',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('value="ikke-en-adresse"');
    expect(html).toContain('Skriv en fuld adresse, der begynder med https://');
    const noSecret = await admin.postForm(paths.identityAdmin.newProvider({ organisationId }, { type: 'oidc' }), { ...oidcForm, clientSecret: '' });
    expect(noSecret.status).toBe(422);
    expect(await noSecret.text()).toContain('Skriv klienthemmeligheden');
  });

  it('shows the SAML metadata address of a saved SAML provider', async () => {
    const res = await admin.postForm(paths.identityAdmin.newProvider({ organisationId }, { type: 'saml' }), {
      kind: 'saml',
      displayName: 'Vejle ADFS',
      samlIdpEntityId: 'https://adfs.vejle.dk/adfs/services/trust',
      samlSsoUrl: 'https://adfs.vejle.dk/adfs/ls/',
      samlIdpCertificate: 'MIIC-idp',
      spCertificate: 'MIIC-sp',
      spPrivateKey: '-----BEGIN PRIVATE KEY-----hemmelig-noegle',
    });
    expect(res.status).toBe(303);
    const providerId = (res.headers.get('location') ?? '').match(/login-udbydere\/([0-9a-f-]{36})/)?.[1] ?? '';
    const page = await (await admin.get(paths.identityAdmin.provider({ organisationId, providerId }))).text();
    expect(page).toContain(paths.identityAdmin.samlMetadata({ providerId }));
    expect(page).not.toContain('hemmelig-noegle');
  });

  it('adds and deletes role mappings with the Danish role names', async () => {
    const [provider] = await t.db.select().from(identityProviders).where(eq(identityProviders.organisationId, organisationId));
    const ids = { organisationId, providerId: provider?.id ?? '' };
    expect((await admin.postForm(paths.identityAdmin.roleMappings(ids), { claimValue: 'grp-sekretariat', role: 'secretariat' })).status).toBe(303);
    const bad = await admin.postForm(paths.identityAdmin.roleMappings(ids), { claimValue: 'grp-uden-rolle', role: '' });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('value="grp-uden-rolle"');
    const page = await (await admin.get(paths.identityAdmin.roleMappings(ids))).text();
    expect(page).toContain('grp-sekretariat');
    expect(page).toContain('Sekretariat');
    const [mapping] = await t.db.select().from(roleMappings).where(eq(roleMappings.claimValue, 'grp-sekretariat'));
    expect((await admin.postForm(paths.identityAdmin.deleteRoleMapping({ ...ids, mappingId: mapping?.id ?? '' }), {})).status).toBe(303);
    expect(await t.db.select().from(roleMappings).where(eq(roleMappings.claimValue, 'grp-sekretariat'))).toEqual([]);
  });

  it("is another organisation's provider under this organisation's address: 404; a non-admin: 403", async () => {
    const [provider] = await t.db.select().from(identityProviders).where(eq(identityProviders.organisationId, organisationId));
    const aarhusAdmin = await t.as('admin@aarhus.demo');
    const aarhusId = await orgId('aarhus');
    expect((await aarhusAdmin.get(paths.identityAdmin.provider({ organisationId: aarhusId, providerId: provider?.id ?? '' }))).status).toBe(404);
    expect((await (await t.as('sekretariat@vejle.demo')).get(paths.identityAdmin.providers({ organisationId }))).status).toBe(403);
  });

  it('links the administration pages from the users page', async () => {
    const html = await (await admin.get(paths.admin.organisationUsers({ organisationId }))).text();
    for (const href of [paths.identityAdmin.providers({ organisationId }), paths.admin.apiTokens({ organisationId }), paths.admin.security({ organisationId })])
      expect(html).toContain(`href="${href}"`);
  });
});

describe("the organisation's API tokens page", () => {
  it("lists members' tokens and revokes one after a confirmation", async () => {
    const member = await t.actor('ansoeger@vejle.demo');
    const { id } = await createApiToken(t.db, member, member.userId, { name: 'Regneark-nøgle' });
    const list = await (await admin.get(paths.admin.apiTokens({ organisationId }))).text();
    expect(list).toContain('Regneark-nøgle');
    const confirm = await admin.get(paths.admin.revokeApiToken({ organisationId, tokenId: id }));
    expect(confirm.status).toBe(200);
    expect(await confirm.text()).toContain('Ja, tilbagekald nøglen');
    const [still] = await t.db.select().from(apiTokens).where(eq(apiTokens.id, id));
    expect(still?.revokedAt).toBeNull();
    const res = await admin.postForm(paths.admin.revokeApiToken({ organisationId, tokenId: id }), {});
    expect(res.status).toBe(303);
    const [revoked] = await t.db.select().from(apiTokens).where(eq(apiTokens.id, id));
    expect(revoked?.revokedAt).not.toBeNull();
    expect((await admin.api('GET', `/organisations/${organisationId}/api-tokens`)).status).toBe(200);
  });
});

describe('the security settings page', () => {
  it('saves "Kræv to-faktor for lokale administratorer"', async () => {
    const other = await t.as('admin@vejle.demo');
    expect(await (await other.get(paths.admin.security({ organisationId }))).text()).toContain('Kræv to-faktor for lokale administratorer');
    const res = await other.postForm(paths.admin.security({ organisationId }), { requireAdminTwoFactor: 'true' });
    expect(res.status).toBe(303);
    // The admin now has to set up two-factor first.
    expect((await other.get(paths.home())).headers.get('location')).toBe(paths.accounts.twoFactorEnrol());
    const api = await other.api('PUT', `/organisations/${organisationId}/security-settings`, { requireAdminTwoFactor: false });
    expect(api.status).toBe(403);
  });
});
