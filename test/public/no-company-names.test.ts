import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/rows.js';
import { seedDemoCases } from '../../src/demo/cases.js';
import { demoCatalogueTitles } from '../../src/demo/catalogue.js';
import { demoNetworkTitles } from '../../src/demo/network-platform.js';
import { paths } from '../../src/paths.js';
import { createTestApp, type TestApp } from '../support/app.js';

/**
 * No product or company name on a public page (issue 12, acceptance): every page an anonymous visitor
 * can open — catalogue search (also searched for each company), every public entry, the guide's front
 * page, every organisation's guide and theme, accessibility, privacy, login — and the public read API,
 * on the demo with its cases, checked against every company name and CVR number in the database
 * (applications' private partners, catalogue entries' partner companies, the network's actors).
 */
let t: TestApp;
interface Company {
  name: string;
  cvr: string | null;
  source: string;
}
let companies: Company[] = [];
const pages = new Map<string, string>();

async function companiesInDatabase(): Promise<Company[]> {
  const rows = rowsOf<Company>(
    await t.db.execute(sql`
      select p->>'name' as name, nullif(p->>'cvr', '') as cvr, 'application' as source
        from applications a, jsonb_array_elements(case when jsonb_typeof(a.content->'privatePartners') = 'array' then a.content->'privatePartners' else '[]'::jsonb end) p
      union
      select p->>'name', nullif(p->>'cvr', ''), 'catalogue' from catalogue_entries e, jsonb_array_elements(e.partner_companies) p
      union
      select name, cvr, 'network actor' from network_actors`),
  );
  return rows.filter((r) => r.name.trim() !== '');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Open a page as an anonymous visitor; `typed` is the visitor's own search text, which the search box keeps (not a leak). */
async function visit(path: string, expected: number[] = [200], typed?: string): Promise<void> {
  const res = await t.anonymous().get(path);
  expect(expected, `${path} answered ${res.status}`).toContain(res.status);
  let html = await res.text();
  if (typed !== undefined) {
    const box = `value="${escapeHtml(typed)}"`;
    expect(html, `${path} keeps the search text`).toContain(box);
    html = html.split(box).join('value=""');
  }
  pages.set(path, html);
}

/** Every company name (as written and HTML-escaped) and CVR number found in any of the pages. */
function leaks(rendered: Map<string, string>): string[] {
  const found: string[] = [];
  for (const [path, html] of rendered) {
    const lower = html.toLowerCase();
    for (const c of companies) {
      for (const needle of new Set([c.name, escapeHtml(c.name)])) if (lower.includes(needle.toLowerCase())) found.push(`${path}: ${c.name} (${c.source})`);
      if (c.cvr && html.includes(c.cvr)) found.push(`${path}: CVR ${c.cvr} of ${c.name}`);
    }
  }
  return found;
}

beforeAll(async () => {
  t = await createTestApp('demo');
  await seedDemoCases(t.db);
  companies = await companiesInDatabase();

  for (const p of [paths.accounts.login(), paths.accessibility(), paths.privacy(), paths.catalogue.index(), paths.guide.list()]) await visit(p);
  // Searches: words, a filter, and each company's name and CVR (a search must not find and show them either).
  for (const q of ['robot', 'spiserobot', 'hjælpemiddel', 'demens', ...companies.map((c) => c.name), ...companies.flatMap((c) => (c.cvr ? [c.cvr] : []))]) {
    await visit(paths.catalogue.index({ q }), [200], q);
  }
  await visit(paths.catalogue.index({ maturity: 'klar' }));
  const entries = rowsOf<{ id: string; visibility: string }>(await t.db.execute(sql`select id, visibility from catalogue_entries`));
  for (const e of entries) await visit(paths.catalogue.show({ catalogueEntryId: e.id }), e.visibility === 'public' ? [200] : [404]);
  const orgs = rowsOf<{ slug: string; themes: number }>(
    await t.db.execute(sql`select o.slug, (select count(*) from guide_themes g where g.organisation_id = o.id)::int as themes from organisations o`),
  );
  for (const o of orgs) await visit(paths.guide.index({ organisationSlug: o.slug }), o.themes > 0 ? [200] : [200, 404]);
  const themes = rowsOf<{ org: string; slug: string }>(
    await t.db.execute(sql`select o.slug as org, g.slug from guide_themes g join organisations o on o.id = g.organisation_id`),
  );
  for (const th of themes) await visit(paths.guide.theme({ organisationSlug: th.org, themeSlug: th.slug }));
  // The public read API, anonymous.
  await visit('/api/v1/catalogue/entries');
  for (const e of entries.filter((x) => x.visibility === 'public')) await visit(`/api/v1/catalogue/entries/${e.id}`);
  for (const o of orgs.filter((x) => x.themes > 0)) await visit(`/api/v1/guide/${o.slug}/themes`);
  for (const th of themes) await visit(`/api/v1/guide/${th.org}/themes/${th.slug}`);
}, 240_000);
afterAll(() => t?.close());

describe('public pages name no company', () => {
  it('knows the demo companies of every source, and crawled every public entry and theme', async () => {
    const sources = new Set(companies.map((c) => c.source));
    expect([...sources].sort()).toEqual(['application', 'catalogue', 'network actor']);
    expect(companies.filter((c) => c.cvr).length).toBeGreaterThanOrEqual(5);
    const publicEntries = rowsOf<{ n: number }>(await t.db.execute(sql`select count(*)::int as n from catalogue_entries where visibility = 'public'`));
    expect(Number(publicEntries[0]?.n)).toBeGreaterThanOrEqual(4);
    expect([...pages.keys()].filter((p) => /^\/katalog\/[0-9a-f-]{36}$/.test(p)).length).toBeGreaterThan(Number(publicEntries[0]?.n));
    expect([...pages.keys()].some((p) => /^\/guide\/[^/]+\/[^/]+$/.test(p))).toBe(true);
    // The public entries do show their content (the crawl read real pages, not error pages).
    expect([...pages.values()].some((html) => html.includes(demoNetworkTitles.soenderborgPublic))).toBe(true);
  });

  it('no public page or public API answer contains a company name or CVR number from the database', () => {
    expect(leaks(pages)).toEqual([]);
  });

  it('the check can fail: the same public entry shown to a network member names its partner, and so does a shared entry', async () => {
    const [entry] = rowsOf<{ id: string }>(await t.db.execute(sql`select id from catalogue_entries where title = ${demoNetworkTitles.soenderborgPublic}`));
    const [shared] = rowsOf<{ id: string }>(await t.db.execute(sql`select id from catalogue_entries where title = ${demoCatalogueTitles.toenderSpiserobot}`));
    const member = await t.as('ansoeger@soenderborg.demo');
    const inside = new Map<string, string>();
    for (const id of [entry?.id ?? '', shared?.id ?? '']) {
      const res = await member.get(paths.catalogue.show({ catalogueEntryId: id }));
      expect(res.status).toBe(200);
      inside.set(paths.catalogue.show({ catalogueEntryId: id }), await res.text());
    }
    const found = leaks(inside);
    expect(found.some((l) => l.includes('Rehabot Danmark A/S'))).toBe(true);
    expect(found.some((l) => l.includes('Robotik Syd ApS'))).toBe(true);
    // …while the anonymous visitor's page of that public entry did not.
    expect(leaks(new Map([[paths.catalogue.show({ catalogueEntryId: entry?.id ?? '' }), pages.get(paths.catalogue.show({ catalogueEntryId: entry?.id ?? '' })) ?? '']]))).toEqual([]);
  });
});
