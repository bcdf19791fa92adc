import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../../src/db/schema/applications.js';
import { seedDemoCases } from '../../src/demo/cases.js';
import { paths } from '../../src/paths.js';
import { safeBackPath } from '../../src/web/back-link.js';
import { createTestApp, type TestApp } from '../support/app.js';

/** Issue 11 item 10: back links lead where the user came from (a safe same-origin `tilbage`). */
let t: TestApp;
const ids = { kol: '', robot: '' };
beforeAll(async () => {
  t = await createTestApp('demo');
  await seedDemoCases(t.db);
  const byTitle = async (title: string) => {
    const [row] = await t.db.select({ id: applications.id }).from(applications).where(eq(applications.title, title));
    if (!row) throw new Error(`no demo application ${title}`);
    return row.id;
  };
  ids.kol = await byTitle('Telemedicinsk KOL-kuffert i eget hjem');
  ids.robot = await byTitle('Robotstøvsugere i plejeboliger');
}, 120_000);
afterAll(() => t.close());

const decode = (s: string) => s.replace(/&amp;/g, '&');
/** The href and text of the page's back link. */
const backLink = (html: string) => {
  const m = /<a href="([^"]*)" class="back-link">(?:<svg[\s\S]*?<\/svg>)?([^<]*)<\/a>/.exec(html);
  return m ? { href: decode(m[1] ?? ''), text: m[2] ?? '' } : null;
};
/** The href of the first link whose text is `text`. */
const linkTo = (html: string, text: string) => {
  const m = new RegExp(`<a href="([^"]*)"[^>]*>${text}</a>`).exec(html);
  return m ? decode(m[1] ?? '') : null;
};

describe('safeBackPath accepts only a same-origin path', () => {
  it.each(['/vurdering/abc', '/puljer/x/indbakke?sort=amount', '/'])('accepts %s', (v) => {
    expect(safeBackPath(v)).toBe(v);
  });
  it.each(['//evil.example', '/\\evil.example', '/\t/evil.example', '/\n/evil.example', 'https://evil.example/', 'javascript:alert(1)', 'vurdering', '', 42])(
    'refuses %s',
    (v) => {
      expect(safeBackPath(v)).toBeNull();
    },
  );
});

describe('back links lead where the user came from', () => {
  it("the secretariat's case page → the application → back to the case", async () => {
    const s = await t.as('sekretariat@vejle.demo');
    const casePath = paths.assessment.case({ applicationId: ids.kol });
    const href = linkTo(await (await s.get(casePath)).text(), 'Læs hele ansøgningen');
    expect(href).toBe(paths.applications.show({ applicationId: ids.kol }, { tilbage: casePath }));
    const app = await (await s.get(href ?? '')).text();
    expect(backLink(app)).toEqual({ href: casePath, text: 'Tilbage' });
  });
  it("the reviewer's page → the application → back to the review", async () => {
    const r = await t.as('bedoemmer@vejle.demo');
    const reviewPath = paths.reviews.workspace({ applicationId: ids.kol });
    const href = linkTo(await (await r.get(reviewPath)).text(), 'Læs hele ansøgningen');
    expect(href).toBe(paths.applications.show({ applicationId: ids.kol }, { tilbage: reviewPath }));
    expect(backLink(await (await r.get(href ?? '')).text())).toEqual({ href: reviewPath, text: 'Tilbage' });
  });
  it("finance: the project page → the project's economy → back to the project", async () => {
    const f = await t.as('oekonomi@vejle.demo');
    const projectPath = paths.projects.show({ applicationId: ids.robot });
    const res = await f.get(projectPath);
    expect(res.status).toBe(200);
    const html = await res.text();
    const ledger = paths.ledger.project({ applicationId: ids.robot }, { tilbage: projectPath });
    expect(html).toContain(`href="${ledger.replace(/&/g, '&amp;')}"`);
    expect(backLink(await (await f.get(ledger)).text())).toEqual({ href: projectPath, text: 'Tilbage' });
  });
  it('without a tilbage, or with one that leaves the site, the page keeps its own back link', async () => {
    const a = await t.as('ansoeger@vejle.demo');
    const show = paths.applications.show({ applicationId: ids.kol });
    expect(backLink(await (await a.get(show)).text())).toEqual({ href: paths.applications.list(), text: 'Mine ansøgninger' });
    for (const bad of ['//evil.example/phish', '/\t/evil.example', 'https://evil.example/']) {
      const res = await a.get(paths.applications.show({ applicationId: ids.kol }, { tilbage: bad }));
      expect(res.status).toBe(200);
      expect(backLink(await res.text())).toEqual({ href: paths.applications.list(), text: 'Mine ansøgninger' });
    }
  });
});
