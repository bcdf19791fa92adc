import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../../src/db/schema/applications.js';
import { seedDemoCases } from '../../src/demo/cases.js';
import { paths } from '../../src/paths.js';
import { createTestApp, type TestApp } from '../support/app.js';

/**
 * Issue 11 item 10: a link a role cannot follow is not shown. Each role of the Vejle demo (with the demo
 * cases) follows every same-origin page link from its front page, breadth first, and no link answers 403.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp('demo');
  await seedDemoCases(t.db);
}, 120_000);
afterAll(() => t.close());

const SKIP = /^\/(logout|sprog\/|static\/|api\/)|\.(pdf|csv|xlsx)$/;

/** Page links in the HTML (hrefs of <a>), same-origin paths only, without fragments. */
function linksOf(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*\bhref="([^"#]+)/g)]
    .map((m) => (m[1] ?? '').replace(/&amp;/g, '&'))
    .filter((h) => h.startsWith('/') && !h.startsWith('//') && !SKIP.test(h.split('?')[0] ?? ''));
}

/** Breadth-first from the front page: every link found answers 403 → where it was shown. */
async function forbiddenLinks(email: string, maxPages = 120): Promise<string[]> {
  const client = await t.as(email);
  const seen = new Set<string>(['/']);
  const queue: { url: string; from: string }[] = [{ url: '/', from: '(start)' }];
  const forbidden: string[] = [];
  let visited = 0;
  while (queue.length > 0 && visited < maxPages) {
    const next = queue.shift();
    if (!next) break;
    visited++;
    const res = await client.get(next.url);
    if (res.status === 403) {
      forbidden.push(`${next.url} (linked from ${next.from})`);
      continue;
    }
    if (res.status !== 200 || !(res.headers.get('content-type') ?? '').includes('text/html')) continue;
    for (const link of linksOf(await res.text())) {
      // Sort and filter variants of one list are one page; follow the first of them only.
      const key = link.split('?')[0] ?? link;
      if (seen.has(key)) continue;
      seen.add(key);
      queue.push({ url: link, from: next.url });
    }
  }
  return forbidden;
}

describe('links a role cannot follow are not shown (Vejle demo)', () => {
  for (const email of ['bedoemmer@vejle.demo', 'ansoeger@vejle.demo', 'raad@vejle.demo', 'oekonomi@vejle.demo', 'sekretariat@vejle.demo']) {
    it(`${email}: no link on its pages answers 403`, async () => {
      expect(await forbiddenLinks(email)).toEqual([]);
    }, 120_000);
  }
});

describe("the approved Vejle application's page links to the project's economy only for those who may see it", () => {
  const ledgerHref = async (email: string): Promise<boolean> => {
    const [robot] = await t.db.select({ id: applications.id }).from(applications).where(eq(applications.title, 'Robotstøvsugere i plejeboliger'));
    if (!robot) throw new Error('no demo application');
    const client = await t.as(email);
    const res = await client.get(paths.applications.show({ applicationId: robot.id }));
    expect(res.status).toBe(200);
    const html = await res.text();
    // The link, with or without its back-link query (?tilbage=…).
    const href = `href="${paths.ledger.project({ applicationId: robot.id })}`;
    const linked = html.includes(`${href}"`) || html.includes(`${href}?`);
    // The link's target answers as its presence says.
    expect((await client.get(paths.ledger.project({ applicationId: robot.id }))).status).toBe(linked ? 200 : 403);
    return linked;
  };
  it('absent for the reviewer (the economy page answers 403)', async () => {
    expect(await ledgerHref('bedoemmer@vejle.demo')).toBe(false);
  });
  it('present for finance, the secretariat and the applicant', async () => {
    expect(await ledgerHref('oekonomi@vejle.demo')).toBe(true);
    expect(await ledgerHref('sekretariat@vejle.demo')).toBe(true);
    expect(await ledgerHref('ansoeger@vejle.demo')).toBe(true);
  });
});

describe("a project's evaluation links to its meeting only for those who may see meetings", () => {
  it('the applicant and finance see the meeting named, not linked; the secretariat follows the link', async () => {
    // Found by the crawl above; here the same rule is asserted on every evaluation page the crawl reaches.
    for (const [email, linked] of [
      ['ansoeger@vejle.demo', false],
      ['oekonomi@vejle.demo', false],
      ['sekretariat@vejle.demo', true],
    ] as const) {
      const client = await t.as(email);
      const rows = await t.db.select({ id: applications.id }).from(applications);
      let sawAgenda = false;
      for (const r of rows) {
        const res = await client.get(paths.projects.evaluation({ applicationId: r.id }));
        if (res.status !== 200) continue;
        const html = await res.text();
        if (!html.includes('id="agenda-h"') || html.includes('Evalueringen er ikke sat på et møde')) continue;
        sawAgenda = true;
        expect(/href="\/moeder\//.test(html), `${email} ${r.id}`).toBe(linked);
      }
      expect(sawAgenda, email).toBe(true);
    }
  });
});
