import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { randomFor } from './random.js';

type R = ReturnType<typeof randomFor>;
const staffUser = (r: R, prefix: string, n: SQL) => r.uuid('user', sql`a.org_ord || ${sql.raw(`':${prefix}:'`)} || (${n})`);

/**
 * Decisions, the ledger and the projects. Approved applications share out at most 90 % of what their
 * line and year had before any grant (weighted, never more than applied for), so no line and year
 * goes below zero; payouts are a share of the commitment and returns at most the unpaid rest, so per
 * project paid + returned ≤ committed.
 */
export async function generateMoneyAndProjects(tx: Db, today: string, r: R): Promise<void> {
  const g = sql`a.g`;
  await tx.execute(sql`create temp table scale_commit on commit drop as
    with chosen as (
      select a.g, a.line_id, coalesce(
        (select ly.year from scale_line_year ly where ly.line_id = a.line_id and ly.year = extract(year from a.decided_at)::int and ly.remaining > 0),
        (select ly.year from scale_line_year ly where ly.line_id = a.line_id and ly.remaining > 0 order by ly.remaining desc, ly.year limit 1)) as year,
        50 + ${r.pick('w', g, 100)} as w, a.applied
      from scale_app a where a.outcome = 'approve'
    ), shares as (
      select c.*, ly.remaining, sum(c.w) over (partition by c.line_id, c.year) as total_w
      from chosen c join scale_line_year ly on ly.line_id = c.line_id and ly.year = c.year
    )
    select g, line_id, year, least(applied, floor(remaining * 0.9 * w / total_w))::bigint as amount from shares`);
  await tx.execute(sql`delete from scale_commit where amount <= 0`);
  await tx.execute(sql`alter table scale_commit add primary key (g)`);

  const raad = staffUser(r, 'raad', sql`1`);
  await tx.execute(sql`insert into decisions (application_id, route, meeting_id, agenda_item_id, outcome, amount_oere, budget_line_id, split, reason, decided_by_user_id, decided_at)
    select a.id, (case when a.meeting_id is not null then 'meeting' else 'direct' end)::decision_route, a.meeting_id, ai.id, a.outcome::decision_outcome,
      coalesce(c.amount, 0), a.line_id,
      case when c.g is not null then jsonb_build_array(jsonb_build_object('year', c.year, 'amountOere', c.amount)) else '[]'::jsonb end,
      case a.outcome when 'approve' then 'Bevilget efter indstilling' when 'reject' then 'Ikke prioriteret i denne runde' else 'Udsat til næste møde' end,
      ${raad}, a.decided_at
    from scale_app a left join scale_commit c on c.g = a.g left join agenda_items ai on ai.meeting_id = a.meeting_id and ai.application_id = a.id
    where a.outcome is not null`);

  const sek = staffUser(r, 'sekretariat', sql`1`);
  const fin = staffUser(r, 'oekonomi', sql`1`);
  await tx.execute(sql`insert into ledger_entries (pool_id, budget_line_id, year, kind, amount_oere, application_id, reference, reason, recorded_by, recorded_at)
    select a.pool_id, c.line_id, c.year, 'commitment', c.amount, a.id, 'Beslutning ' || a.case_number, 'Bevilling', ${sek}, a.decided_at
    from scale_app a join scale_commit c on c.g = a.g`);
  await tx.execute(sql`insert into ledger_entries (pool_id, budget_line_id, year, kind, amount_oere, application_id, payee_department_id, reference, reason, recorded_by, recorded_at)
    select a.pool_id, c.line_id, c.year, 'payout', floor(c.amount * a."payoutPct" / 100)::bigint, a.id, x.lead_department_id, 'Faktura ' || a.case_number, 'Udbetaling', ${fin},
      a.decided_at + interval '45 days'
    from scale_app a join scale_commit c on c.g = a.g join applications x on x.id = a.id where a."payoutPct" > 0 and floor(c.amount * a."payoutPct" / 100) > 0`);
  await tx.execute(sql`insert into ledger_entries (pool_id, budget_line_id, year, kind, amount_oere, application_id, reference, reason, recorded_by, recorded_at)
    select a.pool_id, c.line_id, c.year, 'return', c.amount - floor(c.amount * a."payoutPct" / 100)::bigint, a.id, 'Afslutning ' || a.case_number, 'Ubrugte midler frigivet', ${fin},
      a.decided_at + interval '400 days'
    from scale_app a join scale_commit c on c.g = a.g where a."returnRest" and c.amount - floor(c.amount * a."payoutPct" / 100) > 0`);

  await tx.execute(sql`insert into projects (application_id, organisation_id, pool_id, started_on, planned_end_on, started_by_user_id, created_at)
    select a.id, a.org_id, a.pool_id, least((a.decided_at + interval '30 days')::date, ${today}::date), least((a.decided_at + interval '30 days')::date, ${today}::date) + 365, ${sek},
      a.decided_at + interval '30 days'
    from scale_app a where a.project`);
  await tx.execute(sql`create temp table scale_report on commit drop as
    select a.g, a.id as application_id, a.org_id, a.pool_id, m::int as months, (pr.started_on + make_interval(months => m::int))::date as due_on,
      ${r.pick('report', sql`a.g || ':' || m`, 100)} as roll, x.lead_user_id
    from scale_app a join projects pr on pr.application_id = a.id join pools p on p.id = a.pool_id join applications x on x.id = a.id
      cross join jsonb_array_elements_text(p.follow_up_months) m where a.project`);
  await tx.execute(sql`insert into follow_up_reports (id, application_id, organisation_id, pool_id, kind, months_after_start, title, due_on, status, current_version, submitted_at, reviewed_at, reviewed_by_user_id)
    select ${r.uuid('report', sql`g || ':' || months`)}, application_id, org_id, pool_id, 'scheduled', months,
      'Opfølgning efter ' || months || ' måneder', due_on,
      (case when due_on >= ${today}::date then 'open' when roll < 65 then 'accepted' when roll < 80 then 'submitted' when roll < 85 then 'changes_requested' else 'open' end)::follow_up_report_status,
      case when due_on < ${today}::date and roll < 85 then 1 else 0 end,
      case when due_on < ${today}::date and roll < 85 then due_on - 3 end,
      case when due_on < ${today}::date and roll < 65 then due_on + 10 end,
      null
    from scale_report`);
  await tx.execute(sql`insert into follow_up_report_versions (report_id, number, content, submitted_by_user_id, submitted_at)
    select ${r.uuid('report', sql`g || ':' || months`)}, 1, jsonb_build_object('goals', '[]'::jsonb, 'hoursFreedPerYear', 100 + roll * 5, 'kronerSavedPerYearOere', (50000 + roll * 2000)::bigint * 100,
      'gainsComment', 'Gevinsterne følger business casen.', 'spending', '[]'::jsonb, 'milestones', '[]'::jsonb,
      'lessons', 'Afprøvningen forløber efter planen.', 'adoption', 'Kan tages i brug af andre enheder efter en kort oplæring.'), lead_user_id, due_on - 3
    from scale_report where due_on < ${today}::date and roll < 85`);
}
