import { formatDate } from '../../../domain/dates.js';
import type { WithheldFieldsView } from '../../../usecases/records/get-withheld-fields.js';
import { Button, ErrorSummary, Radios, Select, Table, TextArea } from '../../components/index.js';
import { CsrfField, PostForm } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { Layout } from '../layout.js';
import { Crumbs, SavedNotice } from '../assessment/crumbs.js';

export interface AktindsigtFormState {
  errors?: Record<string, string>;
  values?: Record<string, unknown>;
  notice?: string;
}

const v = (values: Record<string, unknown> | undefined, k: string) => (typeof values?.[k] === 'string' ? (values[k] as string) : '');

/**
 * The secretariat's aktindsigt page of a case: mark fields (a private partner's economy) to be left out
 * of an aktindsigt export, release them again, and export the case as a ZIP for aktindsigt or the archive.
 */
export function AktindsigtPage({ ctx, data, form = {} }: { ctx: PageContext; data: WithheldFieldsView; form?: AktindsigtFormState }) {
  const { t } = ctx;
  const a = data.application;
  const ids = { applicationId: a.id };
  const errors = form.errors ?? {};
  const title = t({ da: `Aktindsigt: ${a.caseNumber}`, en: `Access to documents: ${a.caseNumber}` });
  return (
    <Layout ctx={ctx} title={title}>
      <Crumbs ctx={ctx} items={[{ label: a.caseNumber, href: paths.assessment.case(ids) }, { label: t({ da: 'Aktindsigt', en: 'Access to documents' }) }]} />
      <h1>{title}</h1>
      <p class="font-lead">{a.title}</p>
      <SavedNotice ctx={ctx} notice={form.notice} />
      <ErrorSummary
        title={t({ da: 'Der er problemer', en: 'There is a problem' })}
        errors={Object.entries(errors).map(([field, message]) => ({ field, message }))}
      />
      <p>
        <a href={paths.records.journal(ids)}>{t({ da: 'Se sagens journalliste', en: "See the case's journal list" })}</a>
      </p>

      <h2>{t({ da: 'Undtagne oplysninger', en: 'Withheld information' })}</h2>
      {data.withheld.length === 0 ? (
        <p>
          {t({
            da: 'Ingen felter er undtaget. En aktindsigt udleverer hele sagen.',
            en: 'No fields are withheld. An access request hands out the whole case.',
          })}
        </p>
      ) : (
        <Table
          caption={t({ da: 'Felter, der udelades ved aktindsigt', en: 'Fields left out of an access request' })}
          columns={[
            { label: t({ da: 'Felt', en: 'Field' }), rowHeader: true },
            { label: t({ da: 'Begrundelse', en: 'Reason' }) },
            { label: t({ da: 'Markeret', en: 'Marked' }) },
            { label: <span class="sr-only">{t({ da: 'Handling', en: 'Action' })}</span> },
          ]}
          rows={data.withheld.map((w) => [
            t(w.label),
            w.reason,
            formatDate(w.markedAt, ctx.locale),
            <form method="post" action={paths.records.release(ids)} class="inline-form">
              <CsrfField ctx={ctx} />
              <input type="hidden" name="fieldPath" value={w.fieldPath} />
              <Button variant="secondary" srOnly={t(w.label)}>
                {t({ da: 'Frigiv', en: 'Release' })}
              </Button>
            </form>,
          ])}
        />
      )}

      <h2>{t({ da: 'Undtag en oplysning', en: 'Withhold information' })}</h2>
      <PostForm ctx={ctx} action={paths.records.withhold(ids)} summary={false} class="mb-5" submit={t({ da: 'Undtag feltet', en: 'Withhold the field' })}>
        <Select
          name="fieldPath"
          label={t({ da: 'Felt i ansøgningen', en: 'Field of the application' })}
          hint={t({
            da: 'Vælg en hel række for at udelade alle partnerens oplysninger.',
            en: "Choose a whole row to leave out all of the partner's information.",
          })}
          options={[{ value: '', label: t({ da: 'Vælg feltet', en: 'Choose the field' }) }, ...data.choices.map((c) => ({ value: c.path, label: t(c.label) }))]}
          value={v(form.values, 'fieldPath')}
          error={errors.fieldPath}
        />
        <TextArea
          name="reason"
          rows={3}
          label={t({ da: 'Begrundelse', en: 'Reason' })}
          hint={t({
            da: 'Fx oplysninger om en virksomheds drifts- eller forretningsforhold (offentlighedslovens § 30, nr. 2).',
            en: "E.g. information on a company's operations or business (section 30(2) of the Danish Access to Public Administration Files Act).",
          })}
          value={v(form.values, 'reason')}
          error={errors.reason}
        />
      </PostForm>

      <h2>{t({ da: 'Eksportér sagen', en: 'Export the case' })}</h2>
      <PostForm ctx={ctx} action={paths.records.export(ids)} summary={false} submit={t({ da: 'Eksportér sagen', en: 'Export the case' })}>
        <Radios
          name="purpose"
          legend={t({ da: 'Formål', en: 'Purpose' })}
          hint={t({
            da: 'Du får en ZIP-fil med sag.pdf, journalliste.csv og alle bilag. Eksporten registreres.',
            en: 'You get a ZIP file with sag.pdf, journalliste.csv and every attachment. The export is recorded.',
          })}
          error={errors.purpose}
          items={[
            {
              value: 'aktindsigt',
              label: t({ da: 'Aktindsigt', en: 'Access to documents' }),
              hint: t({ da: 'De undtagne felter udelades, og det fremgår.', en: 'The withheld fields are left out, and the export says so.' }),
              checked: v(form.values, 'purpose') === 'aktindsigt',
            },
            {
              value: 'archive',
              label: t({ da: 'Arkivering', en: 'Archive' }),
              hint: t({ da: 'Hele sagen, uden undtagelser.', en: 'The whole case, nothing left out.' }),
              checked: v(form.values, 'purpose') === 'archive',
            },
          ]}
        />
      </PostForm>
    </Layout>
  );
}
