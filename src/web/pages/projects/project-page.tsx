import type { Child } from 'hono/jsx';
import { stateInfo } from '../../../domain/application-workflow.js';
import type { Message } from '../../../errors.js';
import type { ProjectView } from '../../../usecases/projects/get-project.js';
import { Alert, Badge, StructuredList, Table } from '../../components/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { Layout } from '../layout.js';
import { date, dateTime, historyLabels, kr, reportName, ReportStatusBadge } from './kit.js';
import { backTo } from '../../back-link.js';
import { ConsultantForm, MilestoneForm, StartForm } from './project-forms.js';

export interface ProjectPageProps {
  ctx: PageContext;
  project: ProjectView;
  notice?: Message | undefined;
  /** Form values and errors for the form that was posted (start, consultant, milestone). */
  form?: { name: 'start' | 'consultants' | 'milestone'; values: Record<string, unknown>; errors: Record<string, string> };
  /** The evaluation, outcome decision, handover and changes (ProjectOutcomeSection over getProjectOutcome). */
  outcome?: Child;
}

/** The project page: decision, money, phase, next report, reports, milestones, result goals, consultants, history. */
export function ProjectPage({ ctx, project: p, notice, form, outcome }: ProjectPageProps) {
  const { t } = ctx;
  const a = p.application;
  const state = stateInfo(a.state);
  const title = t({ da: `Projekt: ${a.title}`, en: `Project: ${a.title}` });
  const formOf = (name: 'start' | 'consultants' | 'milestone') => (form?.name === name ? form : { values: {}, errors: {} });
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {notice ? (
        <Alert variant="success" heading={t({ da: 'Gemt', en: 'Saved' })}>
          {t(notice)}
        </Alert>
      ) : null}
      {p.nextReport?.status === 'overdue' ? (
        <Alert variant="error" heading={t({ da: 'En rapport er over fristen', en: 'A report is overdue' })}>
          {t({
            da: `${reportName(ctx, p.nextReport)} skulle have været afleveret ${date(ctx, p.nextReport.dueOn)}.`,
            en: `${reportName(ctx, p.nextReport)} was due on ${date(ctx, p.nextReport.dueOn)}.`,
          })}
        </Alert>
      ) : null}
      <StructuredList
        rows={[
          {
            label: t({ da: 'Sagsnummer', en: 'Case number' }),
            value: <a href={paths.applications.show({ applicationId: a.id }, backTo(ctx.path))}>{a.caseNumber}</a>,
          },
          { label: t({ da: 'Pulje', en: 'Pool' }), value: <a href={paths.pools.show({ poolId: a.poolId })}>{a.poolName}</a> },
          { label: t({ da: 'Status', en: 'Status' }), value: <Badge text={t(state.staff)} variant={state.badge} /> },
          {
            label: t({ da: 'Fase', en: 'Phase' }),
            value: p.phase
              ? t({
                  da: `${p.phase.label} (fase ${p.phase.index + 1} af ${p.phase.of.length})`,
                  en: `${p.phase.label} (phase ${p.phase.index + 1} of ${p.phase.of.length})`,
                })
              : t(state.staff),
          },
          { label: t({ da: 'Projektleder', en: 'Project lead' }), value: `${a.leadName}${a.leadDepartmentName ? `, ${a.leadDepartmentName}` : ''}` },
          { label: t({ da: 'Igangsat', en: 'Started' }), value: date(ctx, p.startedOn, { da: 'Ikke igangsat endnu', en: 'Not started yet' }) },
          { label: t({ da: 'Planlagt slut', en: 'Planned end' }), value: date(ctx, p.plannedEndOn) },
          {
            label: t({ da: 'Næste rapport', en: 'Next report' }),
            value: p.nextReport ? (
              <>
                <a href={paths.projects.report({ applicationId: a.id, reportId: p.nextReport.id })}>{reportName(ctx, p.nextReport)}</a>
                {`, ${t({ da: 'frist', en: 'due' })} ${date(ctx, p.nextReport.dueOn)} `}
                <ReportStatusBadge ctx={ctx} status={p.nextReport.status} />
              </>
            ) : (
              t({ da: 'Ingen rapporter venter', en: 'No reports waiting' })
            ),
          },
        ]}
      />
      {p.can.start ? <StartForm ctx={ctx} applicationId={a.id} {...formOf('start')} /> : null}
      <h2>{t({ da: 'Bevilling', en: 'Grant' })}</h2>
      <Decision ctx={ctx} project={p} />
      <h2>{t({ da: 'Opfølgningsrapporter', en: 'Follow-up reports' })}</h2>
      {p.reports.length === 0 ? (
        <p>{t({ da: 'Rapporterne planlægges, når projektet igangsættes.', en: 'The reports are scheduled when the project starts.' })}</p>
      ) : (
        <Table
          caption={t({ da: 'Projektets opfølgningsrapporter', en: "The project's follow-up reports" })}
          captionClass="sr-only"
          columns={[
            { label: t({ da: 'Rapport', en: 'Report' }), rowHeader: true },
            { label: t({ da: 'Frist', en: 'Due' }), class: 'date' },
            { label: t({ da: 'Status', en: 'Status' }) },
            { label: t({ da: 'Version', en: 'Version' }), numeric: true },
          ]}
          rows={p.reports.map((r) => [
            <a href={paths.projects.report({ applicationId: a.id, reportId: r.id })}>{reportName(ctx, r)}</a>,
            date(ctx, r.dueOn),
            <>
              <ReportStatusBadge ctx={ctx} status={r.status} />
              {r.skipReason ? ` ${r.skipReason}` : ''}
            </>,
            r.currentVersion === 0 ? '–' : String(r.currentVersion),
          ])}
        />
      )}
      {p.can.reviewReports && p.startedOn ? (
        <p>
          <a href={paths.projects.newReport({ applicationId: a.id })}>
            {t({ da: 'Tilføj en ekstra rapport eller slutrapport', en: 'Add an ad hoc or final report' })}
          </a>
        </p>
      ) : null}
      <h2>{t({ da: 'Resultatmål', en: 'Result goals' })}</h2>
      {p.goals.length === 0 ? (
        <p>{t({ da: 'Ansøgningen har ingen resultatmål.', en: 'The application has no result goals.' })}</p>
      ) : (
        <Table
          caption={t({ da: 'Resultatmål med seneste målte værdi', en: 'Result goals with the latest measured value' })}
          captionClass="sr-only"
          columns={[
            { label: t({ da: 'Indikator', en: 'Indicator' }), rowHeader: true },
            { label: t({ da: 'Udgangspunkt', en: 'Baseline' }) },
            { label: t({ da: 'Mål', en: 'Target' }) },
            { label: t({ da: 'Seneste måling', en: 'Latest measurement' }) },
            { label: t({ da: 'På sporet', en: 'On track' }) },
          ]}
          rows={p.goals.map((g) => {
            const last = g.values.at(-1);
            return [
              g.indicator,
              g.baseline,
              g.target,
              last ? `${last.value}${last.measuredOn ? ` (${date(ctx, last.measuredOn)})` : ''}` : t({ da: 'Ikke målt endnu', en: 'Not measured yet' }),
              last?.onTrack === true ? t({ da: 'Ja', en: 'Yes' }) : last?.onTrack === false ? t({ da: 'Nej', en: 'No' }) : '–',
            ];
          })}
        />
      )}
      <h2>{t({ da: 'Milepæle', en: 'Milestones' })}</h2>
      {p.milestones.length === 0 ? (
        <p>{t({ da: 'Ingen milepæle.', en: 'No milestones.' })}</p>
      ) : (
        <Table
          caption={t({ da: 'Milepæle, planlagt og faktisk', en: 'Milestones, planned and actual' })}
          captionClass="sr-only"
          columns={[
            { label: t({ da: 'Milepæl', en: 'Milestone' }), rowHeader: true },
            { label: t({ da: 'Planlagt', en: 'Planned' }) },
            { label: t({ da: 'Faktisk', en: 'Actual' }) },
            { label: t({ da: 'Bemærkning', en: 'Note' }) },
          ]}
          rows={p.milestones.map((m) => [m.title, date(ctx, m.plannedOn), date(ctx, m.actualOn, { da: 'Ikke nået endnu', en: 'Not reached yet' }), m.note])}
        />
      )}
      {p.can.recordMilestone ? <MilestoneForm ctx={ctx} applicationId={a.id} milestones={p.milestones} {...formOf('milestone')} /> : null}
      <h2>{t({ da: 'Velfærdsteknologiske konsulenter', en: 'Welfare-technology consultants' })}</h2>
      {p.consultants.length === 0 ? (
        <p>{t({ da: 'Ingen konsulenter tilknyttet.', en: 'No consultants assigned.' })}</p>
      ) : (
        <ul>
          {p.consultants.map((c) => (
            <li>
              {c.name} ({c.email})
            </li>
          ))}
        </ul>
      )}
      {p.can.manage ? <ConsultantForm ctx={ctx} applicationId={a.id} {...formOf('consultants')} /> : null}
      {outcome ?? null}
      <h2>{t({ da: 'Historik', en: 'History' })}</h2>
      {p.history.length === 0 ? (
        <p>{t({ da: 'Ingen hændelser endnu.', en: 'No events yet.' })}</p>
      ) : (
        <Table
          caption={t({ da: 'Projektets historik, nyeste først', en: "The project's history, newest first" })}
          captionClass="sr-only"
          density="compact"
          columns={[
            { label: t({ da: 'Tidspunkt', en: 'Time' }), class: 'date', rowHeader: true },
            { label: t({ da: 'Hændelse', en: 'Event' }) },
            { label: t({ da: 'Af', en: 'By' }) },
          ]}
          rows={p.history.map((h) => [dateTime(ctx, h.at), historyLabels[h.action] ? t(historyLabels[h.action]!) : h.action, h.actorName ?? '–'])}
        />
      )}
    </Layout>
  );
}

