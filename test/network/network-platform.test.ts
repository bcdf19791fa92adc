import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jointProjectPartners, jointProjects, networkActorProjects, networkActors } from '../../src/db/schema/network-platform.js';
import { networks } from '../../src/db/schema/organisations.js';
import { vtSyd } from '../../src/demo/organisations.js';
import { getNetworkOverview } from '../../src/usecases/network/get-network-overview.js';
import { getNetworkActor, listActors } from '../../src/usecases/network/list-actors.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { buildEntry, clearCatalogue, orgId } from '../support/catalogue-factory.js';
import { expectRefusal } from '../support/expect-refusal.js';

let t: TestApp;
let networkId: string;
let actorId: string;
beforeAll(async () => {
  t = await createTestApp('demo');
  await clearCatalogue(t.db);
  const [n] = await t.db.select({ id: networks.id }).from(networks).where(eq(networks.slug, vtSyd.slug));
  networkId = n?.id ?? '';
  const entry = await buildEntry(t.db, 'toender', { title: 'Spiserobotter på plejecentre' });
  await buildEntry(t.db, 'aabenraa', { title: 'Intern sensorplan', visibility: 'organisation' });
  const [a] = await t.db
    .insert(networkActors)
    .values({ networkId, kind: 'company', name: 'Robotfirmaet ApS', cvr: '10000009' })
    .returning({ id: networkActors.id });
  actorId = a?.id ?? '';
  await t.db
    .insert(networkActorProjects)
    .values({ actorId, organisationId: await orgId(t.db, 'toender'), catalogueEntryId: entry, title: 'Spiserobotter på plejecentre', role: 'Leverandør' });
  const [j] = await t.db
    .insert(jointProjects)
    .values({ networkId, title: 'Fælles spiserobotforsøg', leadOrganisationId: await orgId(t.db, 'toender'), catalogueEntryId: entry })
    .returning({ id: jointProjects.id });
  await t.db.insert(jointProjectPartners).values({ jointProjectId: j?.id ?? '', organisationId: await orgId(t.db, 'haderslev') });
});
afterAll(() => t?.close());

describe('the network overview', () => {
  it("shows the coordinator every member's shared entries by municipality, phase and category, and the joint projects", async () => {
    const view = await getNetworkOverview(t.db, await t.actor(vtSyd.coordinator.email), { networkId });
    expect(view.isCoordinator).toBe(true);
    expect(view.members.map((m) => m.organisationName)).toEqual(['Aabenraa Kommune', 'Haderslev Kommune', 'Sønderborg Kommune', 'Tønder Kommune']);
    expect(view.members.find((m) => m.organisationName === 'Tønder Kommune')?.entries.map((e) => e.title)).toEqual(['Spiserobotter på plejecentre']);
    expect(view.members.find((m) => m.organisationName === 'Aabenraa Kommune')?.entries).toEqual([]);
    expect(view.jointProjects).toEqual([
      expect.objectContaining({ title: 'Fælles spiserobotforsøg', leadOrganisationName: 'Tønder Kommune', partners: ['Haderslev Kommune'] }),
    ]);
    expect(view.byCategory.reduce((s, c) => s + c.count, 0)).toBe(1);
  });

  it('refuses a non-member municipality with 404', async () => {
    await expectRefusal(getNetworkOverview(t.db, await t.actor('sekretariat@vejle.demo'), { networkId }), 'NOT_FOUND');
  });
});

describe("the actors' directory", () => {
  it('members see the actors with the projects they took part in', async () => {
    const { actors } = await listActors(t.db, await t.actor('ansoeger@soenderborg.demo'), { networkId });
    expect(actors.map((a) => [a.name, a.cvr, a.projects.map((p) => p.organisationName)])).toEqual([['Robotfirmaet ApS', '10000009', ['Tønder Kommune']]]);
    const one = await getNetworkActor(t.db, await t.actor(vtSyd.coordinator.email), { networkId, actorId });
    expect(one.actor.name).toBe('Robotfirmaet ApS');
  });

  it('is for members only: another municipality gets 404, by page and by API; anonymous gets no page', async () => {
    await expectRefusal(listActors(t.db, await t.actor('sekretariat@aarhus.demo'), { networkId }), 'NOT_FOUND');
    await expectRefusal(getNetworkActor(t.db, await t.actor('sekretariat@aarhus.demo'), { networkId, actorId }), 'NOT_FOUND');
    const vejle = await t.as('sekretariat@vejle.demo');
    expect((await vejle.api('GET', `/networks/${networkId}/actors`)).status).toBe(404);
    expect((await vejle.get(`/netvaerk/${networkId}/aktoerer`)).status).toBe(404);
    const anon = await t.anonymous().get(`/netvaerk/${networkId}/aktoerer`);
    expect([302, 303]).toContain(anon.status);
    const member = await t.as('ansoeger@haderslev.demo');
    const page = await member.get(`/netvaerk/${networkId}/aktoerer`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Robotfirmaet ApS');
  });
});
