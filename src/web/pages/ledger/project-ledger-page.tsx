import { formatDate } from '../../../domain/dates.js';
import { formatKroner } from '../../../domain/money.js';
import type { Message } from '../../../errors.js';
import type { ProjectLedger } from '../../../usecases/ledger/get-project-ledger.js';
import { kindLabel } from '../../../usecases/ledger/labels.js';
import { Alert, BackLink, ButtonLink, Checkbox, Select, StructuredList, Table, TextArea, TextInput } from '../../components/index.js';
import { textOf } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { Layout } from '../layout.js';
import { backLinkFor } from '../../back-link.js';
import { AmountField, LedgerFormPage, ReferenceAndReason, type FieldProps } from './fields.js';

export const projectNotices: Record<string, Message> = {
  udbetaling: { da: 'Udbetalingen er registreret.', en: 'The payout has been recorded.' },
  tilbagefoersel: { da: 'Tilbageførslen er registreret.', en: 'The return has been recorded.' },
};

const ids = (p: ProjectLedger) => ({ applicationId: p.application.id });
const base = (p: ProjectLedger) => paths.ledger.project(ids(p));
const backToProject = (ctx: PageContext, p: ProjectLedger) => ({
  href: base(p),
  text: ctx.t({ da: 'Tilbage til projektets økonomi', en: 'Back to the project’s finances' }),
});

/** A project's economy: granted, paid, returned and left to pay, per line and year, and its entries. */
export function ProjectLedgerPage({ ctx, project, notice }: { ctx: PageContext; project: ProjectLedger; notice?: Message | undefined }) {
  const { t } = ctx;
  const kr = (oere: number) => formatKroner(oere, ctx.locale);
  const a = project.application;
  const title = t({ da: `Projektets økonomi: ${a.title}`, en: `Project finances: ${a.title}` });
  // Reached from the application, the project page or the pool's entries: back to where the user came from.
  const back = backLinkFor(ctx, {
    href: paths.applications.show({ applicationId: a.id }),
    text: { da: 'Tilbage til ansøgningen', en: 'Back to the application' },
  });
  return (
    <Layout ctx={ctx} title={title}>
      <BackLink href={back.href} text={t(back.text)} />
      <h1>{title}</h1>
      {notice ? (
        <Alert variant="success" heading={t({ da: 'Registreret', en: 'Recorded' })}>
          {t(notice)}
        </Alert>
      ) : null}
      <StructuredList
        rows={[
          { label: t({ da: 'Sagsnummer', en: 'Case number' }), value: a.caseNumber },
          {
            label: t({ da: 'Pulje', en: 'Pool' }),
            value: project.can.seePool ? <a href={paths.ledger.pool({ poolId: a.poolId })}>{a.poolName}</a> : a.poolName,
          },
          {
            label: t({ da: 'Udbetales til (projektets ledende enhed)', en: 'Paid to (the project’s lead unit)' }),
            value: a.leadDepartmentName ?? t({ da: 'Ikke angivet', en: 'Not given' }),
          },
          { label: t({ da: 'Bevilget', en: 'Granted' }), value: kr(project.totals.committedOere) },
          { label: t({ da: 'Udbetalt', en: 'Paid' }), value: kr(project.totals.paidOere) },
          { label: t({ da: 'Tilbageført til puljen', en: 'Returned to the pool' }), value: kr(project.totals.returnedOere) },
          { label: t({ da: 'Rest af bevillingen (endnu ikke udbetalt)', en: 'Left of the grant (not yet paid)' }), value: kr(project.totals.payableOere) },
          {
            label: t({ da: 'Forbrugt til dato', en: 'Spent to date' }),
            value:
              project.spentToDateOere === null
                ? t({ da: 'Ikke oplyst endnu (kommer fra opfølgningsrapporterne)', en: 'Not reported yet (comes from the follow-up reports)' })
                : kr(project.spentToDateOere),
          },
        ]}
      />
      {project.can.pay ? (
        <ul class="nobullet-list ledger-actions">
          <li>
            <ButtonLink href={paths.ledger.payout(ids(project))}>{t({ da: 'Registrér udbetaling', en: 'Record payout' })}</ButtonLink>
          </li>
          <li>
            <ButtonLink href={paths.ledger.return(ids(project))} variant="secondary">
              {t({ da: 'Registrér tilbageførsel', en: 'Record return' })}
            </ButtonLink>
          </li>
        </ul>
      ) : null}
      <h2>{t({ da: 'Bevilling pr. budgetlinje og år', en: 'Grant per budget line and year' })}</h2>
      {project.lines.length === 0 ? (
        <p>{t({ da: 'Der er endnu ikke bevilget penge til projektet.', en: 'No money has been granted to the project yet.' })}</p>
      ) : (
        <Table
          caption={t({ da: 'Bevilget, udbetalt, tilbageført og rest pr. budgetlinje og år', en: 'Granted, paid, returned and left per budget line and year' })}
          columns={[
            { label: t({ da: 'Budgetlinje og år', en: 'Budget line and year' }), rowHeader: true },
            { label: t({ da: 'Bevilget', en: 'Granted' }), numeric: true },
            { label: t({ da: 'Udbetalt', en: 'Paid' }), numeric: true },
            { label: t({ da: 'Tilbageført', en: 'Returned' }), numeric: true },
            { label: t({ da: 'Rest', en: 'Left' }), numeric: true },
          ]}
          rows={project.lines.map((l) => [`${l.budgetLineName} ${l.year}`, kr(l.committedOere), kr(l.paidOere), kr(l.returnedOere), kr(l.payableOere)])}
          footerRows={[
            [
              t({ da: 'I alt', en: 'Total' }),
              kr(project.totals.committedOere),
              kr(project.totals.paidOere),
              kr(project.totals.returnedOere),
              kr(project.totals.payableOere),
            ],
          ]}
        />
      )}
      <h2>{t({ da: 'Posteringer', en: 'Entries' })}</h2>
      {project.entries.length === 0 ? (
        <p>{t({ da: 'Ingen posteringer endnu.', en: 'No entries yet.' })}</p>
      ) : (
        <Table
          caption={t({ da: 'Projektets posteringer, ældste først', en: 'The project’s entries, oldest first' })}
          captionClass="sr-only"
          density="compact"
          columns={[
            { label: t({ da: 'Dato', en: 'Date' }), class: 'date', rowHeader: true },
            { label: t({ da: 'Type', en: 'Kind' }) },
            { label: t({ da: 'Budgetlinje og år', en: 'Line and year' }) },
            { label: t({ da: 'Beløb', en: 'Amount' }), numeric: true },
            { label: t({ da: 'Reference', en: 'Reference' }) },
          ]}
          rows={project.entries.map((e) => [
            formatDate(e.recordedAt, ctx.locale),
            t(kindLabel(e.kind, e.amountOere, e.reversesEntryId !== null)),
            `${e.budgetLineName} ${e.year}`,
            kr(e.amountOere),
            e.reference,
          ])}
        />
      )}
    </Layout>
  );
}

