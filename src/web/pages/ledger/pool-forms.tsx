import { formatKroner } from '../../../domain/money.js';
import type { PoolLedger } from '../../../usecases/ledger/get-pool-ledger.js';
import type { PoolProject } from '../../../usecases/ledger/list-pool-projects.js';
import type { LedgerEntryView } from '../../../usecases/ledger/list-ledger-entries.js';
import { kindLabel } from '../../../usecases/ledger/labels.js';
import { Fieldset, Select, StructuredList, TextInput } from '../../components/index.js';
import { textOf } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { AmountField, LedgerFormPage, LineSelect, ReferenceAndReason, type FieldProps } from './fields.js';

export interface FormProps extends FieldProps {
  ledger: PoolLedger;
}

const base = (ledger: PoolLedger) => paths.ledger.pool({ poolId: ledger.pool.id });
const poolId = (ledger: PoolLedger) => ({ poolId: ledger.pool.id });
const backToPool = (ctx: PageContext, ledger: PoolLedger) => ({ href: base(ledger), text: ctx.t({ da: 'Tilbage til økonomien', en: 'Back to finances' }) });

function yearOptions(ctx: PageContext, years: number[]) {
  return [{ value: '', label: ctx.t({ da: 'Vælg år', en: 'Choose a year' }) }, ...years.map((y) => ({ value: String(y), label: String(y) }))];
}

function remainingHint(ctx: PageContext, ledger: PoolLedger): string {
  return ledger.rows
    .filter((r) => r.remainingOere > 0)
    .map((r) => `${r.budgetLineName} ${r.year}: ${formatKroner(r.remainingOere, ctx.locale)}`)
    .join('; ');
}

/** Record a commitment by hand: project, line, amount per year, and the decision it rests on. */
export function CommitmentFormPage({ ctx, ledger, values, errors, projects }: FormProps & { projects: PoolProject[] }) {
  const { t } = ctx;
  const title = t({ da: 'Registrér bevilling', en: 'Record commitment' });
  const split = (values.split ?? {}) as Record<string, { amount?: string }>;
  const years = ledger.years;
  return (
    <LedgerFormPage
      ctx={ctx}
      title={title}
      back={backToPool(ctx, ledger)}
      intro={
        <p>
          {t({
            da: 'Bevillinger fra et møde registreres, når beslutningen træffes. Brug denne formular til en bevilling, der er besluttet på anden vis.',
            en: 'Commitments decided at a meeting are recorded with the decision. Use this form for a commitment decided otherwise.',
          })}
        </p>
      }
      action={paths.ledger.commitment(poolId(ledger))}
      errors={errors}
      hrefs={{ split: '#split-0-amount' }}
    >
      <Select
        name="applicationId"
        label={t({ da: 'Projekt', en: 'Project' })}
        options={[
          { value: '', label: t({ da: 'Vælg projekt', en: 'Choose a project' }) },
          ...projects.map((p) => ({ value: p.id, label: `${p.caseNumber} ${p.title}` })),
        ]}
        value={textOf(values.applicationId)}
        error={errors.applicationId}
      />
      <LineSelect ctx={ctx} values={values} errors={errors} lines={ledger.lines} />
      <Fieldset
        legend={t({ da: 'Beløb pr. år', en: 'Amount per year' })}
        id="split"
        hint={t({
          da: `Skriv beløbet i kroner ud for de år, bevillingen dækker. Tilbage nu: ${remainingHint(ctx, ledger)}`,
          en: `Amounts in kroner for the years the commitment covers. Remaining now: ${remainingHint(ctx, ledger)}`,
        })}
        error={errors.split}
      >
        {years.map((year, i) => (
          <>
            <input type="hidden" name={`split[${i}][year]`} value={String(year)} />
            <TextInput
              name={`split[${i}][amount]`}
              label={String(year)}
              value={textOf(split[String(i)]?.amount)}
              error={errors[`split[${i}][amount]`]}
              inputmode="decimal"
              suffix="kr."
              width="m"
            />
          </>
        ))}
      </Fieldset>
      <ReferenceAndReason
        ctx={ctx}
        values={values}
        errors={errors}
        referenceHint={t({
          da: 'Beslutningen bevillingen hviler på, fx "Direktørbeslutning 3. marts 2026"',
          en: 'The decision, e.g. "Directors’ decision 3 March 2026"',
        })}
      />
    </LedgerFormPage>
  );
}

