import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations, outbox, users } from '../../src/db/schema/index.js';
import { createApiToken } from '../../src/usecases/accounts/create-api-token.js';
import { setPasswordWithToken } from '../../src/usecases/accounts/password-reset-complete.js';
import { requestPasswordReset } from '../../src/usecases/accounts/password-reset-request.js';
import { deactivateUser } from '../../src/usecases/users/deactivate-user.js';
import { inviteUser } from '../../src/usecases/users/invite-user.js';
import { listUsers } from '../../src/usecases/users/list-users.js';
import { reactivateUser } from '../../src/usecases/users/reactivate-user.js';
import { updateUserRoles } from '../../src/usecases/users/update-user-roles.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { expectRefusal } from '../support/expect-refusal.js';

let t: TestApp;
let vejleId: string;
let aarhusId: string;
const orgId = async (slug: string) => (await t.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, slug)))[0]?.id ?? '';
const userId = async (email: string) => (await t.db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]?.id ?? '';
const linkToken = (body: string) => body.match(/token=([A-Za-z0-9_-]+)/)?.[1] ?? '';

beforeAll(async () => {
  t = await createTestApp('demo');
  vejleId = await orgId('vejle');
  aarhusId = await orgId('aarhus');
});
afterAll(() => t?.close());

describe('users administration', () => {
  it("lists the organisation's users with roles, only for its own admin", async () => {
    const admin = await t.actor('admin@vejle.demo');
    const page = await listUsers(t.db, admin, { organisationId: vejleId });
    const secretariat = page.items.find((u) => u.email === 'sekretariat@vejle.demo');
    expect(secretariat?.roles).toContain('secretariat');
    expect(page.items.every((u) => !u.email.endsWith('@aarhus.demo'))).toBe(true);
    const first = await listUsers(t.db, admin, { organisationId: vejleId, limit: 2 });
    const second = await listUsers(t.db, admin, { organisationId: vejleId, limit: 2, after: first.nextCursor ?? '' });
    expect(first.items).toHaveLength(2);
    expect(second.items[0]?.email).toBe(page.items[2]?.email);

    await expectRefusal(listUsers(t.db, admin, { organisationId: aarhusId }), 'NOT_FOUND');
    await expectRefusal(listUsers(t.db, await t.actor('sekretariat@vejle.demo'), { organisationId: vejleId }), 'FORBIDDEN');
    const res = await (await t.as('admin@vejle.demo')).api('GET', `/organisations/${aarhusId}/users`);
    expect(res.status).toBe(404);
  });

  it('deactivation ends the session and the API token at once; reactivation lets the user log in again', async () => {
    const admin = await t.actor('admin@vejle.demo');
    const targetId = await userId('bedoemmer@vejle.demo');
    const client = await t.as('bedoemmer@vejle.demo');
    const { token } = await createApiToken(t.db, await t.actor('bedoemmer@vejle.demo'), targetId, { name: 'test' });
    const bearer = () => t.app.request('/api/v1/me', { headers: { authorization: `Bearer ${token}` } });
    expect((await client.api('GET', '/me')).status).toBe(200);
    expect((await bearer()).status).toBe(200);

    await expectRefusal(deactivateUser(t.db, admin, { organisationId: aarhusId, userId: targetId }), 'NOT_FOUND');
    await expectRefusal(deactivateUser(t.db, admin, { organisationId: vejleId, userId: await userId('bedoemmer@aarhus.demo') }), 'NOT_FOUND');
    await expectRefusal(deactivateUser(t.db, admin, { organisationId: vejleId, userId: admin.userId }), 'CONFLICT');

    const res = await (await t.as('admin@vejle.demo')).api('POST', `/organisations/${vejleId}/users/${targetId}/deactivate`);
    expect(res.status).toBe(200);
    expect((await client.api('GET', '/me')).status).toBe(401);
    expect((await bearer()).status).toBe(401);

    await reactivateUser(t.db, admin, { organisationId: vejleId, userId: targetId });
    expect((await (await t.as('bedoemmer@vejle.demo')).api('GET', '/me')).status).toBe(200);
    expect((await bearer()).status).toBe(401); // revoked tokens stay revoked
  });

  it('changes roles, and an admin cannot take away their own admin role', async () => {
    const admin = await t.actor('admin@vejle.demo');
    const targetId = await userId('oekonomi@vejle.demo');
    const after = await updateUserRoles(t.db, admin, { organisationId: vejleId, userId: targetId, roles: ['finance', 'reviewer'] });
    expect(after.roles).toEqual(['finance', 'reviewer']);
    await expectRefusal(updateUserRoles(t.db, admin, { organisationId: vejleId, userId: admin.userId, roles: ['secretariat'] }), 'CONFLICT');
    await expectRefusal(updateUserRoles(t.db, admin, { organisationId: vejleId, userId: targetId, roles: [] }), 'VALIDATION_FAILED');
  });

  it('invites by e-mail with a one-time link that sets the password once', async () => {
    const admin = await t.actor('admin@vejle.demo');
    const invited = await inviteUser(
      t.db,
      admin,
      { organisationId: vejleId, email: 'Ny@Vejle.dk', name: 'Ny Person', roles: ['reviewer'] },
      { publicUrl: 'http://x.test' },
    );
    expect(invited.created).toBe(true);
    await expectRefusal(
      inviteUser(t.db, admin, { organisationId: vejleId, email: 'ny@vejle.dk', name: 'Ny', roles: ['reviewer'] }, { publicUrl: 'http://x.test' }),
      'ALREADY_EXISTS',
    );
    const [mail] = await t.db.select().from(outbox).where(eq(outbox.toAddress, 'ny@vejle.dk'));
    const token = linkToken(mail?.textBody ?? '');
    expect(token.length).toBeGreaterThan(20);
    await setPasswordWithToken(t.db, { token, password: 'ny-adgang-123', passwordAgain: 'ny-adgang-123' });
    expect((await (await t.as('ny@vejle.dk', 'ny-adgang-123')).api('GET', '/me')).status).toBe(200);
    await expectRefusal(setPasswordWithToken(t.db, { token, password: 'igen-igen-1', passwordAgain: 'igen-igen-1' }), 'NOT_FOUND');
  });
});

