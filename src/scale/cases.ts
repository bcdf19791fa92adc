import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { THEMES } from './presets.js';
import type { randomFor } from './random.js';
import { STATE_SPECS } from './states.js';

type R = ReturnType<typeof randomFor>;
const staffUser = (r: R, prefix: string, n: SQL) => r.uuid('user', sql`a.org_ord || ${sql.raw(`':${prefix}:'`)} || (${n})`);

/**
 * The applications of every pool (spread over the states of STATE_SPECS) and what was done to each:
 * versions, information requests, screenings, reviews, recommendations, agenda items and decisions.
 * Works on the temp tables of generateStructure; leaves scale_app for the money and the projects.
 */
export async function generateCases(tx: Db, total: number, today: string, r: R, staffCount: (prefix: string) => number): Promise<void> {
  // Share the applications out over the pools by weight.
  await tx.execute(sql`with w as (select ord, weight / sum(weight) over () as share from scale_pool),
      n as (select ord, greatest(1, round(${total} * share))::int as n from w)
    update scale_pool sp set n = n.n, first_g = coalesce((select sum(n2.n) from n n2 where n2.ord < n.ord), 0)::int from n where n.ord = sp.ord`);
  const states: { state: string; lo: number; hi: number }[] = [];
  let acc = 0;
  for (const s of STATE_SPECS) states.push({ ...s, lo: acc, hi: (acc += s.weight) });
  await tx.execute(sql`create temp table scale_state on commit drop as select * from jsonb_to_recordset(${JSON.stringify(states)}::jsonb) as
    x(state text, lo int, hi int, "ageMin" int, "ageMax" int, step int, screen text, recommendation text, outcome text, "infoRequest" boolean, project boolean, "payoutPct" int, "returnRest" boolean)`);

  // Lookup tables so every join below is an equality (hash) join: a state per roll, meetings per
  // body and half (past/future), departments per organisation by name order.
  await tx.execute(
    sql`create temp table scale_state_roll on commit drop as select roll, st.* from scale_state st cross join generate_series(st.lo, st.hi - 1) roll`,
  );
  await tx.execute(sql`create temp table scale_meeting_count on commit drop as select body_id, past, count(*)::int as c from scale_meeting group by 1, 2`);
  await tx.execute(sql`create temp table scale_dept on commit drop as
    select d.organisation_id as org_id, (row_number() over (partition by d.organisation_id order by d.name) - 1)::int as k, d.id
    from departments d join scale_org o on o.id = d.organisation_id`);
  for (const t of ['scale_state_roll', 'scale_meeting_count', 'scale_dept', 'scale_line', 'scale_meeting', 'scale_pool'])
    await tx.execute(sql.raw(`analyze ${t}`));

  const g = sql`g`;
  await tx.execute(sql`create temp table scale_app on commit drop as
    with g0 as materialized (
      select g, sp.ord as pool_ord, sp.id as pool_id, sp.org_id, sp.org_ord, sp.start_year,
        ${r.pick('state', g, acc)} as state_roll, ${r.pick('line', g, sql`greatest(sp.n_lines, 1)`)} as line_k,
        ${r.pick('theme', g, THEMES.length)} as theme, (${r.pick('applied', g, 2_800_000)} + 200000)::bigint * 100 as applied,
        ${r.rnd('age', g)} as age_rnd, ${r.rnd('meeting', g)} as meeting_rnd
      from scale_pool sp cross join lateral generate_series(sp.first_g, sp.first_g + sp.n - 1) g
    ), base as (
      select g0.*, st.*, l.id as line_id, l.mode, l.body_id,
        greatest(make_date(g0.start_year, 1, 15), ${today}::date - (st."ageMin" + g0.age_rnd % (st."ageMax" - st."ageMin" + 1))) as day
      from g0 join scale_state_roll st on st.roll = g0.state_roll join scale_line l on l.pool_ord = g0.pool_ord and l.k = g0.line_k
    ), met as (
      select b.*, m.id as meeting_id, m.starts_at as meeting_at from base b
      left join scale_meeting_count mc on mc.body_id = b.body_id and mc.past = (b.step >= 7)
      left join scale_meeting m on b.mode = 'meeting' and b.step >= 6 and m.body_id = b.body_id and m.past = (b.step >= 7)
        and m.k = b.meeting_rnd % greatest(mc.c, 1)
    )
    select *, ${r.uuid('app', g)} as id,
      case when meeting_at is not null and step >= 7 then meeting_at - interval '60 days' else day + interval '9 hours' end as created_at
    from met`);
  await tx.execute(sql`alter table scale_app add primary key (g)`);
  await tx.execute(sql`alter table scale_app add column decided_at timestamptz, add column case_number text`);
  await tx.execute(sql`analyze scale_app`);
  await tx.execute(
    sql`update scale_app set decided_at = case when step >= 7 then coalesce(meeting_at, least(created_at + interval '60 days', ${today}::date + interval '8 hours')) end`,
  );
  await tx.execute(sql`update scale_app a set case_number = c.cn from (
      select g, extract(year from created_at)::int || '-' || lpad(n::text, greatest(4, length(n::text)), '0') as cn
      from (select g, created_at, row_number() over (partition by org_id, extract(year from created_at) order by created_at, g) as n from scale_app) x) c
    where c.g = a.g`);
  await tx.execute(sql`insert into case_number_counters (organisation_id, year, last_number)
    select org_id, extract(year from created_at)::int, count(*) from scale_app group by 1, 2
    on conflict (organisation_id, year) do update set last_number = case_number_counters.last_number + excluded.last_number`);

  const themes = JSON.stringify(THEMES);
  const lead = staffUser(r, 'ansoeger', sql`1 + ${r.pick('lead', g, staffCount('ansoeger'))}`);
  const reviewers = staffCount('bedoemmer');
  await tx.execute(sql`
    insert into applications (id, organisation_id, pool_id, case_number, state, lead_user_id, title, project_type, category, lead_department_id, budget_line_id,
      amount_applied_oere, content, current_version, submitted_at, decided_at, created_at, updated_at)
    select a.id, a.org_id, a.pool_id, a.case_number, a.state::application_state,
      ${lead},
      (${themes}::jsonb -> a.theme ->> 'title') || ' ' || a.case_number,
      p.lists -> 'projectTypes' -> ${r.pick('ptype', g, sql`greatest(jsonb_array_length(p.lists -> 'projectTypes'), 1)`)} ->> 'key',
      p.lists -> 'categories' -> ${r.pick('cat', g, sql`greatest(jsonb_array_length(p.lists -> 'categories'), 1)`)} ->> 'key',
      dp.id,
      a.line_id, a.applied,
      jsonb_build_object('summary', ${themes}::jsonb -> a.theme ->> 'tech', 'needAnalysis', ${themes}::jsonb -> a.theme ->> 'need', 'solution', ${themes}::jsonb -> a.theme ->> 'tech'),
      case when a.step >= 1 then 1 else 0 end, case when a.step >= 1 then a.created_at + interval '7 days' end, a.decided_at, a.created_at,
      coalesce(a.decided_at, a.created_at + interval '7 days')
    from scale_app a join pools p on p.id = a.pool_id left join scale_dept dp on dp.org_id = a.org_id and dp.k = ${r.pick('dept', g, 5)}`);

  await tx.execute(sql`insert into application_versions (application_id, number, content, submitted_by_user_id, submitted_at)
    select a.id, 1, jsonb_build_object('title', x.title, 'caseNumber', x.case_number, 'content', x.content, 'attachments', '[]'::jsonb), x.lead_user_id, x.submitted_at
    from scale_app a join applications x on x.id = a.id where a.step >= 1`);
  const sek = staffUser(r, 'sekretariat', sql`1`);
  await tx.execute(sql`insert into information_requests (application_id, question, asked_by_user_id, asked_at)
    select a.id, 'Uddyb venligst projektets budget og tidsplan.', ${sek}, a.created_at + interval '10 days' from scale_app a where a."infoRequest"`);
  await tx.execute(sql`insert into screenings (application_id, decision, reason, screened_by_user_id, screened_at)
    select a.id, a.screen::screening_decision, case when a.screen = 'qualify' then 'Opfylder kriterierne' else 'Uden for puljens formål' end, ${sek}, a.created_at + interval '14 days'
    from scale_app a where a.screen is not null`);
  // Two reviewers each (bedoemmer 1–6), submitted from `reviewed` on.
  await tx.execute(sql`insert into reviews (application_id, organisation_id, reviewer_user_id, status, assigned_by_user_id, assigned_at, has_conflict, declared_at, scores, submitted_at)
    select a.id, a.org_id, ${staffUser(r, 'bedoemmer', sql`1 + (${r.pick('rev', g, reviewers)} + i) % ${sql.raw(String(reviewers))}`)}, (case when a.step >= 4 then 'submitted' else 'assigned' end)::review_status, ${sek},
      a.created_at + interval '20 days', case when a.step >= 4 then false end, case when a.step >= 4 then a.created_at + interval '25 days' end,
      case when a.step >= 4 then (select jsonb_object_agg(c ->> 'key', (c ->> 'scaleMin')::int + ${r.pick('score', sql`g || ':' || i || (c ->> 'key')`, sql`((c ->> 'scaleMax')::int - (c ->> 'scaleMin')::int + 1)`)})
        from jsonb_array_elements(p.rubric -> 'criteria') c) end,
      case when a.step >= 4 then a.created_at + interval '30 days' end
    from scale_app a join pools p on p.id = a.pool_id cross join generate_series(0, ${sql.raw(String(Math.min(2, reviewers) - 1))}) i
    where a.step >= 3 and a.state not in ('rejected_ineligible', 'withdrawn')`);
  await tx.execute(sql`insert into recommendations (application_id, kind, amount_oere, budget_line_id, split, justification, created_by_user_id, created_at)
    select a.id, a.recommendation::recommendation_kind, case when a.recommendation = 'recommend' then a.applied else 0 end, a.line_id, '[]'::jsonb,
      'Indstillet efter bedømmelse', ${sek}, a.created_at + interval '40 days'
    from scale_app a where a.recommendation is not null`);
  await tx.execute(sql`insert into agenda_items (meeting_id, application_id, position)
    select meeting_id, id, row_number() over (partition by meeting_id order by g) from scale_app where meeting_id is not null`);
  await tx.execute(sql`update meetings set status = 'minutes_published' where id in (select id from scale_meeting where past)`);
}