function Decision({ ctx, project: p }: { ctx: PageContext; project: ProjectView }) {
  const { t } = ctx;
  const d = p.decision;
  const rows = [];
  if (d) {
    rows.push(
      {
        label: t({ da: 'Afgjort', en: 'Decided' }),
        value: d.meeting
          ? t({
              da: `${d.meeting.bodyName}, møde ${dateTime(ctx, d.meeting.startsAt)}`,
              en: `${d.meeting.bodyName}, meeting ${dateTime(ctx, d.meeting.startsAt)}`,
            })
          : t({ da: `Direkte afgørelse ${date(ctx, d.decidedAt)}`, en: `Direct decision ${date(ctx, d.decidedAt)}` }),
      },
      { label: t({ da: 'Budgetlinje', en: 'Budget line' }), value: d.budgetLineName ?? t({ da: 'Ikke angivet', en: 'Not given' }) },
      {
        label: t({ da: 'Beløb pr. år', en: 'Amount per year' }),
        value: d.split.map((s) => `${s.year}: ${kr(ctx, s.amountOere)}`).join(', ') || kr(ctx, d.amountOere),
      },
      { label: t({ da: 'Vilkår', en: 'Conditions' }), value: d.conditions || t({ da: 'Ingen', en: 'None' }) },
    );
  }
  if (p.money) {
    rows.push(
      { label: t({ da: 'Bevilget', en: 'Committed' }), value: kr(ctx, p.money.committedOere) },
      { label: t({ da: 'Udbetalt', en: 'Paid' }), value: kr(ctx, p.money.paidOere) },
      { label: t({ da: 'Tilbageført', en: 'Returned' }), value: kr(ctx, p.money.returnedOere) },
      {
        label: t({ da: 'Tilbage at udbetale', en: 'Left to pay' }),
        value: <a href={paths.ledger.project({ applicationId: p.application.id }, backTo(ctx.path))}>{kr(ctx, p.money.leftOere)}</a>,
      },
    );
  }
  return rows.length === 0 ? <p>{t({ da: 'Ingen afgørelse registreret.', en: 'No decision recorded.' })}</p> : <StructuredList rows={rows} />;
}
