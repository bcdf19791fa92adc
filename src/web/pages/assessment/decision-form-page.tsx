import type { Child } from 'hono/jsx';
import type { BudgetLineRow, PoolRow } from '../../../usecases/assessment/load.js';
import type { LineYearBalance } from '../../../usecases/ledger/contracts.js';
import { formatKroner } from '../../../domain/money.js';
import { Fieldset, Radios, Select, Table, TextArea, TextInput } from '../../components/index.js';
import { PostForm, valueAt } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { Layout } from '../layout.js';
import { Crumbs, type Crumb } from './crumbs.js';

export interface DecisionFormProps {
  ctx: PageContext;
  /** What the form records: the secretariat's recommendation or a decision (default), which words the hints and asks why more than applied for is granted. */
  kind?: 'recommendation' | 'decision';
  /** The amount applied for (shown in the hint of the reason for granting more). */
  amountAppliedOere?: number;
  title: string;
  /** The trail after "Forside". */
  breadcrumbs: Crumb[];
  action: string;
  cancelHref: string;
  submit: string;
  pool: PoolRow;
  /** Lines money can be granted from on this route. */
  lines: BudgetLineRow[];
  balances: LineYearBalance[];
  /** The radio group: recommendation kind or decision outcome. */
  choice: { name: string; legend: string; items: { value: string; label: string; hint?: string }[] };
  /** Name of the free-text field besides conditions: `justification` or `reason`. */
  textField: { name: string; label: string; hint?: string };
  values: Record<string, unknown>;
  errors: Record<string, string>;
  /** Shown above the form (the application's summary, the recommendation). */
  intro?: Child;
}

/** The shared form for money decisions: a choice, amount in kroner, budget line, split over the pool's years, conditions and a text. */
export function DecisionFormPage(p: DecisionFormProps) {
  const { t } = p.ctx;
  const years: number[] = [];
  for (let y = p.pool.periodStartYear; y <= p.pool.periodEndYear; y++) years.push(y);
  const val = (name: string) => valueAt(p.values, name);
  const kr = (o: number) => formatKroner(o, p.ctx.locale);
  const shownLines = p.lines;
  const decision = (p.kind ?? 'decision') === 'decision';
  const h = decision ? decisionHints : recommendationHints;
  return (
    <Layout ctx={p.ctx} title={p.title}>
      <Crumbs ctx={p.ctx} items={p.breadcrumbs} />
      <h1>{p.title}</h1>
      {p.intro}
      <PostForm ctx={p.ctx} action={p.action} errors={p.errors} hrefs={{ split: '#split-0-amount' }} submit={p.submit} cancelHref={p.cancelHref}>
        <Radios
          name={p.choice.name}
          legend={p.choice.legend}
          error={p.errors[p.choice.name]}
          items={p.choice.items.map((i) => ({ ...i, checked: val(p.choice.name) === i.value }))}
        />
        <TextInput
          name="amountOere"
          label={t({ da: 'Beløb (kr.)', en: 'Amount (DKK)' })}
          hint={t(h.amount)}
          inputmode="decimal"
          width="m"
          suffix="kr."
          value={val('amountOere')}
          error={p.errors.amountOere}
        />
        <Select
          name="budgetLineId"
          label={t({ da: 'Budgetlinje', en: 'Budget line' })}
          hint={t(h.line)}
          value={val('budgetLineId')}
          error={p.errors.budgetLineId}
          options={[{ value: '', label: t({ da: 'Vælg', en: 'Choose' }) }, ...shownLines.map((l) => ({ value: l.id, label: l.name }))]}
        />
        <Fieldset id="split" legend={t({ da: 'Fordeling på år (kr.)', en: 'Split over years (DKK)' })} hint={t(h.split)} error={p.errors.split}>
          {years.map((y, i) => (
            <>
              <input type="hidden" name={`split[${i}][year]`} value={String(y)} />
              <TextInput
                name={`split[${i}][amount]`}
                label={String(y)}
                inputmode="decimal"
                width="m"
                suffix="kr."
                value={val(`split[${i}][amount]`)}
                error={p.errors[`split[${i}][amount]`] ?? p.errors[`split[${i}][year]`]}
              />
            </>
          ))}
        </Fieldset>
        <TextArea
          name="conditions"
          rows={3}
          label={t({ da: 'Betingelser', en: 'Conditions' })}
          hint={t(h.conditions)}
          value={val('conditions')}
          error={p.errors.conditions}
        />
        {decision ? (
          <TextArea
            name="aboveAppliedReason"
            rows={2}
            label={t({ da: 'Hvorfor bevilges mere end ansøgt?', en: 'Why is more than applied for granted?' })}
            hint={
              p.amountAppliedOere === undefined
                ? t({ da: 'Skal udfyldes, hvis beløbet er større end det ansøgte.', en: 'Required if the amount is larger than the amount applied for.' })
                : t({
                    da: `Skal udfyldes, hvis beløbet er større end det ansøgte (${kr(p.amountAppliedOere)}).`,
                    en: `Required if the amount is larger than the amount applied for (${kr(p.amountAppliedOere)}).`,
                  })
            }
            value={val('aboveAppliedReason')}
            error={p.errors.aboveAppliedReason}
          />
        ) : null}
        <TextArea
          name={p.textField.name}
          rows={4}
          label={p.textField.label}
          hint={p.textField.hint}
          value={val(p.textField.name)}
          error={p.errors[p.textField.name]}
        />
      </PostForm>
      <h2>{t({ da: 'Puljens restbeløb lige nu', en: "The pool's remaining money now" })}</h2>
      <BalancesTable ctx={p.ctx} balances={p.balances} lines={p.lines} kr={kr} />
    </Layout>
  );
}

