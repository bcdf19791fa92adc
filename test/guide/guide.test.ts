import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueEntries, guideThemes, organisations, users } from '../../src/db/schema/index.js';
import { saveTheme } from '../../src/usecases/guide/save-theme.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { expectRefusal } from '../support/expect-refusal.js';

let t: TestApp;
let horsensId = '';
beforeAll(async () => {
  t = await createTestApp('demo');
  const [org] = await t.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, 'horsens'));
  horsensId = org?.id ?? '';
  // A partner company named in some application's content, as the system knows it.
  const [user] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, 'sekretariat@horsens.demo'));
  await t.db.insert(catalogueEntries).values({
    organisationId: horsensId,
    source: 'history',
    title: 'Robot',
    publishedByUserId: user?.id ?? '',
    partnerCompanies: [{ name: 'Robo Care ApS', cvr: '12345674' }],
  });
});
afterAll(() => t?.close());

const theme = (over: Record<string, unknown> = {}) => ({
  organisationId: horsensId,
  slug: 'test-tema',
  title: 'Svært ved at sove',
  problem: 'Du vågner om natten.',
  technologies: [{ name: 'Lysstyring', description: 'Lys, der skifter farve over døgnet.' }],
  whereToTry: 'På biblioteket.',
  ...over,
});

describe('the public guide', () => {
  it('shows the demo themes to an anonymous visitor, in Danish', async () => {
    const res = await t.anonymous().get('/guide/horsens');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Svært ved at huske');
    expect(html).toContain('/guide/horsens/svaert-ved-at-huske');
    const page = await t.anonymous().get('/guide/horsens/svaert-ved-at-huske');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Nethjælpen');
  });
  it('answers 404 for an unknown organisation or theme', async () => {
    expect((await t.anonymous().get('/guide/ingen')).status).toBe(404);
    expect((await t.anonymous().get('/guide/horsens/ingen-tema')).status).toBe(404);
  });
  it('serves listThemes without a token', async () => {
    const res = await t.app.request('/api/v1/guide/horsens/themes');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { themes: unknown[] }).themes.length).toBe(3);
  });
});

describe('saveTheme', () => {
  it('saves a theme for the secretariat', async () => {
    await saveTheme(t.db, await t.actor('sekretariat@horsens.demo'), theme());
    const rows = await t.db.select().from(guideThemes).where(eq(guideThemes.slug, 'test-tema'));
    expect(rows).toHaveLength(1);
  });
  it('refuses a text that names a partner company, naming it', async () => {
    const err = await expectRefusal(
      saveTheme(t.db, await t.actor('sekretariat@horsens.demo'), theme({ slug: 'firma', whereToTry: 'Lån en robot hos robo care.' })),
      'VALIDATION_FAILED',
    );
    expect(err.fields?.whereToTry).toContain('«Robo Care ApS»');
    expect(await t.db.select().from(guideThemes).where(eq(guideThemes.slug, 'firma'))).toHaveLength(0);
  });
  it("refuses the name of a company in a network's actors directory too", async () => {
    const err = await expectRefusal(
      saveTheme(t.db, await t.actor('sekretariat@horsens.demo'), theme({ slug: 'aktoer', whereToTry: 'Spørg Robotik Syd ApS om en demonstration.' })),
      'VALIDATION_FAILED',
    );
    expect(err.fields?.whereToTry).toContain('«Robotik Syd ApS»');
  });
  it('refuses an applicant (403) and another municipality (404)', async () => {
    await expectRefusal(saveTheme(t.db, await t.actor('ansoeger@horsens.demo'), theme()), 'FORBIDDEN');
    await expectRefusal(saveTheme(t.db, await t.actor('sekretariat@vejle.demo'), theme()), 'NOT_FOUND');
  });
  it('keeps the typed values and shows the Danish error on the form (422)', async () => {
    const client = await t.as('sekretariat@horsens.demo');
    const res = await client.postForm('/guide/horsens/temaer/nyt', {
      title: 'Ensomhed',
      problem: 'Du savner nogen at tale med.',
      'technologies[0][name]': 'Videoopkald',
      'technologies[0][description]': 'Tal med familien via Robo Care ApS.',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('nævner firmaet');
    expect(html).toContain('Ensomhed');
  });
});
