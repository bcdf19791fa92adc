import { COST_TYPES } from '../../../domain/application-content.js';
import type { FollowUpReportView } from '../../../usecases/projects/get-follow-up-report.js';
import type { Message } from '../../../errors.js';
import { Alert, BackLink, Button, FileInput, Select, TextArea, TextInput } from '../../components/index.js';
import { PostForm, valueAt } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { Layout } from '../layout.js';
import { date, kr, reportName } from './kit.js';
import { COST_TYPE_LABELS } from './report-form-mapping.js';

export interface ReportFormPageProps {
  ctx: PageContext;
  view: FollowUpReportView;
  values: Record<string, unknown>;
  errors: Record<string, string>;
  notice?: Message | undefined;
}

/** Write a follow-up report: save as a draft as often as needed, then submit. */
export function ReportFormPage({ ctx, view: v, values, errors, notice }: ReportFormPageProps) {
  const { t } = ctx;
  const ref = { applicationId: v.project.id, reportId: v.report.id };
  const title = t({ da: `Skriv rapporten: ${reportName(ctx, v.report)}`, en: `Write the report: ${reportName(ctx, v.report)}` });
  const val = (name: string) => valueAt(values, name);
  const spendingRows = Math.max(3, ((values.content as { spending?: unknown[] } | undefined)?.spending?.length ?? 0) + 2);
  const milestoneRows = Math.max(2, ((values.content as { milestones?: unknown[] } | undefined)?.milestones?.length ?? 0) + 1);
  const text = (name: string, label: string, width: 'xs' | 's' | 'm' | 'l' | 'xl' = 'xl', hint?: string) => (
    <TextInput name={name} label={label} hint={hint} value={val(name)} error={errors[name]} width={width} />
  );
  return (
    <Layout ctx={ctx} title={title}>
      <BackLink href={paths.projects.report(ref)} text={t({ da: 'Tilbage til rapporten', en: 'Back to the report' })} />
      <h1>{title}</h1>
      {notice ? (
        <Alert variant="success" heading={t({ da: 'Gemt', en: 'Saved' })}>
          {t(notice)}
        </Alert>
      ) : null}
      <p>{t({ da: `${v.project.title}. Frist ${date(ctx, v.report.dueOn)}.`, en: `${v.project.title}. Due ${date(ctx, v.report.dueOn)}.` })}</p>
      <PostForm ctx={ctx} action={paths.projects.editReport(ref)} errors={errors}>
        <h2>{t({ da: 'Resultatmål', en: 'Result goals' })}</h2>
        {v.goals.map((g, i) => {
          const at = (k: string) => `content[goals][${i}][${k}]`;
          return (
            <fieldset>
              <legend class="h3">{g.indicator}</legend>
              <p>
                {t({ da: `Udgangspunkt: ${g.baseline || '–'}. Mål: ${g.target || '–'}.`, en: `Baseline: ${g.baseline || '–'}. Target: ${g.target || '–'}.` })}
              </p>
              <input type="hidden" name={at('goalIndex')} value={String(i)} />
              {text(at('value'), t({ da: 'Målt værdi', en: 'Measured value' }), 'm')}
              {text(at('measuredOn'), t({ da: 'Målt den', en: 'Measured on' }), 's', t({ da: 'Fx 20.08.2027', en: 'E.g. 20.08.2027' }))}
              {text(at('method'), t({ da: 'Sådan er der målt', en: 'How it was measured' }))}
              <Select
                name={at('onTrack')}
                label={t({ da: 'Er målet på sporet?', en: 'Is the goal on track?' })}
                value={val(at('onTrack'))}
                error={errors[at('onTrack')]}
                options={[
                  { value: '', label: t({ da: 'Vælg', en: 'Choose' }) },
                  { value: 'yes', label: t({ da: 'Ja', en: 'Yes' }) },
                  { value: 'no', label: t({ da: 'Nej', en: 'No' }) },
                ]}
              />
              <TextArea name={at('comment')} label={t({ da: 'Kommentar', en: 'Comment' })} value={val(at('comment'))} error={errors[at('comment')]} rows={2} />
            </fieldset>
          );
        })}
        <h2>{t({ da: 'Realiserede gevinster', en: 'Gains realised' })}</h2>
        <p>
          {t({
            da: `Business casen forventede ${v.expected.hoursFreedPerYear ?? '–'} frigjorte timer og ${kr(ctx, v.expected.kronerSavedPerYearOere, { da: '–', en: '–' })} om året.`,
            en: `The business case expected ${v.expected.hoursFreedPerYear ?? '–'} hours freed and ${kr(ctx, v.expected.kronerSavedPerYearOere, { da: '–', en: '–' })} a year.`,
          })}
        </p>
        {text('content[hoursFreedPerYear]', t({ da: 'Frigjorte timer pr. år', en: 'Hours freed per year' }), 's')}
        {text('content[kronerSavedPerYear]', t({ da: 'Sparede kroner pr. år', en: 'Kroner saved per year' }), 'm')}
        <TextArea
          name="content[gainsComment]"
          label={t({ da: 'Om gevinsterne', en: 'About the gains' })}
          value={val('content[gainsComment]')}
          error={errors['content[gainsComment]']}
          rows={3}
        />
        <h2>{t({ da: 'Forbrug til dato', en: 'Spending to date' })}</h2>
        <p>
          {v.payouts
            ? t({
                da: `Udbetalt fra puljen: ${v.payouts.map((p) => `${p.year}: ${kr(ctx, p.paidOere)}`).join(', ') || kr(ctx, 0)}.`,
                en: `Paid from the pool: ${v.payouts.map((p) => `${p.year}: ${kr(ctx, p.paidOere)}`).join(', ') || kr(ctx, 0)}.`,
              })
            : null}
        </p>
        {Array.from({ length: spendingRows }, (_, i) => {
          const at = (k: string) => `content[spending][${i}][${k}]`;
          return (
            <fieldset>
              <legend>{t({ da: `Forbrug, række ${i + 1}`, en: `Spending, row ${i + 1}` })}</legend>
              {text(at('year'), t({ da: 'År', en: 'Year' }), 'xs')}
              <Select
                name={at('costType')}
                label={t({ da: 'Udgiftstype', en: 'Cost type' })}
                value={val(at('costType'))}
                error={errors[at('costType')]}
                options={COST_TYPES.map((c) => ({ value: c, label: t(COST_TYPE_LABELS[c]) }))}
              />
              {text(at('amount'), t({ da: 'Beløb i kroner', en: 'Amount in kroner' }), 'm')}
            </fieldset>
          );
        })}
        <h2>{t({ da: 'Milepæle', en: 'Milestones' })}</h2>
        {Array.from({ length: milestoneRows }, (_, i) => {
          const at = (k: string) => `content[milestones][${i}][${k}]`;
          return (
            <fieldset>
              <legend>{t({ da: `Milepæl ${i + 1}`, en: `Milestone ${i + 1}` })}</legend>
              {text(at('title'), t({ da: 'Milepæl', en: 'Milestone' }))}
              {text(at('plannedOn'), t({ da: 'Planlagt dato', en: 'Planned date' }), 's')}
              {text(at('actualOn'), t({ da: 'Faktisk dato', en: 'Actual date' }), 's')}
              {text(at('comment'), t({ da: 'Kommentar', en: 'Comment' }))}
            </fieldset>
          );
        })}
        <h2>{t({ da: 'Erfaringer og udbredelse', en: 'Lessons and adoption' })}</h2>
        <TextArea
          name="content[lessons]"
          label={t({ da: 'Hvad har I lært?', en: 'What have you learnt?' })}
          value={val('content[lessons]')}
          error={errors['content[lessons]']}
          rows={5}
        />
        <TextArea
          name="content[adoption]"
          label={t({ da: 'Hvordan kan andre enheder tage teknologien i brug?', en: 'How could other units adopt the technology?' })}
          value={val('content[adoption]')}
          error={errors['content[adoption]']}
          rows={5}
        />
        <Button name="handling" value="gem" variant="secondary">
          {t({ da: 'Gem kladde', en: 'Save draft' })}
        </Button>{' '}
        <Button name="handling" value="indsend">
          {t({ da: 'Indsend rapporten', en: 'Submit the report' })}
        </Button>
      </PostForm>
      <h2>{t({ da: 'Bilag', en: 'Attachments' })}</h2>
      <ul>
        {v.attachments.map((a) => (
          <li>
            <a href={paths.projects.reportAttachment({ ...ref, attachmentId: a.id })}>{a.fileName}</a>
          </li>
        ))}
      </ul>
      <PostForm
        ctx={ctx}
        action={paths.projects.reportAttachments(ref)}
        multipart
        summary={false}
        submit={t({ da: 'Vedhæft', en: 'Attach' })}
        submitVariant="secondary"
      >
        <FileInput
          name="file"
          label={t({ da: 'Vedhæft en fil (PDF, Office eller billede)', en: 'Attach a file (PDF, Office or image)' })}
          error={errors.file}
        />
      </PostForm>
    </Layout>
  );
}
