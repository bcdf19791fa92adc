import { formatDate } from '../../../domain/dates.js';
import { paths } from '../../../paths.js';
import type { RetentionDue, RetentionDueCase } from '../../../usecases/retention/list-retention-due.js';
import { Alert, BackLink, Badge, Table, TextInput } from '../../components/index.js';
import { ButtonForm, PostForm, type FormValues } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { Layout } from '../layout.js';

export interface RetentionPageProps {
  ctx: PageContext;
  data: RetentionDue;
  values?: FormValues;
  errors?: Record<string, string>;
  notice?: string;
}

/** The closed cases due for deletion (archive export first, then delete), and the retention period. */
export function RetentionPage({ ctx, data, values, errors = {}, notice }: RetentionPageProps) {
  const { t, locale } = ctx;
  const organisationId = data.organisationId;
  const years = typeof values?.retentionYears === 'string' ? values.retentionYears : String(data.retentionYears);
  return (
    <Layout ctx={ctx} title={t({ da: 'Sletning af afsluttede sager', en: 'Deleting closed cases' })}>
      <h1>{t({ da: 'Sletning af afsluttede sager', en: 'Deleting closed cases' })}</h1>
      {notice ? (
        <Alert variant="success" heading={notice} contentContainer={false}>
          <p>{t({ da: 'Tallene til statistik er bevaret.', en: 'The figures for statistics are kept.' })}</p>
        </Alert>
      ) : null}
      <p>
        {t({
          da: `En afsluttet sag skal slettes ${data.retentionYears} år efter afslutningen. Sletningen fjerner personoplysninger og fritekst, men bevarer pulje, budgetlinje, år, beløb, kategori, projekttype, datoer og udfald. Eksportér sagen til arkivering, før den slettes.`,
          en: `A closed case must be deleted ${data.retentionYears} years after closing. Deletion removes personal data and free text but keeps pool, budget line, year, amounts, category, project type, dates and outcome. Export the case for the archive before deleting it.`,
        })}
      </p>
      <h2>{t({ da: 'Sager, der skal slettes', en: 'Cases due for deletion' })}</h2>
      {data.items.length === 0 ? (
        <p>{t({ da: 'Ingen sager skal slettes i dag.', en: 'No cases are due for deletion today.' })}</p>
      ) : (
        <Table
          caption={t({
            da: `Afsluttede sager, hvis opbevaringsperiode er udløbet (${formatDate(data.today, locale)})`,
            en: `Closed cases whose retention period has ended (${formatDate(data.today, locale)})`,
          })}
          columns={[
            { label: t({ da: 'Sag', en: 'Case' }), rowHeader: true },
            { label: t({ da: 'Pulje', en: 'Pool' }) },
            { label: t({ da: 'Afsluttet', en: 'Closed' }) },
            { label: t({ da: 'Skal slettes fra', en: 'Due from' }) },
            { label: t({ da: 'Arkiveksport', en: 'Archive export' }) },
            { label: <span class="sr-only">{t({ da: 'Handling', en: 'Action' })}</span> },
          ]}
          rows={data.items.map((i) => [
            `${i.caseNumber} ${i.title}`,
            i.poolName,
            formatDate(i.closedOn, locale),
            formatDate(i.dueOn, locale),
            i.archiveExportedAt ? (
              <Badge
                text={t({ da: `Registreret ${formatDate(i.archiveExportedAt, locale)}`, en: `Recorded ${formatDate(i.archiveExportedAt, locale)}` })}
                variant="success"
              />
            ) : (
              <ButtonForm
                ctx={ctx}
                action={paths.retention.archiveExport({ organisationId, applicationId: i.applicationId })}
                label={t({ da: 'Eksportér til arkiv', en: 'Export for the archive' })}
                srOnly={i.caseNumber}
              />
            ),
            i.archiveExportedAt ? (
              <a href={paths.admin.deleteCase({ organisationId, applicationId: i.applicationId })}>
                {t({ da: `Slet ${i.caseNumber}`, en: `Delete ${i.caseNumber}` })}
              </a>
            ) : (
              ''
            ),
          ])}
        />
      )}
      <h2>{t({ da: 'Opbevaringsperiode', en: 'Retention period' })}</h2>
      <PostForm ctx={ctx} action={paths.retention.settings({ organisationId })} errors={errors} submit={t({ da: 'Gem', en: 'Save' })}>
        <TextInput
          name="retentionYears"
          inputmode="numeric"
          label={t({ da: 'År efter afslutning', en: 'Years after closing' })}
          hint={t({ da: 'Normalt 5 år.', en: 'Usually 5 years.' })}
          value={years}
          error={errors.retentionYears}
          width="xs"
        />
      </PostForm>
    </Layout>
  );
}

/** Confirm deleting one case's personal data. */
export function DeleteCasePage({ ctx, organisationId, item, error }: { ctx: PageContext; organisationId: string; item: RetentionDueCase; error?: string }) {
  const { t, locale } = ctx;
  const title = t({ da: `Slet personoplysninger i ${item.caseNumber}`, en: `Delete personal data in ${item.caseNumber}` });
  return (
    <Layout ctx={ctx} title={title}>
      <BackLink href={paths.admin.organisationRetention({ organisationId })} text={t({ da: 'Sager, der skal slettes', en: 'Cases due for deletion' })} />
      <h1>{title}</h1>
      {error ? (
        <Alert variant="error" heading={t({ da: 'Sagen kan ikke slettes', en: 'The case cannot be deleted' })} contentContainer={false}>
          <p>{error}</p>
        </Alert>
      ) : null}
      <p>
        {t({
          da: `${item.title} (${item.poolName}) blev afsluttet ${formatDate(item.closedOn, locale)}. Navne, e-mails, beskrivelser, svar, bilag, bedømmelser, rapporter og historikkens detaljer slettes. Beløb, datoer, kategori, projekttype og udfald bevares. Det kan ikke fortrydes.`,
          en: `${item.title} (${item.poolName}) was closed on ${formatDate(item.closedOn, locale)}. Names, e-mails, descriptions, answers, attachments, reviews, reports and the history's details are deleted. Amounts, dates, category, project type and outcome are kept. This cannot be undone.`,
        })}
      </p>
      <PostForm
        ctx={ctx}
        action={paths.admin.deleteCase({ organisationId, applicationId: item.applicationId })}
        submit={t({ da: 'Slet personoplysningerne', en: 'Delete the personal data' })}
        submitVariant="warning"
        cancelHref={paths.admin.organisationRetention({ organisationId })}
      />
    </Layout>
  );
}
