import type { Message } from '../../../errors.js';
import { spentOf } from '../../../domain/follow-up-content.js';
import type { FollowUpReportView } from '../../../usecases/projects/get-follow-up-report.js';
import { Alert, BackLink, ButtonLink, Radios, StructuredList, Table, TextArea, TextInput } from '../../components/index.js';
import { PostForm } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { Layout } from '../layout.js';
import { date, dateTime, kr, reportName, ReportStatusBadge, textOf } from './kit.js';
import { COST_TYPE_LABELS } from './report-form-mapping.js';

export interface ReportPageProps {
  ctx: PageContext;
  view: FollowUpReportView;
  notice?: Message | undefined;
  form?: { name: 'review' | 'reschedule'; values: Record<string, unknown>; errors: Record<string, string> };
}

/** A follow-up report as submitted (or its working copy), with the secretariat's review and reschedule forms. */
export function ReportPage({ ctx, view: v, notice, form }: ReportPageProps) {
  const { t } = ctx;
  const ref = { applicationId: v.project.id, reportId: v.report.id };
  const title = `${reportName(ctx, v.report)}: ${v.project.title}`;
  const c = v.content;
  const yes = t({ da: 'Ja', en: 'Yes' });
  const no = t({ da: 'Nej', en: 'No' });
  const formOf = (name: 'review' | 'reschedule') => (form?.name === name ? form : { values: {}, errors: {} });
  return (
    <Layout ctx={ctx} title={title}>
      <BackLink href={paths.projects.show({ applicationId: v.project.id })} text={t({ da: 'Tilbage til projektet', en: 'Back to the project' })} />
      <h1>{title}</h1>
      {notice ? (
        <Alert variant="success" heading={t({ da: 'Gemt', en: 'Saved' })}>
          {t(notice)}
        </Alert>
      ) : null}
      {v.report.status === 'changes_requested' ? (
        <Alert variant="warning" heading={t({ da: 'Sekretariatet beder om rettelser', en: 'The secretariat asks for changes' })}>
          {v.report.reviewComment}
        </Alert>
      ) : null}
      <StructuredList
        rows={[
          { label: t({ da: 'Status', en: 'Status' }), value: <ReportStatusBadge ctx={ctx} status={v.report.status} /> },
          { label: t({ da: 'Frist', en: 'Due' }), value: date(ctx, v.report.dueOn) },
          ...(v.report.skipReason
            ? [{ label: t({ da: 'Begrundelse for at rapporten udgår', en: 'Why the report is skipped' }), value: v.report.skipReason }]
            : []),
          {
            label: t({ da: 'Viser', en: 'Showing' }),
            value:
              v.shownVersion !== null
                ? t({ da: `Version ${v.shownVersion}`, en: `Version ${v.shownVersion}` })
                : v.report.draftSavedAt
                  ? t({ da: `Kladde gemt ${dateTime(ctx, v.report.draftSavedAt)}`, en: `Draft saved ${dateTime(ctx, v.report.draftSavedAt)}` })
                  : v.report.currentVersion > 0
                    ? t({ da: `Version ${v.report.currentVersion}`, en: `Version ${v.report.currentVersion}` })
                    : t({ da: 'Ikke påbegyndt', en: 'Not started' }),
          },
        ]}
      />
      {v.can.write ? (
        <p>
          <ButtonLink href={paths.projects.editReport(ref)}>{t({ da: 'Skriv rapporten', en: 'Write the report' })}</ButtonLink>
        </p>
      ) : null}
      <h2>{t({ da: 'Resultatmål', en: 'Result goals' })}</h2>
      <Table
        caption={t({ da: 'Målte værdier pr. resultatmål', en: 'Measured values per result goal' })}
        captionClass="sr-only"
        columns={[
          { label: t({ da: 'Indikator', en: 'Indicator' }), rowHeader: true },
          { label: t({ da: 'Mål', en: 'Target' }) },
          { label: t({ da: 'Målt værdi', en: 'Measured value' }) },
          { label: t({ da: 'Målt', en: 'Measured' }) },
          { label: t({ da: 'Metode', en: 'Method' }) },
          { label: t({ da: 'På sporet', en: 'On track' }) },
          { label: t({ da: 'Kommentar', en: 'Comment' }) },
        ]}
        rows={v.goals.map((g, i) => {
          const m = c.goals.find((x) => x.goalIndex === i);
          return [
            g.indicator,
            g.target,
            m?.value || '–',
            date(ctx, m?.measuredOn || null, { da: '–', en: '–' }),
            m?.method ?? '',
            m?.onTrack === 'yes' ? yes : m?.onTrack === 'no' ? no : '–',
            m?.comment ?? '',
          ];
        })}
      />
      <h2>{t({ da: 'Gevinster i forhold til business casen', en: 'Gains against the business case' })}</h2>
      <Table
        caption={t({ da: 'Realiserede og forventede gevinster pr. år', en: 'Realised and expected gains per year' })}
        captionClass="sr-only"
        columns={[
          { label: t({ da: 'Gevinst', en: 'Gain' }), rowHeader: true },
          { label: t({ da: 'Realiseret', en: 'Realised' }), numeric: true },
          { label: t({ da: 'Forventet', en: 'Expected' }), numeric: true },
        ]}
        rows={[
          [
            t({ da: 'Frigjorte timer pr. år', en: 'Hours freed per year' }),
            c.hoursFreedPerYear === null ? '–' : String(c.hoursFreedPerYear),
            v.expected.hoursFreedPerYear === null ? '–' : String(v.expected.hoursFreedPerYear),
          ],
          [
            t({ da: 'Sparede kroner pr. år', en: 'Kroner saved per year' }),
            kr(ctx, c.kronerSavedPerYearOere, { da: '–', en: '–' }),
            kr(ctx, v.expected.kronerSavedPerYearOere, { da: '–', en: '–' }),
          ],
        ]}
      />
      {c.gainsComment ? <p>{c.gainsComment}</p> : null}
      <h2>{t({ da: 'Forbrug til dato', en: 'Spending to date' })}</h2>
      <SpendingTable ctx={ctx} view={v} />
      <h2>{t({ da: 'Milepæle', en: 'Milestones' })}</h2>
      {c.milestones.length === 0 ? (
        <p>–</p>
      ) : (
        <Table
          caption={t({ da: 'Milepæle, planlagt og faktisk', en: 'Milestones, planned and actual' })}
          captionClass="sr-only"
          columns={[
            { label: t({ da: 'Milepæl', en: 'Milestone' }), rowHeader: true },
            { label: t({ da: 'Planlagt', en: 'Planned' }) },
            { label: t({ da: 'Faktisk', en: 'Actual' }) },
            { label: t({ da: 'Kommentar', en: 'Comment' }) },
          ]}
          rows={c.milestones.map((m) => [
            m.title,
            date(ctx, m.plannedOn || null, { da: '–', en: '–' }),
            date(ctx, m.actualOn || null, { da: 'Ikke nået', en: 'Not reached' }),
            m.comment,
          ])}
        />
      )}
      <h2>{t({ da: 'Erfaringer', en: 'Lessons' })}</h2>
      <p>{c.lessons || '–'}</p>
      <h2>{t({ da: 'Sådan kan andre enheder tage teknologien i brug', en: 'How other units could adopt the technology' })}</h2>
      <p>{c.adoption || '–'}</p>
      <h2>{t({ da: 'Bilag', en: 'Attachments' })}</h2>
      {v.attachments.length === 0 ? (
        <p>{t({ da: 'Ingen bilag.', en: 'No attachments.' })}</p>
      ) : (
        <ul>
          {v.attachments.map((a) => (
            <li>
              <a href={paths.projects.reportAttachment({ ...ref, attachmentId: a.id })}>{a.fileName}</a>
            </li>
          ))}
        </ul>
      )}
      {v.versions.length > 0 ? (
        <>
          <h2>{t({ da: 'Versioner', en: 'Versions' })}</h2>
          <ul>
            {v.versions.map((x) => (
              <li>
                <a href={paths.projects.report(ref, { version: x.number })}>{t({ da: `Version ${x.number}`, en: `Version ${x.number}` })}</a>
                {`, ${dateTime(ctx, x.submittedAt)}, ${x.submittedByName}`}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {v.can.review ? <ReviewForm ctx={ctx} action={paths.projects.reviewReport(ref)} {...formOf('review')} /> : null}
      {v.can.reschedule ? <RescheduleForm ctx={ctx} action={paths.projects.rescheduleReport(ref)} {...formOf('reschedule')} /> : null}
    </Layout>
  );
}

function SpendingTable({ ctx, view: v }: { ctx: PageContext; view: FollowUpReportView }) {
  const { t } = ctx;
  const years = [...new Set([...v.content.spending.map((s) => s.year), ...v.budget.map((b) => b.year), ...(v.payouts ?? []).map((p) => p.year)])].sort();
  const rows = years.map((y) => {
    const spent = v.content.spending.filter((s) => s.year === y);
    const byType = spent.map((s) => `${t(COST_TYPE_LABELS[s.costType])}: ${kr(ctx, s.amountOere)}`).join(', ');
    const paid = v.payouts?.find((p) => p.year === y)?.paidOere ?? 0;
    return [
      String(y),
      byType || '–',
      kr(
        ctx,
        spent.reduce((s, r) => s + r.amountOere, 0),
      ),
      kr(
        ctx,
        v.budget.filter((b) => b.year === y).reduce((s, b) => s + b.amountOere, 0),
      ),
      v.payouts ? kr(ctx, paid) : '–',
    ];
  });
  return (
    <Table
      caption={t({ da: 'Forbrug pr. år og udgiftstype, budget og udbetalt fra puljen', en: 'Spending per year and cost type, budget and paid from the pool' })}
      columns={[
        { label: t({ da: 'År', en: 'Year' }), rowHeader: true },
        { label: t({ da: 'Forbrug pr. udgiftstype', en: 'Spending per cost type' }) },
        { label: t({ da: 'Forbrug i alt', en: 'Total spent' }), numeric: true },
        { label: t({ da: 'Budget i ansøgningen', en: 'Budget in the application' }), numeric: true },
        { label: t({ da: 'Udbetalt fra puljen', en: 'Paid from the pool' }), numeric: true },
      ]}
      rows={rows}
      footerRows={[
        [
          t({ da: 'I alt', en: 'Total' }),
          '',
          kr(ctx, spentOf(v.content)),
          kr(
            ctx,
            v.budget.reduce((s, b) => s + b.amountOere, 0),
          ),
          v.payouts
            ? kr(
                ctx,
                v.payouts.reduce((s, p) => s + p.paidOere, 0),
              )
            : '–',
        ],
      ]}
    />
  );
}

function ReviewForm({ ctx, action, values, errors }: { ctx: PageContext; action: string; values: Record<string, unknown>; errors: Record<string, string> }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="review-heading">
      <h2 id="review-heading">{t({ da: 'Vurdér rapporten', en: 'Review the report' })}</h2>
      <PostForm ctx={ctx} action={action} errors={errors} submit={t({ da: 'Gem vurdering', en: 'Save review' })}>
        <Radios
          name="outcome"
          legend={t({ da: 'Vurdering', en: 'Review' })}
          error={errors.outcome}
          items={[
            { value: 'accept', label: t({ da: 'Godkend rapporten', en: 'Accept the report' }), checked: textOf(values.outcome) === 'accept' },
            { value: 'request_changes', label: t({ da: 'Bed om rettelser', en: 'Ask for changes' }), checked: textOf(values.outcome) === 'request_changes' },
          ]}
        />
        <TextArea
          name="comment"
          label={t({ da: 'Kommentar til projektet', en: 'Comment to the project' })}
          hint={t({ da: 'Skal udfyldes, når I beder om rettelser', en: 'Required when asking for changes' })}
          value={textOf(values.comment)}
          error={errors.comment}
          rows={3}
        />
      </PostForm>
    </section>
  );
}

function RescheduleForm({
  ctx,
  action,
  values,
  errors,
}: {
  ctx: PageContext;
  action: string;
  values: Record<string, unknown>;
  errors: Record<string, string>;
}) {
  const { t } = ctx;
  return (
    <section aria-labelledby="reschedule-heading">
      <h2 id="reschedule-heading">{t({ da: 'Flyt fristen, eller lad rapporten udgå', en: 'Move the due date, or skip the report' })}</h2>
      <PostForm ctx={ctx} action={action} errors={errors} submit={t({ da: 'Gem', en: 'Save' })} submitVariant="secondary">
        <Radios
          name="action"
          legend={t({ da: 'Hvad skal der ske?', en: 'What should happen?' })}
          error={errors.action}
          items={[
            { value: 'move', label: t({ da: 'Flyt fristen', en: 'Move the due date' }), checked: textOf(values.action) === 'move' },
            { value: 'skip', label: t({ da: 'Rapporten udgår', en: 'Skip the report' }), checked: textOf(values.action) === 'skip' },
          ]}
        />
        <TextInput
          name="dueOn"
          label={t({ da: 'Ny frist', en: 'New due date' })}
          hint={t({ da: 'Kun når fristen flyttes, fx 01.10.2027', en: 'Only when moving, e.g. 01.10.2027' })}
          value={textOf(values.dueOn)}
          error={errors.dueOn}
          width="s"
        />
        <TextArea name="reason" label={t({ da: 'Begrundelse', en: 'Reason' })} value={textOf(values.reason)} error={errors.reason} rows={2} />
      </PostForm>
    </section>
  );
}
