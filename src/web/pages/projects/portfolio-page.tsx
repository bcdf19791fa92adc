import { staffStatusLabel, stateInfo } from '../../../domain/application-workflow.js';
import { recommendationLabels } from '../../../domain/evaluation.js';
import { formatKroner } from '../../../domain/money.js';
import { Badge, Button, ButtonLink, Select, Table } from '../../components/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import type { Portfolio } from '../../../usecases/projects/get-portfolio.js';
import { Layout } from '../layout.js';
import { Section } from './outcome-kit.js';
import { PortfolioChart } from './portfolio-chart.js';

/** /portefoelje and /puljer/:poolId/portefoelje: projects by phase, reports overdue, goals on track, money per year. */
export function PortfolioPage({ ctx, portfolio }: { ctx: PageContext; portfolio: Portfolio }) {
  const { t } = ctx;
  const kr = (v: number) => formatKroner(v, ctx.locale);
  const p = portfolio;
  const action = p.poolId ? paths.projects.poolPortfolio({ poolId: p.poolId }) : paths.projects.portfolio();
  const query = {
    poolId: p.poolId ?? undefined,
    organisationId: p.poolId ? undefined : p.organisationId,
    state: p.filters.state ?? undefined,
    departmentId: p.filters.departmentId ?? undefined,
  };
  return (
    <Layout ctx={ctx} title={t({ da: 'Porteføljen', en: 'Portfolio' })}>
      <h1>
        {p.poolId
          ? `${t({ da: 'Porteføljen', en: 'Portfolio' })}: ${p.pools.find((x) => x.id === p.poolId)?.name ?? ''}`
          : t({ da: 'Porteføljen på tværs af puljerne', en: 'Portfolio across the pools' })}
      </h1>
      <form method="get" action={action} class="d-print-none">
        <input type="hidden" name="organisationId" value={p.organisationId} />
        <Select
          name="state"
          label={t({ da: 'Fase', en: 'Phase' })}
          value={p.filters.state ?? ''}
          options={[
            { value: '', label: t({ da: 'Alle faser', en: 'All phases' }) },
            ...p.byPhase.map((f) => ({ value: f.state, label: t(staffStatusLabel[f.state]) })),
          ]}
        />
        <Select
          name="departmentId"
          label={t({ da: 'Enhed', en: 'Unit' })}
          value={p.filters.departmentId ?? ''}
          options={[{ value: '', label: t({ da: 'Alle enheder', en: 'All units' }) }, ...p.departments.map((d) => ({ value: d.id, label: d.name }))]}
        />
        <Button variant="secondary">{t({ da: 'Filtrér', en: 'Filter' })}</Button>
      </form>
      <p class="d-print-none">
        <ButtonLink href={paths.projects.portfolioXlsx(query)} variant="secondary">
          {t({ da: 'Hent som Excel (XLSX)', en: 'Download as Excel (XLSX)' })}
        </ButtonLink>
      </p>
      <Section title={t({ da: 'Projekter pr. fase', en: 'Projects by phase' })} id="phases">
        <Table
          caption={t({ da: 'Antal projekter i hver fase', en: 'Number of projects in each phase' })}
          columns={[
            { label: t({ da: 'Fase', en: 'Phase' }), rowHeader: true },
            { label: t({ da: 'Projekter', en: 'Projects' }), numeric: true },
          ]}
          rows={p.byPhase.map((f) => [t(staffStatusLabel[f.state]), String(f.count)])}
        />
        <p>
          {t({ da: 'Rapporter for sent', en: 'Reports overdue' })}: <strong>{String(p.totals.overdueReports)}</strong> ·{' '}
          {t({ da: 'Resultatmål på sporet', en: 'Goals on track' })}: <strong>{String(p.totals.goalsOnTrack)}</strong> ·{' '}
          {t({ da: 'ikke på sporet', en: 'off track' })}: <strong>{String(p.totals.goalsOffTrack)}</strong>
        </p>
      </Section>
      <Section title={t({ da: 'Penge pr. år', en: 'Money per year' })} id="money">
        <Table
          caption={t({ da: 'Bevilget, udbetalt og tilbageført pr. år', en: 'Committed, paid and returned per year' })}
          columns={[
            { label: t({ da: 'År', en: 'Year' }), rowHeader: true },
            { label: t({ da: 'Bevilget', en: 'Committed' }), numeric: true },
            { label: t({ da: 'Udbetalt', en: 'Paid' }), numeric: true },
            { label: t({ da: 'Tilbageført', en: 'Returned' }), numeric: true },
          ]}
          rows={p.years.map((y) => [String(y.year), kr(y.committedOere), kr(y.paidOere), kr(y.returnedOere)])}
          footerRows={[[t({ da: 'I alt', en: 'Total' }), kr(p.totals.committedOere), kr(p.totals.paidOere), kr(p.totals.returnedOere)]]}
        />
        <PortfolioChart ctx={ctx} years={p.years} />
      </Section>
      <Section title={t({ da: 'Projekterne', en: 'The projects' })} id="projects">
        <Table
          caption={t({ da: `${p.projects.length} projekter`, en: `${p.projects.length} projects` })}
          columns={[
            { label: t({ da: 'Projekt', en: 'Project' }), rowHeader: true },
            { label: t({ da: 'Pulje', en: 'Pool' }) },
            { label: t({ da: 'Fase', en: 'Phase' }) },
            { label: t({ da: 'Enhed', en: 'Unit' }) },
            { label: t({ da: 'Bevilget', en: 'Committed' }), numeric: true },
            { label: t({ da: 'Udbetalt', en: 'Paid' }), numeric: true },
            { label: t({ da: 'Tilbageført', en: 'Returned' }), numeric: true },
            { label: t({ da: 'For sent', en: 'Overdue' }), numeric: true },
            { label: t({ da: 'Mål på sporet / ikke', en: 'Goals on / off track' }) },
            { label: t({ da: 'Anbefaling', en: 'Recommendation' }) },
          ]}
          rows={p.projects.map((r) => [
            <a href={paths.projects.outcome({ applicationId: r.id })}>{`${r.caseNumber} ${r.title}`}</a>,
            r.poolName,
            <Badge text={t(stateInfo(r.state).staff)} variant={stateInfo(r.state).badge} />,
            r.leadDepartmentName ?? '–',
            kr(r.committedOere),
            kr(r.paidOere),
            kr(r.returnedOere),
            String(r.overdueReports),
            `${r.goalsOnTrack} / ${r.goalsOffTrack}`,
            r.recommendation ? t(recommendationLabels[r.recommendation]) : '–',
          ])}
        />
      </Section>
    </Layout>
  );
}
