import { APPLICATION_STATES, stateInfo } from '../../../domain/application-workflow.js';
import { formatDate } from '../../../domain/dates.js';
import { formatKroner } from '../../../domain/money.js';
import type { SubmissionList } from '../../../usecases/assessment/list-submissions.js';
import { Button, Pagination, Select, Table, TextInput } from '../../components/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { Layout } from '../layout.js';
import { StaffStatus } from './status-badges.js';
import { Crumbs } from './crumbs.js';

export interface InboxOptions {
  lines: { id: string; name: string }[];
  departments: { id: string; name: string }[];
}

/** The secretariat's inbox for a pool: filters (GET form, works without JavaScript), sortable columns, pages. */
export function InboxPage({ ctx, list, options }: { ctx: PageContext; list: SubmissionList; options: InboxOptions }) {
  const { t } = ctx;
  const { pool, filter } = list;
  const title = t({ da: `Indbakke: ${pool.name}`, en: `Inbox: ${pool.name}` });
  const base = paths.pools.inbox({ poolId: pool.id });
  const query = (over: Record<string, string | number | undefined>) =>
    paths.pools.inbox(
      { poolId: pool.id },
      {
        status: filter.status,
        budgetLineId: filter.budgetLineId,
        projectType: filter.projectType,
        category: filter.category,
        departmentId: filter.departmentId,
        q: filter.q,
        sort: filter.sort,
        dir: filter.dir,
        ...over,
      },
    );
  const sortLink = (key: 'age' | 'case' | 'title' | 'amount' | 'status', label: string) => {
    const active = filter.sort === key;
    const defaultDir = key === 'amount' || key === 'age' ? 'desc' : 'asc';
    const currentDir = filter.dir ?? defaultDir;
    const nextDir = active ? (currentDir === 'asc' ? 'desc' : 'asc') : defaultDir;
    const state = active ? (currentDir === 'asc' ? t({ da: ' (stigende)', en: ' (ascending)' }) : t({ da: ' (faldende)', en: ' (descending)' })) : '';
    return (
      <a href={query({ sort: key, dir: nextDir, page: undefined })} aria-current={active ? 'true' : undefined}>
        {label}
        {state ? <span class="sr-only">{state}</span> : null}
        {active ? <span aria-hidden="true">{currentDir === 'asc' ? ' ▲' : ' ▼'}</span> : null}
      </a>
    );
  };
  const none = { value: '', label: t({ da: 'Alle', en: 'All' }) };
  return (
    <Layout ctx={ctx} title={title}>
      <Crumbs
        ctx={ctx}
        items={[
          { label: t({ da: 'Sagsbehandling', en: 'Case handling' }), href: paths.assessment.index() },
          { label: pool.name, href: paths.pools.show({ poolId: pool.id }) },
          { label: t({ da: 'Indbakke', en: 'Inbox' }) },
        ]}
      />
      <h1>{title}</h1>
      <p>
        <a href={paths.pools.scores({ poolId: pool.id })}>{t({ da: 'Pointoversigt', en: 'Score summary' })}</a>
        {' · '}
        <a href={paths.pools.meetings({ poolId: pool.id })}>{t({ da: 'Møder og dagsordener', en: 'Meetings and agendas' })}</a>
      </p>
      <form method="get" action={base} class="mb-6">
        <div class="row">
          <div class="col-12 col-md-4">
            <TextInput name="q" type="search" label={t({ da: 'Søg i titel og sagsnummer', en: 'Search title and case number' })} value={filter.q ?? ''} />
          </div>
          <div class="col-12 col-md-4">
            <Select
              name="status"
              label={t({ da: 'Status', en: 'Status' })}
              value={filter.status ?? ''}
              options={[none, ...APPLICATION_STATES.filter((s) => stateInfo(s).inInbox).map((s) => ({ value: s, label: t(stateInfo(s).staff) }))]}
            />
          </div>
          <div class="col-12 col-md-4">
            <Select
              name="budgetLineId"
              label={t({ da: 'Budgetlinje', en: 'Budget line' })}
              value={filter.budgetLineId ?? ''}
              options={[none, ...options.lines.map((l) => ({ value: l.id, label: l.name }))]}
            />
          </div>
          <div class="col-12 col-md-4">
            <Select
              name="projectType"
              label={t({ da: 'Projekttype', en: 'Project type' })}
              value={filter.projectType ?? ''}
              options={[none, ...pool.lists.projectTypes.map((p) => ({ value: p.key, label: p.label }))]}
            />
          </div>
          <div class="col-12 col-md-4">
            <Select
              name="category"
              label={t({ da: 'Kategori', en: 'Category' })}
              value={filter.category ?? ''}
              options={[none, ...pool.lists.categories.map((p) => ({ value: p.key, label: p.label }))]}
            />
          </div>
          <div class="col-12 col-md-4">
            <Select
              name="departmentId"
              label={t({ da: 'Afdeling', en: 'Department' })}
              value={filter.departmentId ?? ''}
              options={[none, ...options.departments.map((d) => ({ value: d.id, label: d.name }))]}
            />
          </div>
        </div>
        <input type="hidden" name="sort" value={filter.sort} />
        {filter.dir ? <input type="hidden" name="dir" value={filter.dir} /> : null}
        <Button variant="secondary">{t({ da: 'Filtrér', en: 'Filter' })}</Button> <a href={base}>{t({ da: 'Nulstil', en: 'Reset' })}</a>
      </form>
      <p role="status">{t({ da: `${list.total} ansøgninger`, en: `${list.total} applications` })}</p>
      {list.rows.length === 0 ? (
        <p>{t({ da: 'Ingen ansøgninger matcher.', en: 'No applications match.' })}</p>
      ) : (
        <Table
          caption={t({ da: 'Indsendte ansøgninger', en: 'Submitted applications' })}
          captionClass="sr-only"
          columns={[
            { label: sortLink('case', t({ da: 'Sagsnr.', en: 'Case no.' })) },
            { label: sortLink('title', t({ da: 'Titel', en: 'Title' })), rowHeader: true },
            { label: sortLink('status', t({ da: 'Status', en: 'Status' })) },
            { label: t({ da: 'Budgetlinje', en: 'Budget line' }) },
            { label: t({ da: 'Afdeling', en: 'Department' }) },
            { label: sortLink('amount', t({ da: 'Ansøgt beløb', en: 'Amount applied' })), numeric: true },
            { label: t({ da: 'Indsendt', en: 'Submitted' }), class: 'date' },
            { label: sortLink('age', t({ da: 'Alder (dage)', en: 'Age (days)' })), numeric: true },
          ]}
          rows={list.rows.map((r) => [
            r.caseNumber,
            <a href={paths.assessment.case({ applicationId: r.id })}>{r.title}</a>,
            <StaffStatus ctx={ctx} state={r.state} />,
            r.budgetLineName ?? '–',
            r.departmentName ?? '–',
            formatKroner(r.amountAppliedOere, ctx.locale),
            r.submittedAt ? formatDate(r.submittedAt, ctx.locale) : '–',
            r.ageDays === null ? '–' : String(r.ageDays),
          ])}
        />
      )}
      {list.pageCount > 1 ? (
        <Pagination
          currentPage={list.page}
          totalPages={list.pageCount}
          href={(p) => query({ page: p })}
          labels={{
            nav: t({ da: 'Sider', en: 'Pages' }),
            first: t({ da: 'Første', en: 'First' }),
            previous: t({ da: 'Forrige', en: 'Previous' }),
            next: t({ da: 'Næste', en: 'Next' }),
            last: t({ da: 'Sidste', en: 'Last' }),
            page: (n) => t({ da: `Side ${n}`, en: `Page ${n}` }),
            lastPage: (n) => t({ da: `Sidste side, side ${n}`, en: `Last page, page ${n}` }),
            pageOf: (c, n) => t({ da: `Side ${c} af ${n}`, en: `Page ${c} of ${n}` }),
          }}
        />
      ) : null}
    </Layout>
  );
}
