import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations, outbox, users } from '../../src/db/schema/index.js';
import { paths } from '../../src/paths.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let vejleId: string;
let aarhusId: string;
const orgId = async (slug: string) => (await t.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, slug)))[0]?.id ?? '';
const userId = async (email: string) => (await t.db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]?.id ?? '';
const form = (fields: Record<string, string | string[]>) => fields;

/** A logged-out browser: keeps the anonymous CSRF cookie and sends the token from the login page's form. */
async function anonymousForm(path: string, fields: Record<string, string>): Promise<Response> {
  const page = await t.app.request(paths.accounts.login());
  const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const csrf = (await page.text()).match(/name="_csrf" value="([^"]+)"/)?.[1] ?? '';
  return t.app.request(path.split('?')[0] ?? path, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, ...fields }),
  });
}

beforeAll(async () => {
  t = await createTestApp('demo');
  vejleId = await orgId('vejle');
  aarhusId = await orgId('aarhus');
});
afterAll(() => t?.close());

describe('users pages', () => {
  it('the Vejle admin lists the users with roles and last login, and finds the navigation entry', async () => {
    const admin = await t.as('admin@vejle.demo');
    const redirect = await admin.get(paths.admin.users());
    expect(redirect.headers.get('location')).toBe(paths.admin.organisationUsers({ organisationId: vejleId }));
    const res = await admin.get(paths.admin.organisationUsers({ organisationId: vejleId }));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('sekretariat@vejle.demo');
    expect(html).toContain('Sekretariat');
    expect(html).toContain('Seneste login');
    expect(html).not.toContain('@aarhus.demo');
    expect(html).toContain(`href="${paths.admin.users()}"`);
  });

  it('the Vejle secretariat is refused (403) and the Aarhus admin does not find Vejle (404)', async () => {
    const secretariat = await t.as('sekretariat@vejle.demo');
    expect((await secretariat.get(paths.admin.organisationUsers({ organisationId: vejleId }))).status).toBe(403);
    expect((await secretariat.get(paths.admin.inviteUser({ organisationId: vejleId }))).status).toBe(403);
    expect(await (await secretariat.get(paths.home())).text()).not.toContain(`href="${paths.admin.users()}"`);
    const aarhusAdmin = await t.as('admin@aarhus.demo');
    expect((await aarhusAdmin.get(paths.admin.organisationUsers({ organisationId: vejleId }))).status).toBe(404);
    const target = { organisationId: vejleId, userId: await userId('bedoemmer@vejle.demo') };
    expect((await aarhusAdmin.get(paths.admin.userRoles(target))).status).toBe(404);
    expect((await aarhusAdmin.postForm(paths.admin.deactivateUser(target), {})).status).toBe(404);
    expect((await aarhusAdmin.get(paths.admin.userRoles({ organisationId: aarhusId, userId: target.userId }))).status).toBe(404);
    expect((await aarhusAdmin.api('GET', `/organisations/${vejleId}/users/${target.userId}`)).status).toBe(404);
    const viaApi = await (await t.as('admin@vejle.demo')).api('GET', `/organisations/${vejleId}/users/${target.userId}`);
    expect(((await viaApi.json()) as { email: string }).email).toBe('bedoemmer@vejle.demo');
  });

  it('invites a user; a bad e-mail is 422 with the typed values kept', async () => {
    const admin = await t.as('admin@vejle.demo');
    const action = paths.admin.inviteUser({ organisationId: vejleId });
    expect((await admin.get(action)).status).toBe(200);
    const bad = await admin.postForm(action, form({ name: 'Ny Kollega', email: 'ikke-en-adresse', roles: ['reviewer', 'finance'] }));
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('value="Ny Kollega"');
    expect(html).toContain('value="ikke-en-adresse"');
    expect(html).toMatch(/value="finance"[^>]*checked|checked[^>]*value="finance"/);
    expect(html).toContain('form-error');

    const noRoles = await admin.postForm(action, form({ name: 'Ny Kollega', email: 'ny.kollega@vejle.demo' }));
    expect(noRoles.status).toBe(422);
    expect(await noRoles.text()).toContain('Vælg mindst én rolle');

    const ok = await admin.postForm(action, form({ name: 'Ny Kollega', email: 'ny.kollega@vejle.demo', roles: 'reviewer' }));
    expect(ok.status).toBe(303);
    const list = await (await admin.get(paths.admin.organisationUsers({ organisationId: vejleId }))).text();
    expect(list).toContain('ny.kollega@vejle.demo');
    expect(list).toContain('Inviteret');
    const mail = await t.db.select().from(outbox).where(eq(outbox.toAddress, 'ny.kollega@vejle.demo'));
    expect(mail).toHaveLength(1);
  });

  it("changes a user's roles, deactivates and reactivates them; the admin cannot deactivate themselves", async () => {
    const admin = await t.as('admin@vejle.demo');
    const target = { organisationId: vejleId, userId: await userId('oekonomi@vejle.demo') };
    const page = await (await admin.get(paths.admin.userRoles(target))).text();
    expect(page).toContain('oekonomi@vejle.demo');
    expect(page).toContain('Deaktivér');

    expect((await admin.postForm(paths.admin.userRoles(target), form({}))).status).toBe(422);
    expect((await admin.postForm(paths.admin.userRoles(target), form({ roles: ['finance', 'reviewer'] }))).status).toBe(303);
    expect(await (await admin.get(paths.admin.userRoles(target))).text()).toMatch(/value="reviewer"[^>]*checked|checked[^>]*value="reviewer"/);

    const client = await t.as('oekonomi@vejle.demo');
    expect((await admin.postForm(paths.admin.deactivateUser(target), {})).status).toBe(303);
    expect((await client.get(paths.home())).status).not.toBe(200);
    const list = await (await admin.get(paths.admin.organisationUsers({ organisationId: vejleId }))).text();
    expect(list).toContain('Deaktiveret');
    expect(await (await admin.get(paths.admin.userRoles(target))).text()).toContain('Genaktivér');
    expect((await admin.postForm(paths.admin.reactivateUser(target), {})).status).toBe(303);
    expect((await (await t.as('oekonomi@vejle.demo')).get(paths.home())).status).toBe(200);

    const self = { organisationId: vejleId, userId: await userId('admin@vejle.demo') };
    const refused = await admin.postForm(paths.admin.deactivateUser(self), {});
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain('Du kan ikke fjerne din egen adgang');
  });

  it('resets a password through the pages: the login link, the same answer for any address, the one-time link', async () => {
    const login = await (await t.anonymous().get(paths.accounts.login())).text();
    expect(login).toContain(`href="${paths.accounts.forgotPassword()}"`);
    expect(login).toContain('Glemt adgangskode?');

    const bad = await anonymousForm(paths.accounts.forgotPassword(), { email: 'ikke-en-adresse' });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('value="ikke-en-adresse"');

    const unknown = await anonymousForm(paths.accounts.forgotPassword(), { email: 'findes.ikke@vejle.demo' });
    const known = await anonymousForm(paths.accounts.forgotPassword(), { email: 'ansoeger@vejle.demo' });
    expect(unknown.status).toBe(200);
    expect(known.status).toBe(200);
    const answer = (html: string) => html.match(/<h1>[\s\S]*<\/form>/)?.[0].replace(/value="[^"]*"/g, '');
    expect(answer(await known.text())).toBe(answer(await unknown.text()));

    const [mail] = await t.db.select().from(outbox).where(eq(outbox.toAddress, 'ansoeger@vejle.demo'));
    const token = mail?.textBody.match(/token=([A-Za-z0-9_-]+)/)?.[1] ?? '';
    expect(token).not.toBe('');
    expect((await t.anonymous().get(paths.accounts.setPassword({ token: 'ugyldig-token-123' }))).status).toBe(404);

    const link = paths.accounts.setPassword({ token });
    const mismatch = await anonymousForm(link, { token, password: 'nyt-kodeord-1', passwordAgain: 'noget-andet' });
    expect(mismatch.status).toBe(422);
    expect(await mismatch.text()).toContain('De to adgangskoder er ikke ens');
    const done = await anonymousForm(link, { token, password: 'nyt-kodeord-1', passwordAgain: 'nyt-kodeord-1' });
    expect(done.status).toBe(303);
    await t.as('ansoeger@vejle.demo', 'nyt-kodeord-1');
    expect((await anonymousForm(link, { token, password: 'igen-kodeord-2', passwordAgain: 'igen-kodeord-2' })).status).toBe(404);
  });
});
