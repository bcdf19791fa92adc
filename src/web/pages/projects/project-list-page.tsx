import { stateInfo } from '../../../domain/application-workflow.js';
import type { ProjectListRow } from '../../../usecases/projects/list-projects.js';
import { Badge, Table } from '../../components/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { Layout } from '../layout.js';
import { date } from './kit.js';
import { NextPageLink } from '../../components/next-page-link.js';

/** The projects the actor sees, with the next report due and reports overdue. */
export function ProjectListPage({
  ctx,
  projects,
  canSeeDue,
  nextPage = null,
}: {
  ctx: PageContext;
  projects: ProjectListRow[];
  canSeeDue: boolean;
  nextPage?: string | null;
}) {
  const { t } = ctx;
  const title = t({ da: 'Projekter', en: 'Projects' });
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {canSeeDue ? (
        <p>
          <a href={paths.projects.reportsDue()}>{t({ da: 'Se rapporter, der skal afleveres', en: 'See reports due' })}</a>
        </p>
      ) : null}
      {projects.length === 0 ? (
        <p>{t({ da: 'Der er ingen bevilgede projekter endnu.', en: 'There are no granted projects yet.' })}</p>
      ) : (
        <Table
          caption={t({ da: 'Bevilgede projekter', en: 'Granted projects' })}
          captionClass="sr-only"
          columns={[
            { label: t({ da: 'Projekt', en: 'Project' }), rowHeader: true },
            { label: t({ da: 'Pulje', en: 'Pool' }) },
            { label: t({ da: 'Status', en: 'Status' }) },
            { label: t({ da: 'Igangsat', en: 'Started' }) },
            { label: t({ da: 'Næste frist', en: 'Next due' }) },
            { label: t({ da: 'Overskredne rapporter', en: 'Overdue reports' }), numeric: true },
          ]}
          rows={projects.map((p) => {
            const s = stateInfo(p.state);
            return [
              <a href={paths.projects.show({ applicationId: p.applicationId })}>{`${p.caseNumber} ${p.title}`}</a>,
              p.poolName,
              <Badge text={t(s.staff)} variant={s.badge} />,
              date(ctx, p.startedOn, { da: 'Ikke igangsat', en: 'Not started' }),
              date(ctx, p.nextDueDate, { da: '–', en: '–' }),
              p.overdueCount > 0 ? <Badge text={String(p.overdueCount)} variant="error" /> : '0',
            ];
          })}
        />
      )}
      <NextPageLink ctx={ctx} href={nextPage} />
    </Layout>
  );
}
