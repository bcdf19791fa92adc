/**
 * Each benchmarked page's main query written by hand, as tight as we can make it: what ceiling B runs
 * after its session lookup, and the "best hand-written SQL" the ledger and portfolio aggregates are
 * compared with. Deliberately the data only — no authorization, no rendering.
 */
export interface BenchIds {
  orgId: string;
  poolId: string;
  applicationId: string;
  userId: string;
  today: string;
}

export interface HandQuery {
  text: string;
  values: unknown[];
}

export const ledgerAggregate = (ids: BenchIds): HandQuery => ({
  text: `select budget_line_id, year, kind, sum(amount_oere)::bigint as total from ledger_entries where pool_id = $1 group by 1, 2, 3`,
  values: [ids.poolId],
});

/** The portfolio's figures in one statement: per project and year, committed/paid/returned. */
export const portfolioAggregate = (ids: BenchIds): HandQuery => ({
  text: `select le.application_id, le.year, le.kind, sum(le.amount_oere)::bigint as total
    from applications a join ledger_entries le on le.application_id = a.id
    where a.organisation_id = $1 and a.state in ('approved', 'in_trial', 'follow_up', 'evaluated', 'in_operation', 'scaled_up', 'extended', 'stopped', 'closed')
    group by 1, 2, 3`,
  values: [ids.orgId],
});

export function handQueries(ids: BenchIds): Record<string, HandQuery[]> {
  const inbox = (extra: string, values: unknown[]): HandQuery[] => [
    {
      text: `select count(*)::int from applications a where a.pool_id = $1 and a.state <> 'draft' and a.submitted_at is not null ${extra}`,
      values: [ids.poolId, ...values],
    },
    {
      text: `select a.id, a.case_number, a.title, a.state, a.amount_applied_oere, a.submitted_at, bl.name as line, d.name as dept
        from applications a left join budget_lines bl on bl.id = a.budget_line_id left join departments d on d.id = a.lead_department_id
        where a.pool_id = $1 and a.state <> 'draft' and a.submitted_at is not null ${extra} order by a.submitted_at, a.case_number limit 25`,
      values: [ids.poolId, ...values],
    },
  ];
  return {
    front: [
      {
        text: `select id, title, state, updated_at from applications where organisation_id = $1 and (lead_user_id = $2 or state = 'submitted') order by updated_at desc limit 10`,
        values: [ids.orgId, ids.userId],
      },
    ],
    inbox: inbox('', []),
    inboxFiltered: inbox(`and a.state = $2`, ['in_review']),
    inboxSearch: inbox(`and (a.title ilike $2 or a.case_number ilike $2)`, ['%medicin%']),
    application: [{ text: `select * from applications where id = $1`, values: [ids.applicationId] }],
    economy: [ledgerAggregate(ids)],
    portfolio: [portfolioAggregate(ids)],
    reportsDue: [
      {
        text: `select r.id, r.title, r.due_on, r.application_id from follow_up_reports r
          where r.organisation_id = $1 and r.status in ('open', 'changes_requested') and r.due_on <= $2::date + 30 order by r.due_on limit 200`,
        values: [ids.orgId, ids.today],
      },
    ],
    catalogue: [
      {
        text: `select id, title, summary from catalogue_entries where search_vector @@ websearch_to_tsquery('danish', $1) and (visibility = 'public' or organisation_id = $2)
          order by ts_rank(search_vector, websearch_to_tsquery('danish', $1)) desc, id limit 20`,
        values: ['robot', ids.orgId],
      },
    ],
    apiSubmissions: inbox('', []),
    apiLedgerEntries: [{ text: `select * from ledger_entries where pool_id = $1 order by seq desc limit 50`, values: [ids.poolId] }],
    apiProjects: [
      {
        text: `select p.application_id, a.title, a.state, p.started_on from projects p join applications a on a.id = p.application_id where p.organisation_id = $1 order by p.started_on desc, p.application_id limit 50`,
        values: [ids.orgId],
      },
    ],
    apiReportsDue: [
      {
        text: `select r.id, r.title, r.due_on from follow_up_reports r where r.organisation_id = $1 and r.status in ('open', 'changes_requested') and r.due_on <= $2::date + 30 order by r.due_on limit 50`,
        values: [ids.orgId, ids.today],
      },
    ],
  };
}
