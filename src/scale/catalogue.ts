import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { THEMES } from './presets.js';
import type { randomFor } from './random.js';

type R = ReturnType<typeof randomFor>;

const CATEGORIES = ['robotter', 'sensorer', 'skaermbesoeg', 'medicin', 'forflytning', 'hygiejne', 'traening', 'tryghed'];

/** `count` catalogue entries: from the finished projects first (one per project), the rest older history. */
export async function generateCatalogue(tx: Db, count: number, r: R): Promise<void> {
  if (count <= 0) return;
  await tx.execute(sql`insert into technology_categories (key, label_da, label_en, sort_order)
    select k, initcap(k), initcap(k), o from unnest(${`{${CATEGORIES.join(',')}}`}::text[]) with ordinality as t(k, o) on conflict (key) do nothing`);
  const g = sql`s.i`;
  const pickCat = (key: SQL) =>
    sql`(select id from technology_categories where not archived order by sort_order, key offset ${r.pick('cat', key, CATEGORIES.length)} limit 1)`;
  const themes = JSON.stringify(THEMES);
  await tx.execute(sql`
    with finished as (select a.*, row_number() over (order by a.g) as n from scale_app a where a.state in ('evaluated', 'in_operation', 'scaled_up', 'stopped', 'closed')),
    orgs as (select array_agg(ord order by ord) as ords, count(*)::int as c from scale_org)
    insert into catalogue_entries (organisation_id, application_id, source, visibility, title, summary, problem, technology_description, technology_category_id,
      target_groups, period_start, period_end, maturity, lessons, evaluation_outcome, spent_oere, budget_oere, contact_name, contact_email, published_by_user_id, published_at)
    select o.id, f.id, (case when f.id is null then 'history' else 'project' end)::catalogue_source,
      (array['public', 'network', 'organisation'])[1 + ${r.pick('vis', g, 3)}]::catalogue_visibility,
      (${themes}::jsonb -> ${r.pick('theme', g, THEMES.length)} ->> 'title') || ' – ' || o.name || ' ' || s.i,
      ${themes}::jsonb -> ${r.pick('theme', g, THEMES.length)} ->> 'tech', ${themes}::jsonb -> ${r.pick('theme', g, THEMES.length)} ->> 'need',
      ${themes}::jsonb -> ${r.pick('theme', g, THEMES.length)} ->> 'tech', ${pickCat(g)}, '["seniorer"]'::jsonb,
      date '2018-01-01' + ${r.pick('start', g, 2000)}, date '2018-01-01' + ${r.pick('start', g, 2000)} + 365,
      (array['klar', 'afproev', 'hold_oeje', 'afvent'])[1 + ${r.pick('mat', g, 4)}]::catalogue_maturity,
      'Forankring i driften kræver oplæring af alle vagtlag.', (array['operation', 'scale_up', 'extension', 'stop'])[1 + ${r.pick('out', g, 4)}]::catalogue_outcome,
      (${r.pick('spent', g, 2_000_000)})::bigint * 100, (${r.pick('spent', g, 2_000_000)} + 100000)::bigint * 100, 'Projektleder', 'projekt@' || o.slug || '.example.dk',
      ${r.uuid('user', sql`o.ord || ':sekretariat:1'`)}, now() - make_interval(days => ${r.pick('pub', g, 1500)})
    from generate_series(1, ${count}) as s(i) cross join orgs
      left join finished f on f.n = s.i
      join scale_org o on o.ord = coalesce(f.org_ord, orgs.ords[1 + ${r.pick('org', g, sql`orgs.c`)}])`);
}