describe('password reset', () => {
  it('answers the same for an unknown address, expires after an hour, and ends all sessions', async () => {
    await requestPasswordReset(t.db, { email: 'ingen@nowhere.dk' }, { publicUrl: 'http://x.test' });
    expect(await t.db.select().from(outbox).where(eq(outbox.toAddress, 'ingen@nowhere.dk'))).toHaveLength(0);

    const client = await t.as('raad@vejle.demo');
    const now = new Date();
    await requestPasswordReset(t.db, { email: 'raad@vejle.demo' }, { publicUrl: 'http://x.test', now });
    const [mail] = await t.db.select().from(outbox).where(eq(outbox.toAddress, 'raad@vejle.demo'));
    const token = linkToken(mail?.textBody ?? '');
    const late = new Date(now.getTime() + 61 * 60_000);
    await expectRefusal(setPasswordWithToken(t.db, { token, password: 'nyt-kodeord-1', passwordAgain: 'nyt-kodeord-1' }, { now: late }), 'NOT_FOUND');
    await expectRefusal(setPasswordWithToken(t.db, { token, password: 'nyt-kodeord-1', passwordAgain: 'andet-kode-1' }), 'VALIDATION_FAILED');
    await setPasswordWithToken(t.db, { token, password: 'nyt-kodeord-1', passwordAgain: 'nyt-kodeord-1' });
    expect((await client.api('GET', '/me')).status).toBe(401);
    await expectRefusal(setPasswordWithToken(t.db, { token, password: 'nyt-kodeord-2', passwordAgain: 'nyt-kodeord-2' }), 'NOT_FOUND');
  });
});
