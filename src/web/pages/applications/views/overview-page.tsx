import type { IdeaAssessment, IdeaStatus } from '../../../../db/schema/applications.js';
import type { Bilingual } from '../../../../domain/bilingual.js';
import { formatDate, formatDateTime } from '../../../../domain/dates.js';
import { formatKroner } from '../../../../domain/money.js';
import { stateInfo } from '../../../../domain/application-workflow.js';
import type { ApplicationSummary } from '../../../../usecases/applications/list-applications.js';
import type { IdeaSummary } from '../../../../usecases/applications/list-ideas.js';
import type { OpenPool } from '../../../../usecases/applications/list-open-pools.js';
import { Alert, Badge, BackLink, ButtonLink, Select, Table, TextInput } from '../../../components/index.js';
import { PostForm } from '../../../form-kit/index.js';
import type { PageContext } from '../../../page-context.js';
import { paths } from '../../../../paths.js';
import { Layout } from '../../layout.js';
import { NextPageLink } from '../../../components/next-page-link.js';

export const IDEA_STATUS_LABEL: Record<IdeaStatus, Bilingual> = {
  open: { da: 'Sendt til sekretariatet', en: 'Sent to the secretariat' },
  converted: { da: 'Blevet til en ansøgning', en: 'Became an application' },
  withdrawn: { da: 'Trukket tilbage', en: 'Withdrawn' },
};

export const IDEA_ASSESSMENT_LABEL: Record<IdeaAssessment, Bilingual> = {
  promising: { da: 'Lovende', en: 'Promising' },
  new_angle: { da: 'Brug for en ny vinkel', en: 'Needs a new angle' },
  not_a_fit: { da: 'Passer ikke til puljen', en: 'Not a fit for the pool' },
};

export function IdeasTable({ ctx, ideas, caption }: { ctx: PageContext; ideas: IdeaSummary[]; caption: string }) {
  const { t } = ctx;
  return (
    <Table
      caption={caption}
      columns={[
        { label: t({ da: 'Idé', en: 'Idea' }) },
        { label: t({ da: 'Pulje', en: 'Pool' }) },
        { label: t({ da: 'Fra', en: 'From' }) },
        { label: t({ da: 'Status', en: 'Status' }) },
        { label: t({ da: 'Sekretariatets vurdering', en: "The secretariat's assessment" }) },
        { label: t({ da: 'Senest ændret', en: 'Last changed' }), class: 'date' },
      ]}
      rows={ideas.map((i) => [
        <a href={paths.ideas.show({ ideaId: i.id })}>{i.title}</a>,
        i.poolName,
        i.authorName,
        t(IDEA_STATUS_LABEL[i.status]),
        i.assessment ? t(IDEA_ASSESSMENT_LABEL[i.assessment]) : t({ da: 'Ikke vurderet endnu', en: 'Not assessed yet' }),
        formatDate(i.updatedAt, ctx.locale),
      ])}
    />
  );
}

export function ApplicationsTable({ ctx, rows, caption, staff }: { ctx: PageContext; rows: ApplicationSummary[]; caption: string; staff?: boolean }) {
  const { t } = ctx;
  return (
    <Table
      caption={caption}
      columns={[
        { label: t({ da: 'Sagsnr.', en: 'Case no.' }) },
        { label: t({ da: 'Titel', en: 'Title' }) },
        { label: t({ da: 'Pulje', en: 'Pool' }) },
        { label: t({ da: 'Status', en: 'Status' }) },
        { label: t({ da: 'Søgt beløb', en: 'Amount applied for' }), numeric: true },
        { label: t({ da: 'Senest ændret', en: 'Last changed' }), class: 'date' },
      ]}
      rows={rows.map((a) => [
        a.caseNumber,
        <a href={paths.applications.show({ applicationId: a.id })}>{a.title}</a>,
        a.poolName,
        <Badge text={t(staff ? a.staffStatus : a.applicantStatus)} variant={stateInfo(a.state).badge} />,
        formatKroner(a.amountAppliedOere, ctx.locale),
        formatDate(a.updatedAt, ctx.locale),
      ])}
    />
  );
}

/**
 * The pool's own deadline: the next round's deadline for a pool with rounds (or that no round is
 * left), continuous intake only for a pool without rounds, and closed for a pool past its period.
 */
export function PoolDeadline({ ctx, pool }: { ctx: PageContext; pool: OpenPool }) {
  const { t } = ctx;
  if (pool.closed) {
    return (
      <>
        <Badge text={t({ da: 'Lukket', en: 'Closed' })} variant="none" />{' '}
        {t({ da: `Puljens periode sluttede i ${pool.periodEndYear}`, en: `The pool's period ended in ${pool.periodEndYear}` })}
      </>
    );
  }
  if (pool.intake === 'continuous') return <>{t({ da: 'Løbende ansøgning', en: 'Continuous intake' })}</>;
  return pool.nextDeadline ? (
    <>{t({ da: `Næste runde: ${formatDate(pool.nextDeadline, 'da')}`, en: `Next round: ${formatDate(pool.nextDeadline, 'en')}` })}</>
  ) : (
    <>{t({ da: 'Ingen kommende frist', en: 'No upcoming deadline' })}</>
  );
}

