import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTokens } from '../../src/db/schema/accounts.js';
import { paths } from '../../src/paths.js';
import { createApiToken } from '../../src/usecases/accounts/create-api-token.js';
import { revokeApiToken } from '../../src/usecases/accounts/revoke-api-token.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { expectRefusal } from '../support/expect-refusal.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp('demo');
});
afterAll(() => t.close());

const DAY = 86_400_000;
const bearer = (token: string, path = '/api/v1/me') => t.app.request(path, { headers: { authorization: `Bearer ${token}` } });

describe('API tokens expire, and their owner lists and revokes them (API)', () => {
  it('a new token expires after 90 days by default, or after the days chosen (at most a year)', async () => {
    const s = await t.as('oekonomi@vejle.demo');
    const before = Date.now();
    const res = await s.api('POST', '/me/tokens', { name: 'regneark' });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; token: string; expiresAt: string };
    const days = (Date.parse(body.expiresAt) - before) / DAY;
    expect(days).toBeGreaterThan(89.99);
    expect(days).toBeLessThan(90.01);
    const year = (await (await s.api('POST', '/me/tokens', { name: 'årlig', expiresInDays: 365 })).json()) as { expiresAt: string };
    expect(Math.round((Date.parse(year.expiresAt) - before) / DAY)).toBe(365);
    for (const expiresInDays of [366, 0, 1.5, 'mange']) {
      const bad = await s.api('POST', '/me/tokens', { name: 'for længe', expiresInDays });
      expect(bad.status).toBe(422);
      const err = (await bad.json()) as { error: { fields: Record<string, string> } };
      expect(err.error.fields.expiresInDays).toMatch(/dag|tal|år/);
    }
  });

  it('lists only the owner’s tokens, never a secret', async () => {
    const s = await t.as('sekretariat@vejle.demo');
    await s.api('POST', '/me/tokens', { name: 'sekretariatets' });
    const list = (await (await s.api('GET', '/me/tokens')).json()) as Record<string, unknown>[];
    expect(list.map((x) => x.name)).toEqual(['sekretariatets']);
    expect(list[0]).toMatchObject({ status: 'active', revokedAt: null, lastUsedAt: null });
    expect(Object.keys(list[0] ?? {}).sort()).toEqual(['createdAt', 'expiresAt', 'id', 'lastUsedAt', 'name', 'revokedAt', 'status']);
  });

  it('a revoked token answers 401 with a Danish message; another user cannot revoke it (404)', async () => {
    const owner = await t.as('admin@vejle.demo');
    const created = (await (await owner.api('POST', '/me/tokens', { name: 'integration' })).json()) as { id: string; token: string };
    expect((await bearer(created.token)).status).toBe(200);
    const other = await t.as('admin@aarhus.demo');
    expect((await other.api('DELETE', `/me/tokens/${created.id}`)).status).toBe(404);
    expect((await bearer(created.token)).status).toBe(200);
    expect((await owner.api('DELETE', `/me/tokens/${created.id}`)).status).toBe(200);
    const refused = await bearer(created.token);
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain('tilbagekaldt');
    const list = (await (await owner.api('GET', '/me/tokens')).json()) as { id: string; status: string }[];
    expect(list.find((x) => x.id === created.id)?.status).toBe('revoked');
    // The token itself may revoke itself, too (a client cleaning up): and a second revoke changes nothing.
    expect((await owner.api('DELETE', `/me/tokens/${created.id}`)).status).toBe(200);
  });

  it('an expired token answers 401 with a Danish message', async () => {
    const actor = await t.actor('raad@vejle.demo');
    const created = await createApiToken(t.db, actor, actor.userId, { name: 'gammel', expiresInDays: 30 }, { now: new Date(Date.now() - 31 * DAY) });
    const refused = await bearer(created.token);
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain('udløbet');
    const fresh = await createApiToken(t.db, actor, actor.userId, { name: 'ny', expiresInDays: 30 }, { now: new Date(Date.now() - 29 * DAY) });
    expect((await bearer(fresh.token)).status).toBe(200);
  });

  it('revokeApiToken refuses another user’s token as not found and an id that is no uuid as invalid', async () => {
    const owner = await t.actor('bedoemmer@vejle.demo');
    const created = await createApiToken(t.db, owner, owner.userId, { name: 'egen' });
    await expectRefusal(revokeApiToken(t.db, await t.actor('ansoeger@vejle.demo'), { tokenId: created.id }), 'NOT_FOUND');
    await expectRefusal(revokeApiToken(t.db, owner, { tokenId: 'x' }), 'VALIDATION_FAILED');
    const [row] = await t.db.select().from(apiTokens).where(eq(apiTokens.id, created.id));
    expect(row?.revokedAt).toBeNull();
  });
});

describe('the account page: create (secret shown once), list, revoke', () => {
  it('creates a token, shows its secret once, lists it and revokes it', async () => {
    const s = await t.as('ansoeger@vejle.demo');
    const empty = await s.get(paths.accounts.account());
    expect(empty.status).toBe(200);
    expect(await empty.text()).toContain('Du har ingen API-nøgler');

    const res = await s.postForm(paths.accounts.apiTokens(), { name: 'Budgetregneark', expiresInDays: '180' });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    const secret = /<code class="api-token-secret">(vtp_[^<]+)<\/code>/.exec(html)?.[1];
    expect(secret).toBeDefined();
    expect(html).toContain('Den vises kun denne ene gang');
    expect((await bearer(secret ?? '')).status).toBe(200);

    const again = await (await s.get(paths.accounts.account())).text();
    expect(again).toContain('Budgetregneark');
    expect(again).not.toContain(secret ?? '');
    expect(again).toContain('Aktiv');

    const [row] = await t.db.select().from(apiTokens).where(eq(apiTokens.name, 'Budgetregneark'));
    const revoked = await s.postForm(paths.accounts.revokeApiToken({ tokenId: row?.id ?? '' }), {});
    expect(revoked.status).toBe(303);
    expect(revoked.headers.get('location')).toBe(paths.accounts.account());
    expect(await (await s.get(paths.accounts.account())).text()).toContain('Tilbagekaldt');
    expect((await bearer(secret ?? '')).status).toBe(401);
  });

  it('bad input is a 422 with Danish errors by the fields, keeping what was typed', async () => {
    const s = await t.as('ansoeger@horsens.demo');
    const res = await s.postForm(paths.accounts.apiTokens(), { name: '', expiresInDays: '400' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Giv nøglen et navn');
    expect(html).toContain('Højst 365 dage');
    const long = await s.postForm(paths.accounts.apiTokens(), { name: 'Mit navn', expiresInDays: 'mange' });
    expect(long.status).toBe(422);
    expect(await long.text()).toContain('value="Mit navn"');
  });

  it('anonymous is sent to log in; another user’s token cannot be revoked from the page (404)', async () => {
    const anon = await t.anonymous().get(paths.accounts.account());
    expect(anon.status).toBe(302);
    expect(anon.headers.get('location')).toContain(paths.accounts.login());
    const owner = await t.actor('sekretariat@horsens.demo');
    const created = await createApiToken(t.db, owner, owner.userId, { name: 'horsens' });
    const other = await t.as('admin@horsens.demo');
    expect((await other.postForm(paths.accounts.revokeApiToken({ tokenId: created.id }), {})).status).toBe(404);
    expect((await bearer(created.token)).status).toBe(200);
  });
});
