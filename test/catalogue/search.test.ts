import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueEntries } from '../../src/db/schema/index.js';
import { demoCatalogueTitles } from '../../src/demo/catalogue.js';
import { getCatalogueEntry } from '../../src/usecases/catalogue/get-catalogue-entry.js';
import { listCatalogueEntries } from '../../src/usecases/catalogue/list-catalogue-entries.js';
import { listCategories } from '../../src/usecases/catalogue/list-categories.js';
import { expectRefusal } from '../support/expect-refusal.js';
import { createTestApp, type TestApp } from '../support/app.js';

// Runs on PGlite and, with scripts/with-postgres.sh, on PostgreSQL: the same results on both.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp('demo');
});
afterAll(() => t?.close());

const titles = async (email: string | null, input: Record<string, unknown>) =>
  (await listCatalogueEntries(t.db, email ? await t.actor(email) : null, input)).entries.map((e) => e.title);
const entryId = async (title: string) => {
  const [row] = await t.db.select({ id: catalogueEntries.id }).from(catalogueEntries).where(eq(catalogueEntries.title, title));
  if (!row) throw new Error(`no entry ${title}`);
  return row.id;
};

describe('catalogue search (danish full text + trigram)', () => {
  it('"spiserobot" finds "Spiserobotter på plejecentre" for a member of the network', async () => {
    expect(await titles('sekretariat@soenderborg.demo', { q: 'spiserobot' })).toContain(demoCatalogueTitles.toenderSpiserobot);
  });

  it('"hjælpemiddel" finds "hjælpemidler", also for an anonymous visitor (the entry is public)', async () => {
    expect(await titles(null, { q: 'hjælpemiddel' })).toContain(demoCatalogueTitles.vejleHjaelpemidler);
  });

  it('an unrelated word finds nothing', async () => {
    expect(await titles('admin@aarhus.demo', { q: 'cykelsti' })).toEqual([]);
  });

  it('highlights the matches in the snippet', async () => {
    const { entries } = await listCatalogueEntries(t.db, null, { q: 'kalendere' });
    expect(entries[0]?.snippet).toContain('<b>');
  });

  it('filters by the shared category and by maturity', async () => {
    const { categories } = await listCategories(t.db);
    const eating = categories.find((c) => c.key === 'spise-og-ernaering');
    expect(eating).toBeDefined();
    expect(await titles('sekretariat@toender.demo', { categoryId: eating?.id })).toEqual([demoCatalogueTitles.toenderSpiserobot]);
    expect(await titles(null, { maturity: 'hold_oeje' })).toEqual(['Skærmbesøg i hjemmeplejen']);
  });

  it('refuses a bad filter with a Danish field error', async () => {
    await expectRefusal(listCatalogueEntries(t.db, null, { maturity: 'snart' }), 'VALIDATION_FAILED');
  });
});

describe('catalogue visibility', () => {
  it('a Sønderborg user finds the Tønder network entry but not the Aarhus internal one', async () => {
    const seen = await titles('ansoeger@soenderborg.demo', {});
    expect(seen).toContain(demoCatalogueTitles.toenderSpiserobot);
    expect(seen).not.toContain(demoCatalogueTitles.aarhusInternal);
    await expectRefusal(
      getCatalogueEntry(t.db, await t.actor('ansoeger@soenderborg.demo'), { entryId: await entryId(demoCatalogueTitles.aarhusInternal) }),
      'NOT_FOUND',
    );
  });

  it('Aarhus sees its own internal entry with its partner companies', async () => {
    const entry = await getCatalogueEntry(t.db, await t.actor('ansoeger@aarhus.demo'), { entryId: await entryId(demoCatalogueTitles.aarhusInternal) });
    expect(entry.partnerCompanies.map((p) => p.name)).toEqual(['Nattesyn A/S']);
  });

  it('an anonymous visitor sees only public entries, by use case and by API', async () => {
    const { entries } = await listCatalogueEntries(t.db, null, {});
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.visibility === 'public')).toBe(true);
    const res = await t.anonymous().get(`/api/v1/catalogue/entries/${await entryId(demoCatalogueTitles.toenderSpiserobot)}`);
    expect(res.status).toBe(404);
    const list = await t.anonymous().get('/api/v1/catalogue/entries?q=spiserobot');
    expect(list.status).toBe(200);
    expect(await list.text()).not.toContain('Spiserobotter');
  });

  it('a network member sees the partners of a network entry; Vejle (not in VT Syd) does not see the entry at all', async () => {
    const id = await entryId(demoCatalogueTitles.toenderSpiserobot);
    const entry = await getCatalogueEntry(t.db, await t.actor('ansoeger@haderslev.demo'), { entryId: id });
    expect(entry.partnerCompanies.map((p) => p.name)).toEqual(['Robotik Syd ApS']);
    await expectRefusal(getCatalogueEntry(t.db, await t.actor('admin@vejle.demo'), { entryId: id }), 'NOT_FOUND');
  });

  it('the public API lists the default categories on a fresh installation', async () => {
    const empty = await createTestApp('empty');
    try {
      const res = await empty.anonymous().get('/api/v1/catalogue/categories');
      expect(res.status).toBe(200);
      const body = (await res.json()) as { categories: { key: string }[] };
      expect(body.categories.map((c) => c.key)).toContain('spise-og-ernaering');
    } finally {
      await empty.close();
    }
  });
});