/** Adjust a line's budget for a year by decision. */
export function AdjustFormPage({ ctx, ledger, values, errors }: FormProps) {
  const { t } = ctx;
  const title = t({ da: 'Regulér budget', en: 'Adjust budget' });
  const years: number[] = [];
  for (let y = ledger.pool.periodStartYear; y <= ledger.pool.periodEndYear; y++) years.push(y);
  return (
    <LedgerFormPage
      ctx={ctx}
      title={title}
      back={backToPool(ctx, ledger)}
      intro={
        <p>
          {t({
            da: 'En regulering er en ny postering med begrundelse; budgettet fra opsætningen ændres ikke.',
            en: 'An adjustment is a new entry with a reason; the setup’s budget is not edited.',
          })}
        </p>
      }
      action={paths.ledger.adjustment(poolId(ledger))}
      errors={errors}
      submit={t({ da: 'Registrér regulering', en: 'Record adjustment' })}
    >
      <LineSelect ctx={ctx} values={values} errors={errors} lines={ledger.lines} />
      <Select name="year" label={t({ da: 'År', en: 'Year' })} options={yearOptions(ctx, years)} value={textOf(values.year)} error={errors.year} />
      <AmountField
        ctx={ctx}
        values={values}
        errors={errors}
        inputmode="text"
        hint={t({
          da: 'I kroner. Skriv minus foran for at nedsætte budgettet, fx -250.000',
          en: 'In kroner. Put a minus in front to reduce the budget, e.g. -250.000',
        })}
      />
      <ReferenceAndReason
        ctx={ctx}
        values={values}
        errors={errors}
        referenceHint={t({ da: 'Beslutningen, fx "Byrådet 24. juni 2026, punkt 12"', en: 'The decision, e.g. "City council 24 June 2026, item 12"' })}
      />
    </LedgerFormPage>
  );
}

/** Carry unspent money of a line to the next year. */
export function CarryOverFormPage({ ctx, ledger, values, errors }: FormProps) {
  const { t } = ctx;
  const title = t({ da: 'Overfør ubrugte midler til næste år', en: 'Carry unspent money over to next year' });
  const years: number[] = [];
  for (let y = ledger.pool.periodStartYear; y < ledger.pool.periodEndYear; y++) years.push(y);
  return (
    <LedgerFormPage
      ctx={ctx}
      title={title}
      back={backToPool(ctx, ledger)}
      action={paths.ledger.carryOver(poolId(ledger))}
      errors={errors}
      submit={t({ da: 'Registrér overførsel', en: 'Record carry-over' })}
    >
      <LineSelect ctx={ctx} values={values} errors={errors} lines={ledger.lines} />
      <Select
        name="fromYear"
        label={t({ da: 'Fra år', en: 'From year' })}
        hint={t({ da: 'Pengene flyttes til året efter', en: 'The money moves to the following year' })}
        options={yearOptions(ctx, years)}
        value={textOf(values.fromYear)}
        error={errors.fromYear}
      />
      <AmountField ctx={ctx} values={values} errors={errors} hint={t({ da: 'I kroner', en: 'In kroner' })} />
      <ReferenceAndReason ctx={ctx} values={values} errors={errors} referenceHint={t({ da: 'Beslutningen om overførsel', en: 'The decision to carry over' })} />
    </LedgerFormPage>
  );
}

/** Correct an entry with a reversing entry. */
export function ReverseFormPage({ ctx, ledger, entry, values, errors }: FormProps & { entry: LedgerEntryView }) {
  const { t } = ctx;
  const title = t({ da: 'Ret postering', en: 'Correct entry' });
  const back = paths.ledger.entries(poolId(ledger));
  return (
    <LedgerFormPage
      ctx={ctx}
      title={title}
      back={{ href: back, text: t({ da: 'Tilbage til posteringerne', en: 'Back to the entries' }) }}
      intro={
        <>
          <p>
            {t({
              da: 'Posteringen slettes ikke. Der registreres en modpostering med samme beløb med modsat fortegn, og begge står i posteringslisten.',
              en: 'The entry is not deleted. A reversing entry with the opposite amount is recorded, and both stay in the list.',
            })}
          </p>
          <StructuredList
            rows={[
              { label: t({ da: 'Løbenummer', en: 'Number' }), value: String(entry.seq) },
              { label: t({ da: 'Type', en: 'Kind' }), value: t(kindLabel(entry.kind, entry.amountOere, entry.reversesEntryId !== null)) },
              { label: t({ da: 'Budgetlinje og år', en: 'Budget line and year' }), value: `${entry.budgetLineName} ${entry.year}` },
              { label: t({ da: 'Beløb', en: 'Amount' }), value: formatKroner(entry.amountOere, ctx.locale) },
              { label: t({ da: 'Projekt', en: 'Project' }), value: entry.applicationTitle ? `${entry.caseNumber ?? ''} ${entry.applicationTitle}` : '–' },
              { label: t({ da: 'Reference', en: 'Reference' }), value: entry.reference },
            ]}
          />
        </>
      }
      action={paths.ledger.reverseEntry({ ...poolId(ledger), entryId: entry.id })}
      errors={errors}
      submit={t({ da: 'Registrér modpostering', en: 'Record reversing entry' })}
    >
      <ReferenceAndReason
        ctx={ctx}
        values={values}
        errors={errors}
        referenceHint={t({ da: 'Hvad rettelsen hviler på, fx en sag eller en mail', en: 'What the correction rests on' })}
      />
    </LedgerFormPage>
  );
}
