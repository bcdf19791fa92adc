import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCatalogueTitles } from '../../src/demo/catalogue.js';
import { vtSyd } from '../../src/demo/organisations.js';
import { paths } from '../../src/paths.js';
import { getMyNetworks } from '../../src/usecases/home/get-my-networks.js';
import { markNotificationsRead } from '../../src/usecases/notifications/mark-notifications-read.js';
import { createTestApp, type TestApp } from '../support/app.js';

/** The front page's network section on the VT Syd demo: the coordinator's view of every member, and the owner's new posts. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp('demo');
});
afterAll(() => t?.close());

describe("the coordinator's front page", () => {
  it('shows per member municipality the entries shared with the network by phase and category, and the joint projects', async () => {
    const view = await getMyNetworks(t.db, await t.actor(vtSyd.coordinator.email));
    expect(view.coordinated.map((n) => n.name)).toEqual(['VT Syd']);
    const members = view.coordinated[0]?.members ?? [];
    expect(members.map((m) => [m.organisationName, m.entries, m.jointProjects])).toEqual([
      ['Aabenraa Kommune', 2, 1],
      ['Haderslev Kommune', 1, 1], // its internal entry is not shared with the network
      ['Sønderborg Kommune', 2, 1],
      ['Tønder Kommune', 2, 1],
    ]);
    const toender = members.find((m) => m.organisationName === 'Tønder Kommune');
    expect(toender?.byPhase).toEqual([
      { phase: 'Afprøvning', count: 1 },
      { phase: 'Drift', count: 1 },
    ]);
    expect(toender?.byCategory).toEqual([
      { category: 'Data og planlægning', count: 1 },
      { category: 'Spise og ernæring', count: 1 },
    ]);
  });

  it('renders the section with a link to the network overview; other users have none', async () => {
    const res = await (await t.as(vtSyd.coordinator.email)).get(paths.home());
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('Det afprøver kommunerne i VT Syd');
    expect(html).toMatch(/Tønder Kommune<\/th>\s*<td class="align-text-right">2<\/td>/);
    expect(html).toContain('Afprøvning (1), Drift (1)');
    const view = await getMyNetworks(t.db, await t.actor(vtSyd.coordinator.email));
    expect(html).toContain(`href="${view.coordinated[0]?.href}"`);
    const other = await (await (await t.as('sekretariat@soenderborg.demo')).get(paths.home())).text();
    expect(other).not.toContain('Det afprøver kommunerne');
  });

  it('the API answers the same (getMyNetworks)', async () => {
    const res = await (await t.as(vtSyd.coordinator.email)).api('GET', '/me/networks');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { coordinated: { members: { entries: number }[] }[] };
    expect(body.coordinated[0]?.members.map((m) => m.entries)).toEqual([2, 1, 2, 2]);
  });
});

describe("the entry owner's front page", () => {
  it("lists the unread experience posts on the owner's entries until they are read", async () => {
    const owner = await t.actor('sekretariat@toender.demo');
    const view = await getMyNetworks(t.db, owner);
    // The demo's question (Sønderborg), answer (Tønder's applicant) and lesson (Haderslev) on the meal robots.
    expect(view.newPosts.count).toBe(3);
    expect(view.newPosts.items[0]?.title.da).toBe(`Nyt indlæg om "${demoCatalogueTitles.toenderSpiserobot}"`);
    const html = await (await (await t.as('sekretariat@toender.demo')).get(paths.home())).text();
    expect(html).toContain('Nye indlæg om jeres projekter');
    expect(html).toContain(`Nyt indlæg om &quot;${demoCatalogueTitles.toenderSpiserobot}&quot;`);
    await markNotificationsRead(t.db, owner, {});
    expect((await getMyNetworks(t.db, owner)).newPosts.count).toBe(0);
    expect(await (await (await t.as('sekretariat@toender.demo')).get(paths.home())).text()).not.toContain('Nye indlæg om jeres projekter');
  });
});