export interface ProjectFormProps extends FieldProps {
  project: ProjectLedger;
}

/** The commitment a payout or return draws on: "line:year" choices from the project's commitments, with what is left to pay on each. */
function CommitmentSelect({ ctx, values, errors, project }: FieldProps & { project: ProjectLedger }) {
  const options = [
    { value: '', label: ctx.t({ da: 'Vælg bevilling', en: 'Choose a commitment' }) },
    ...project.lines
      .filter((l) => l.committedOere > 0)
      .map((l) => ({
        value: `${l.budgetLineId}:${l.year}`,
        label: ctx.t({
          da: `${l.budgetLineName} ${l.year} – rest ${formatKroner(l.payableOere)} af ${formatKroner(l.committedOere)}`,
          en: `${l.budgetLineName} ${l.year} – ${formatKroner(l.payableOere, 'en')} left of ${formatKroner(l.committedOere, 'en')}`,
        }),
      })),
  ];
  return (
    <Select
      name="commitment"
      label={ctx.t({ da: 'Bevilling', en: 'Commitment' })}
      options={options}
      value={textOf(values.commitment)}
      error={errors.commitment}
    />
  );
}

export function PayoutFormPage({ ctx, project, values, errors }: ProjectFormProps) {
  const { t } = ctx;
  const title = t({ da: 'Registrér udbetaling', en: 'Record payout' });
  return (
    <LedgerFormPage
      ctx={ctx}
      title={title}
      back={backToProject(ctx, project)}
      intro={
        <p>
          {t({
            da: `${project.application.caseNumber} ${project.application.title}. Pengene udbetales til projektets ledende enhed: ${project.application.leadDepartmentName ?? 'ikke angivet'}.`,
            en: `${project.application.caseNumber} ${project.application.title}. The money is paid to the project’s lead unit: ${project.application.leadDepartmentName ?? 'not given'}.`,
          })}
        </p>
      }
      action={paths.ledger.payout(ids(project))}
      errors={errors}
    >
      <CommitmentSelect ctx={ctx} values={values} errors={errors} project={project} />
      <AmountField ctx={ctx} values={values} errors={errors} hint={t({ da: 'I kroner. En delbetaling er fin.', en: 'In kroner. A part payment is fine.' })} />
      <TextInput
        name="reference"
        label={t({ da: 'Reference', en: 'Reference' })}
        hint={t({ da: 'Kontostreng eller fakturanummer', en: 'Account string or invoice number' })}
        value={textOf(values.reference)}
        error={errors.reference}
        width="xl"
      />
      <TextArea
        name="reason"
        label={t({ da: 'Bemærkning', en: 'Note' })}
        optional
        optionalText={t({ da: 'frivilligt', en: 'optional' })}
        value={textOf(values.reason)}
        error={errors.reason}
        rows={2}
      />
    </LedgerFormPage>
  );
}

export function ReturnFormPage({ ctx, project, values, errors }: ProjectFormProps) {
  const { t } = ctx;
  const title = t({ da: 'Registrér tilbageførsel', en: 'Record return' });
  return (
    <LedgerFormPage
      ctx={ctx}
      title={title}
      back={backToProject(ctx, project)}
      intro={
        <p>
          {t({
            da: 'Ubrugte midler går tilbage til budgetlinjen og året, så de kan bevilges igen.',
            en: 'Unspent money goes back to the budget line and year, so it can be granted again.',
          })}
        </p>
      }
      action={paths.ledger.return(ids(project))}
      errors={errors}
    >
      <CommitmentSelect ctx={ctx} values={values} errors={errors} project={project} />
      <AmountField ctx={ctx} values={values} errors={errors} hint={t({ da: 'I kroner', en: 'In kroner' })} />
      <Checkbox
        name="repaid"
        label={t({
          da: 'Pengene er allerede udbetalt og betales tilbage af projektet',
          en: 'The money was already paid out and is paid back by the project',
        })}
        hint={t({ da: 'Ellers frigives en del af bevillingen, som ikke er udbetalt.', en: 'Otherwise part of the commitment not yet paid is released.' })}
        checked={textOf(values.repaid) === 'true'}
        error={errors.repaid}
      />
      <ReferenceAndReason
        ctx={ctx}
        values={values}
        errors={errors}
        referenceHint={t({ da: 'Fx bilagsnummer eller beslutning', en: 'E.g. voucher number or decision' })}
      />
    </LedgerFormPage>
  );
}
