import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identityProviders, organisations } from '../../src/db/schema/index.js';
import { rolesFromClaims } from '../../src/policies/identity.js';
import { listIdentityProviders } from '../../src/usecases/identity/list-identity-providers.js';
import { listRoleMappings } from '../../src/usecases/identity/list-role-mappings.js';
import { deleteRoleMapping } from '../../src/usecases/identity/delete-role-mapping.js';
import { saveIdentityProvider } from '../../src/usecases/identity/save-identity-provider.js';
import { saveRoleMapping } from '../../src/usecases/identity/save-role-mapping.js';
import { secretBox } from '../../src/usecases/identity/secret-box.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { expectRefusal } from '../support/expect-refusal.js';

const secrets = secretBox('test-secret-test-secret-test-secret-00');
let t: TestApp;
let vejleId = '';
const oidc = (organisationId: string, extra: Record<string, unknown> = {}) => ({
  organisationId,
  kind: 'oidc',
  displayName: 'Vejle Kommune (Entra ID)',
  enabled: true,
  issuer: 'https://login.microsoftonline.com/vejle/v2.0',
  clientId: 'puljer',
  clientSecret: 'meget-hemmelig',
  ...extra,
});

beforeAll(async () => {
  t = await createTestApp('demo');
  const [vejle] = await t.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, 'vejle'));
  vejleId = vejle?.id ?? '';
});
afterAll(() => t?.close());

describe('identity providers: only the organisation’s own admin manages them', () => {
  it('saves a provider, stores the secret encrypted and never returns it; an empty secret keeps it', async () => {
    const admin = await t.actor('admin@vejle.demo');
    const saved = await saveIdentityProvider(t.db, admin, oidc(vejleId), { secrets });
    expect(saved.clientSecretSaved).toBe(true);
    expect(JSON.stringify(saved)).not.toContain('meget-hemmelig');
    const [row] = await t.db.select().from(identityProviders).where(eq(identityProviders.id, saved.id));
    expect(row?.clientSecretEnc).not.toContain('meget-hemmelig');
    expect(secrets.open(row?.clientSecretEnc ?? '')).toBe('meget-hemmelig');

    const again = await saveIdentityProvider(t.db, admin, oidc(vejleId, { providerId: saved.id, clientSecret: '', displayName: 'Vejle' }), { secrets });
    expect(again.displayName).toBe('Vejle');
    const [after] = await t.db.select().from(identityProviders).where(eq(identityProviders.id, saved.id));
    expect(secrets.open(after?.clientSecretEnc ?? '')).toBe('meget-hemmelig');
    expect((await listIdentityProviders(t.db, admin, { organisationId: vejleId })).map((p) => p.id)).toContain(saved.id);
  });

  it('refuses a provider without issuer or secret with Danish field errors', async () => {
    const admin = await t.actor('admin@vejle.demo');
    await expectRefusal(saveIdentityProvider(t.db, admin, oidc(vejleId, { issuer: '' }), { secrets }), 'VALIDATION_FAILED', {
      issuer: expect.stringContaining('udsteder'),
    });
    await expectRefusal(saveIdentityProvider(t.db, admin, oidc(vejleId, { clientSecret: '' }), { secrets }), 'VALIDATION_FAILED', {
      clientSecret: expect.stringContaining('klienthemmelighed'),
    });
  });

  it('refuses the secretariat (403) and another organisation’s admin (404)', async () => {
    await expectRefusal(saveIdentityProvider(t.db, await t.actor('sekretariat@vejle.demo'), oidc(vejleId), { secrets }), 'FORBIDDEN');
    const aarhusAdmin = await t.actor('admin@aarhus.demo');
    await expectRefusal(saveIdentityProvider(t.db, aarhusAdmin, oidc(vejleId), { secrets }), 'NOT_FOUND');
    await expectRefusal(listIdentityProviders(t.db, aarhusAdmin, { organisationId: vejleId }), 'NOT_FOUND');
    const [vejleProvider] = await listIdentityProviders(t.db, await t.actor('admin@vejle.demo'), { organisationId: vejleId });
    await expectRefusal(listRoleMappings(t.db, aarhusAdmin, { providerId: vejleProvider?.id }), 'NOT_FOUND');
    await expectRefusal(saveRoleMapping(t.db, aarhusAdmin, { providerId: vejleProvider?.id, claimValue: 'x', role: 'admin' }), 'NOT_FOUND');
  });

  it('maps claim values to roles; the same mapping twice is one; a mapping can be removed', async () => {
    const admin = await t.actor('admin@vejle.demo');
    const provider = await saveIdentityProvider(t.db, admin, oidc(vejleId), { secrets });
    const first = await saveRoleMapping(t.db, admin, { providerId: provider.id, claimValue: 'sekretariat', role: 'secretariat' });
    const second = await saveRoleMapping(t.db, admin, { providerId: provider.id, claimValue: 'sekretariat', role: 'secretariat' });
    expect(second.id).toBe(first.id);
    const mappings = await listRoleMappings(t.db, admin, { providerId: provider.id });
    expect(mappings.map((m) => [m.claimValue, m.role])).toEqual([['sekretariat', 'secretariat']]);
    expect(rolesFromClaims(mappings, ['andet', 'sekretariat'])).toEqual(['secretariat']);
    expect(rolesFromClaims(mappings, ['Sekretariat'])).toEqual([]);
    await deleteRoleMapping(t.db, admin, { providerId: provider.id, mappingId: first.id });
    expect(await listRoleMappings(t.db, admin, { providerId: provider.id })).toEqual([]);
  });

  it('offers the same through the API, without the secret', async () => {
    const client = await t.as('admin@vejle.demo');
    const res = await client.api('POST', `/organisations/${vejleId}/identity-providers`, oidc(vejleId, { clientSecret: 'api-hemmelighed' }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { id: string; clientSecretSaved: boolean };
    expect(body.clientSecretSaved).toBe(true);
    const list = await (await client.api('GET', `/organisations/${vejleId}/identity-providers`)).text();
    expect(list).not.toContain('api-hemmelighed');
    const mapped = await client.api('POST', `/identity-providers/${body.id}/role-mappings`, { claimValue: 'sekretariat', role: 'secretariat' });
    expect(mapped.status).toBe(200);
    expect((await client.api('POST', `/identity-providers/${body.id}/role-mappings`, { claimValue: '', role: 'nobody' })).status).toBe(422);
    const aarhus = await t.as('admin@aarhus.demo');
    expect((await aarhus.api('GET', `/identity-providers/${body.id}/role-mappings`)).status).toBe(404);
  });
});
