import type { ReportsDue } from '../../../usecases/projects/list-reports-due.js';
import { Button, Select, Table } from '../../components/index.js';
import type { PageContext } from '../../page-context.js';
import { paths, type Query } from '../../../paths.js';
import { Layout } from '../layout.js';
import { date, ReportStatusBadge } from './kit.js';

export interface DueFilters {
  pulje: string;
  enhed: string;
  vis: string;
}

/** The secretariat's reports due: overdue and due within 30 days, by pool and unit, with CSV/XLSX export. */
export function ReportsDuePage({
  ctx,
  due,
  filters,
  errors = {},
}: {
  ctx: PageContext;
  due: ReportsDue;
  filters: DueFilters;
  errors?: Record<string, string>;
}) {
  const { t } = ctx;
  const title = t({ da: 'Opfølgningsrapporter, der skal afleveres', en: 'Follow-up reports due' });
  const query: Query = { pulje: filters.pulje, enhed: filters.enhed, vis: filters.vis };
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>
        {t({
          da: `${due.overdueCount} overskredet og ${due.dueSoonCount} med frist inden for 30 dage.`,
          en: `${due.overdueCount} overdue and ${due.dueSoonCount} due within 30 days.`,
        })}
      </p>
      <form method="get" action={paths.projects.reportsDue()} class="filter-form">
        <Select
          name="pulje"
          label={t({ da: 'Pulje', en: 'Pool' })}
          value={filters.pulje}
          error={errors.poolId}
          options={[{ value: '', label: t({ da: 'Alle puljer', en: 'All pools' }) }, ...due.pools.map((p) => ({ value: p.id, label: p.name }))]}
        />
        <Select
          name="enhed"
          label={t({ da: 'Enhed', en: 'Unit' })}
          value={filters.enhed}
          error={errors.departmentId}
          options={[{ value: '', label: t({ da: 'Alle enheder', en: 'All units' }) }, ...due.departments.map((d) => ({ value: d.id, label: d.name }))]}
        />
        <Select
          name="vis"
          label={t({ da: 'Vis', en: 'Show' })}
          value={filters.vis}
          error={errors.show}
          options={[
            { value: 'all', label: t({ da: 'Overskredne og inden for 30 dage', en: 'Overdue and within 30 days' }) },
            { value: 'overdue', label: t({ da: 'Kun overskredne', en: 'Overdue only' }) },
          ]}
        />
        <Button variant="secondary">{t({ da: 'Filtrér', en: 'Filter' })}</Button>
      </form>
      <p>
        <a href={paths.projects.reportsDueCsv(query)}>{t({ da: 'Hent som CSV', en: 'Download as CSV' })}</a>
        {' · '}
        <a href={paths.projects.reportsDueXlsx(query)}>{t({ da: 'Hent som Excel (XLSX)', en: 'Download as Excel (XLSX)' })}</a>
      </p>
      {due.rows.length === 0 ? (
        <p>{t({ da: 'Ingen rapporter venter.', en: 'No reports are waiting.' })}</p>
      ) : (
        <Table
          caption={t({ da: 'Rapporter, der venter på projekterne, ældste frist først', en: 'Reports waiting for the projects, earliest due first' })}
          columns={[
            { label: t({ da: 'Projekt', en: 'Project' }), rowHeader: true },
            { label: t({ da: 'Pulje', en: 'Pool' }) },
            { label: t({ da: 'Enhed', en: 'Unit' }) },
            { label: t({ da: 'Rapport', en: 'Report' }) },
            { label: t({ da: 'Frist', en: 'Due' }), class: 'date' },
            { label: t({ da: 'Status', en: 'Status' }) },
            { label: t({ da: 'Dage over fristen', en: 'Days overdue' }), numeric: true },
          ]}
          rows={due.rows.map((r) => [
            <a href={paths.projects.show({ applicationId: r.applicationId })}>{`${r.caseNumber} ${r.projectTitle}`}</a>,
            r.poolName,
            r.departmentName ?? '–',
            <a href={paths.projects.report({ applicationId: r.applicationId, reportId: r.reportId })}>{r.reportTitle}</a>,
            date(ctx, r.dueOn),
            <ReportStatusBadge ctx={ctx} status={r.status} />,
            r.daysOverdue > 0 ? String(r.daysOverdue) : '–',
          ])}
        />
      )}
    </Layout>
  );
}