export interface OverviewProps {
  ctx: PageContext;
  mine: ApplicationSummary[];
  others: ApplicationSummary[];
  ideas: IdeaSummary[];
  pools: OpenPool[];
  canApply: boolean;
  /** The next keyset page of applications, when there are more. */
  nextPage?: string | null;
}

/** The applicant's overview: ideas, applications with the applicant-facing status, deadlines and meetings. */
export function OverviewPage({ ctx, mine, others, ideas, pools, canApply, nextPage = null }: OverviewProps) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t({ da: 'Ansøgninger', en: 'Applications' })}>
      <h1>{t({ da: 'Ansøgninger', en: 'Applications' })}</h1>
      {canApply ? (
        <p>
          <ButtonLink href={paths.ideas.create()} variant="secondary" icon="plus">
            {t({ da: 'Ny idé', en: 'New idea' })}
          </ButtonLink>{' '}
          <ButtonLink href={paths.applications.create()} icon="plus">
            {t({ da: 'Ny ansøgning', en: 'New application' })}
          </ButtonLink>
        </p>
      ) : null}
      <h2>{t({ da: 'Frister og møder', en: 'Deadlines and meetings' })}</h2>
      {pools.length === 0 ? (
        <p>{t({ da: 'Der er ingen åbne puljer lige nu.', en: 'There are no open pools right now.' })}</p>
      ) : (
        <Table
          caption={t({ da: 'Puljer', en: 'Pools' })}
          captionClass="sr-only"
          columns={[
            { label: t({ da: 'Pulje', en: 'Pool' }) },
            { label: t({ da: 'Ansøgningsfrist', en: 'Deadline' }) },
            { label: t({ da: 'Næste møde', en: 'Next meeting' }) },
          ]}
          rows={pools.map((p) => [
            p.name,
            <PoolDeadline ctx={ctx} pool={p} />,
            p.closed
              ? '–'
              : p.nextMeeting
                ? `${formatDateTime(p.nextMeeting.startsAt, ctx.locale)} (${p.nextMeeting.bodyName})`
                : t({ da: 'Intet møde planlagt', en: 'No meeting planned' }),
          ])}
        />
      )}
      <h2>{t({ da: 'Mine ansøgninger', en: 'My applications' })}</h2>
      {mine.length === 0 ? (
        <p>{t({ da: 'Du har ingen ansøgninger endnu.', en: 'You have no applications yet.' })}</p>
      ) : (
        <ApplicationsTable ctx={ctx} rows={mine} caption={t({ da: 'Mine ansøgninger', en: 'My applications' })} />
      )}
      <h2>{t({ da: 'Mine idéer', en: 'My ideas' })}</h2>
      {ideas.length === 0 ? (
        <p>
          {t({
            da: 'Du har ingen idéer endnu. En idé er en kort beskrivelse, som sekretariatet giver sparring på, før du søger.',
            en: 'You have no ideas yet. An idea is a short description the secretariat advises on before you apply.',
          })}
        </p>
      ) : (
        <IdeasTable ctx={ctx} ideas={ideas} caption={t({ da: 'Mine idéer', en: 'My ideas' })} />
      )}
      {others.length > 0 ? (
        <>
          <h2>{t({ da: 'Organisationens ansøgninger', en: "The organisation's applications" })}</h2>
          <ApplicationsTable ctx={ctx} rows={others} caption={t({ da: 'Organisationens ansøgninger', en: "The organisation's applications" })} staff />
        </>
      ) : null}
      <NextPageLink ctx={ctx} href={nextPage} />
    </Layout>
  );
}

export function NewApplicationPage({
  ctx,
  pools,
  values,
  errors,
}: {
  ctx: PageContext;
  pools: OpenPool[];
  values: { poolId?: string; title?: string };
  /** By form field name. */
  errors?: Record<string, string>;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t({ da: 'Ny ansøgning', en: 'New application' })}>
      <BackLink href={paths.applications.list()} text={t({ da: 'Ansøgninger', en: 'Applications' })} />
      <h1>{t({ da: 'Ny ansøgning', en: 'New application' })}</h1>
      {pools.length === 0 ? (
        <Alert variant="info" heading={t({ da: 'Ingen åbne puljer', en: 'No open pools' })} headingLevel="h2">
          {t({ da: 'Der er ingen puljer, du kan søge lige nu.', en: 'There are no pools you can apply to right now.' })}
        </Alert>
      ) : (
        <PostForm ctx={ctx} action={paths.applications.create()} errors={errors} submit={t({ da: 'Opret kladde', en: 'Create draft' })}>
          <Select
            name="poolId"
            label={t({ da: 'Pulje', en: 'Pool' })}
            value={values.poolId}
            error={errors?.poolId}
            options={[{ value: '', label: t({ da: 'Vælg', en: 'Choose' }) }, ...pools.map((p) => ({ value: p.id, label: p.name }))]}
          />
          <TextInput name="title" label={t({ da: 'Projektets titel', en: 'Project title' })} value={values.title} error={errors?.title} />
        </PostForm>
      )}
    </Layout>
  );
}