type Hint = { da: string; en: string };

/** The hints of the decision form: about the decision and what the applicant is told. */
const decisionHints: Record<'amount' | 'line' | 'split' | 'conditions', Hint> = {
  amount: { da: 'Det bevilgede beløb. Udfyldes kun ved bevilling. Fx 250.000', en: 'The amount granted. Only when granting. E.g. 250.000' },
  line: { da: 'Den linje, bevillingen gives fra. Kun ved bevilling.', en: 'The line the grant is made from. Only when granting.' },
  split: {
    da: 'Hvor meget af bevillingen der hører til hvert budgetår. Summen skal give beløbet; tomme år udelades.',
    en: 'How much of the grant belongs to each budget year. The sum must equal the amount; empty years are left out.',
  },
  conditions: {
    da: 'Betingelser for bevillingen, fx krav om evaluering eller medfinansiering. De står i afgørelsen til ansøgeren.',
    en: 'Conditions of the grant, e.g. an evaluation or co-funding requirement. They are part of the decision sent to the applicant.',
  },
};

/** The hints of the secretariat's recommendation form. */
const recommendationHints: Record<'amount' | 'line' | 'split' | 'conditions', Hint> = {
  amount: { da: 'Det beløb, der indstilles til bevilling. Fx 250.000', en: 'The amount recommended for a grant. E.g. 250.000' },
  line: { da: 'Den linje, der indstilles til at bevilge fra.', en: 'The line recommended to grant from.' },
  split: { da: 'Summen skal give beløbet. Tomme år udelades.', en: 'The sum must equal the amount. Empty years are left out.' },
  conditions: {
    da: 'Fx krav om evaluering eller medfinansiering. Skal udfyldes, når der indstilles med betingelser.',
    en: 'E.g. an evaluation or co-funding requirement. Required when recommending with conditions.',
  },
};

/** A balance row's line, named also when the form does not grant from it (an earmark such as Innovation og Test, a line decided elsewhere). */
function lineLabel(b: LineYearBalance, lines: { id: string; name: string }[], balances: LineYearBalance[], t: PageContext['t']): string {
  const nameOf = (id: string) => lines.find((l) => l.id === id)?.name ?? balances.find((x) => x.budgetLineId === id)?.budgetLineName ?? '';
  const name = nameOf(b.budgetLineId);
  if (!b.parentLineId) return name;
  const parent = nameOf(b.parentLineId);
  return parent ? t({ da: `${name} (øremærket af ${parent})`, en: `${name} (earmarked from ${parent})` }) : name;
}

export function BalancesTable({
  ctx,
  balances,
  lines,
  kr,
}: {
  ctx: PageContext;
  balances: LineYearBalance[];
  lines: { id: string; name: string }[];
  kr: (o: number) => string;
}) {
  const { t } = ctx;
  return (
    <Table
      caption={t({ da: 'Rest pr. budgetlinje og år', en: 'Remaining per budget line and year' })}
      density="compact"
      columns={[
        { label: t({ da: 'Budgetlinje', en: 'Budget line' }), rowHeader: true },
        { label: t({ da: 'År', en: 'Year' }) },
        { label: t({ da: 'Budget', en: 'Budget' }), numeric: true },
        { label: t({ da: 'Bevilget', en: 'Committed' }), numeric: true },
        { label: t({ da: 'Rest', en: 'Remaining' }), numeric: true },
      ]}
      rows={balances.map((b) => [lineLabel(b, lines, balances, t), String(b.year), kr(b.budgetOere), kr(b.committedOere), kr(b.remainingOere)])}
    />
  );
}
