import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ideas } from '../../src/db/schema/applications.js';
import { catalogueAdoptions } from '../../src/db/schema/catalogue.js';
import { notifications } from '../../src/db/schema/notifications.js';
import { loadCatalogueViewer } from '../../src/policies/catalogue.js';
import { adoptCatalogueEntry } from '../../src/usecases/catalogue/adopt-entry.js';
import { loadEntrySharing } from '../../src/usecases/catalogue/entry-sharing.js';
import { listExperiences } from '../../src/usecases/network/list-experiences.js';
import { postExperience } from '../../src/usecases/network/post-experience.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { buildEntry, openPool } from '../support/catalogue-factory.js';
import { expectRefusal } from '../support/expect-refusal.js';
import { userId } from '../support/factories.js';

let t: TestApp;
let toenderEntry: string;
let aarhusInternal: string;
let haderslevPool: string;
beforeAll(async () => {
  t = await createTestApp('demo');
  toenderEntry = await buildEntry(t.db, 'toender', {
    title: 'Spiserobotter på plejecentre',
    problem: 'Borgere, der ikke selv kan spise',
    visibility: 'network',
  });
  aarhusInternal = await buildEntry(t.db, 'aarhus', { title: 'Aarhus intern spiserobot', visibility: 'organisation' });
  haderslevPool = await openPool(t.db, 'haderslev');
});
afterAll(() => t?.close());

describe('adopting a catalogue entry ("Brug dette projekt")', () => {
  it('a Haderslev applicant adopts a Tønder entry: a Haderslev idea, prefilled and linked; the entry shows one adoption', async () => {
    const actor = await t.actor('ansoeger@haderslev.demo');
    const { ideaId } = await adoptCatalogueEntry(t.db, actor, { catalogueEntryId: toenderEntry, poolId: haderslevPool });
    const [idea] = await t.db.select().from(ideas).where(eq(ideas.id, ideaId));
    expect(idea?.title).toBe('Spiserobotter på plejecentre');
    expect(idea?.needAnalysis).toBe('Borgere, der ikke selv kan spise');
    expect(idea?.organisationId).not.toBe((await t.actor('ansoeger@toender.demo')).memberships[0]?.organisationId);
    const links = await t.db.select().from(catalogueAdoptions).where(eq(catalogueAdoptions.ideaId, ideaId));
    expect(links.map((l) => l.entryId)).toEqual([toenderEntry]);
    const tonder = await t.actor('sekretariat@toender.demo');
    const sharing = await loadEntrySharing(t.db, tonder, await loadCatalogueViewer(t.db, tonder), toenderEntry);
    expect(sharing.adoptions).toHaveLength(1);
    expect(sharing.adoptions[0]?.organisationName).toBe('Haderslev Kommune');
    // The adopter's idea page shows the evidence panel with the entry it builds on.
    const page = await (await t.as('ansoeger@haderslev.demo')).get(`/ideer/${ideaId}`);
    const html = await page.text();
    expect(html).toContain('Lignende projekter i kataloget');
    expect(html).toContain('Spiserobotter på plejecentre');
  });

  it('refuses an entry the user may not see with 404, and a pool of another organisation with 404', async () => {
    const actor = await t.actor('ansoeger@haderslev.demo');
    await expectRefusal(adoptCatalogueEntry(t.db, actor, { catalogueEntryId: aarhusInternal, poolId: haderslevPool }), 'NOT_FOUND');
    const vejle = await t.actor('ansoeger@vejle.demo');
    await expectRefusal(adoptCatalogueEntry(t.db, vejle, { catalogueEntryId: toenderEntry, poolId: haderslevPool }), 'NOT_FOUND');
    await expectRefusal(adoptCatalogueEntry(t.db, actor, { catalogueEntryId: 'nope', poolId: haderslevPool }), 'NOT_FOUND');
  });
});

describe('experience posts', () => {
  it('a Sønderborg user posts a question on the Tønder entry, the publisher is notified, and a reply threads under it', async () => {
    const soenderborg = await t.actor('sekretariat@soenderborg.demo');
    const { id } = await postExperience(t.db, soenderborg, { catalogueEntryId: toenderEntry, kind: 'question', body: 'Hvor lang tid tog oplæringen?' });
    const publisher = await userId(t.db, 'sekretariat@toender.demo');
    const notes = await t.db.select().from(notifications).where(eq(notifications.userId, publisher));
    expect(notes.map((n) => n.kind)).toContain('experience.posted');
    const tonder = await t.actor('sekretariat@toender.demo');
    await postExperience(t.db, tonder, { catalogueEntryId: toenderEntry, kind: 'answer', body: 'To uger.', replyToId: id });
    const view = await listExperiences(t.db, soenderborg, { catalogueEntryId: toenderEntry });
    expect(view.mayPost).toBe(true);
    expect(view.threads).toHaveLength(1);
    expect(view.threads[0]?.organisationName).toBe('Sønderborg Kommune');
    expect(view.threads[0]?.replies.map((r) => r.body)).toEqual(['To uger.']);
  });

  it('refuses users outside the network (404), an empty post (422) and a reply to a post of another entry', async () => {
    const vejle = await t.actor('sekretariat@vejle.demo');
    await expectRefusal(postExperience(t.db, vejle, { catalogueEntryId: toenderEntry, kind: 'lesson', body: 'x' }), 'NOT_FOUND');
    const soenderborg = await t.actor('sekretariat@soenderborg.demo');
    await expectRefusal(postExperience(t.db, soenderborg, { catalogueEntryId: toenderEntry, kind: 'lesson', body: '  ' }), 'VALIDATION_FAILED', {
      body: expect.any(String),
    });
    await expectRefusal(
      postExperience(t.db, soenderborg, { catalogueEntryId: toenderEntry, kind: 'answer', body: 'x', replyToId: '00000000-0000-0000-0000-000000000000' }),
      'VALIDATION_FAILED',
    );
  });

  it('the network coordinator reads the posts but does not post', async () => {
    const coordinator = await t.actor((await import('../../src/demo/organisations.js')).vtSyd.coordinator.email);
    const view = await listExperiences(t.db, coordinator, { catalogueEntryId: toenderEntry });
    expect(view.threads.length).toBeGreaterThan(0);
    expect(view.mayPost).toBe(false);
  });
});
