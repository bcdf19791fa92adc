import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueEntries } from '../../src/db/schema/index.js';
import { demoCatalogueTitles } from '../../src/demo/catalogue.js';
import { paths } from '../../src/paths.js';
import { buildEntry, orgId } from '../support/catalogue-factory.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let publicWithPartner: string;
beforeAll(async () => {
  t = await createTestApp('demo');
  publicWithPartner = await buildEntry(t.db, 'vejle', {
    title: 'Offentlig robotafprøvning <script>',
    visibility: 'public',
    effects: [{ goal: 'Selvstændige måltider', unit: 'pct.', baseline: 10, target: 50, measured: 42, measuredOn: '2026-03-01', comment: 'Godt' }],
  });
});
afterAll(() => t?.close());

const entryId = async (title: string) => {
  const [row] = await t.db.select({ id: catalogueEntries.id }).from(catalogueEntries).where(eq(catalogueEntries.title, title));
  if (!row) throw new Error(`no entry ${title}`);
  return row.id;
};
const page = async (res: Response, status = 200) => {
  expect(res.status).toBe(status);
  return res.text();
};

describe('GET /katalog (search)', () => {
  it('finds "Spiserobotter" for a Sønderborg user, with the match highlighted', async () => {
    const client = await t.as('ansoeger@soenderborg.demo');
    const html = await page(await client.get(paths.catalogue.index({ q: 'spiserobot' })));
    expect(html).toContain(demoCatalogueTitles.toenderSpiserobot);
    expect(html).toContain(`href="${paths.catalogue.show({ catalogueEntryId: await entryId(demoCatalogueTitles.toenderSpiserobot) })}"`);
    expect(html).toMatch(/<mark>[^<]*spiserobot[^<]*<\/mark>/i);
    expect(html).toContain('value="spiserobot"');
  });

  it('anonymous: public entries only, no network entry, no partner name', async () => {
    const all = await page(await t.anonymous().get(paths.catalogue.index()));
    expect(all).toContain(demoCatalogueTitles.vejleHjaelpemidler);
    expect(all).not.toContain(demoCatalogueTitles.toenderSpiserobot);
    expect(all).not.toContain(demoCatalogueTitles.aarhusInternal);
    const searched = await page(await t.anonymous().get(paths.catalogue.index({ q: 'spiserobot' })));
    expect(searched).not.toContain(demoCatalogueTitles.toenderSpiserobot);
    for (const partner of ['Robotik Syd ApS', 'Nattesyn A/S', 'Robotfirmaet ApS']) expect(all).not.toContain(partner);
  });

  it('escapes the entry text around the highlight markers', async () => {
    const html = await page(await t.anonymous().get(paths.catalogue.index({ q: 'robotafprøvning' })));
    expect(html).toContain('Offentlig robotafprøvning &lt;script&gt;');
    expect(html).not.toContain('<script>');
  });

  it('filters by municipality and maturity (GET form without JavaScript)', async () => {
    const horsens = await orgId(t.db, 'horsens');
    const html = await page(await t.anonymous().get(paths.catalogue.index({ organisationId: horsens })));
    expect(html).toContain('Skærmbesøg i hjemmeplejen');
    expect(html).not.toContain(demoCatalogueTitles.vejleHjaelpemidler);
    expect(await page(await t.anonymous().get(paths.catalogue.index({ maturity: 'hold_oeje' })))).toContain('Skærmbesøg i hjemmeplejen');
  });

  it('a bad filter is a 422 with the Danish error at the field and the typed search kept', async () => {
    const html = await page(await t.anonymous().get(paths.catalogue.index({ q: 'robot', maturity: 'snart' })), 422);
    expect(html).toContain('Ukendt modenhed');
    expect(html).toContain('value="robot"');
  });
});

describe('GET /katalog/:catalogueEntryId', () => {
  it('shows every field, the effects table and the partners to a member of the network', async () => {
    const id = await entryId(demoCatalogueTitles.toenderSpiserobot);
    const html = await page(await (await t.as('ansoeger@soenderborg.demo')).get(paths.catalogue.show({ catalogueEntryId: id })));
    expect(html).toContain('<h1>Spiserobotter på plejecentre</h1>');
    expect(html).toContain('Plejecenter Digegården');
    expect(html).toContain('Robotik Syd ApS');
    expect(html).toContain('Hvem bygger videre på projektet');
  });

  it('anonymous sees a public entry with its effects but without partners', async () => {
    const html = await page(await t.anonymous().get(paths.catalogue.show({ catalogueEntryId: publicWithPartner })));
    expect(html).toContain('Selvstændige måltider');
    expect(html).toContain('450.000');
    expect(html).not.toContain('Robotfirmaet ApS');
    expect(html).not.toContain('Samarbejdspartnere');
  });

  it('404 across visibility: network entry for anonymous and for Aarhus, Aarhus internal for Sønderborg', async () => {
    const network = paths.catalogue.show({ catalogueEntryId: await entryId(demoCatalogueTitles.toenderSpiserobot) });
    const internal = paths.catalogue.show({ catalogueEntryId: await entryId(demoCatalogueTitles.aarhusInternal) });
    expect((await t.anonymous().get(network)).status).toBe(404);
    expect((await (await t.as('ansoeger@aarhus.demo')).get(network)).status).toBe(404);
    expect((await (await t.as('ansoeger@soenderborg.demo')).get(internal)).status).toBe(404);
    expect((await t.anonymous().get(paths.catalogue.show({ catalogueEntryId: 'ikke-et-id' }))).status).toBe(404);
  });
});
