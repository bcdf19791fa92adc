import type { Child } from 'hono/jsx';
import { BackLink, Select, TextArea, TextInput } from '../../components/index.js';
import { PostForm, textOf } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { Layout } from '../layout.js';

/** The fields the ledger's forms share: what was typed (`values`) and the errors by field name. */
export interface FieldProps {
  ctx: PageContext;
  values: Record<string, unknown>;
  errors: Record<string, string>;
}

/** A kroner amount in the field `amount` (read by `FormFields.kroner`). A negative amount needs `inputmode="text"` for the minus. */
export function AmountField({ ctx, values, errors, hint, inputmode = 'decimal' }: FieldProps & { hint: string; inputmode?: 'decimal' | 'text' }) {
  return (
    <TextInput
      name="amount"
      label={ctx.t({ da: 'Beløb', en: 'Amount' })}
      hint={hint}
      value={textOf(values.amount)}
      error={errors.amount}
      inputmode={inputmode}
      suffix="kr."
      width="m"
    />
  );
}

/** A choice of the pool's budget lines in the field `budgetLineId`. */
export function LineSelect({ ctx, values, errors, lines }: FieldProps & { lines: { id: string; name: string }[] }) {
  const { t } = ctx;
  return (
    <Select
      name="budgetLineId"
      label={t({ da: 'Budgetlinje', en: 'Budget line' })}
      options={[{ value: '', label: t({ da: 'Vælg budgetlinje', en: 'Choose a budget line' }) }, ...lines.map((l) => ({ value: l.id, label: l.name }))]}
      value={textOf(values.budgetLineId)}
      error={errors.budgetLineId}
    />
  );
}

/** The reference an entry rests on (`referenceHint` says which kind) and the reason, both required. */
export function ReferenceAndReason({ ctx, values, errors, referenceHint }: FieldProps & { referenceHint: string }) {
  const { t } = ctx;
  return (
    <>
      <TextInput
        name="reference"
        label={t({ da: 'Reference', en: 'Reference' })}
        hint={referenceHint}
        value={textOf(values.reference)}
        error={errors.reference}
        width="xl"
      />
      <TextArea name="reason" label={t({ da: 'Begrundelse', en: 'Reason' })} value={textOf(values.reason)} error={errors.reason} rows={3} />
    </>
  );
}

/**
 * The frame of every ledger form page: back link, heading, an introduction (text, the entry being
 * corrected), and the form with its error summary; "Annullér" leads where the back link does.
 */
export function LedgerFormPage(props: {
  ctx: PageContext;
  title: string;
  back: { href: string; text: string };
  intro?: Child;
  action: string;
  errors: Record<string, string>;
  /** The submit button's text (default: the title). */
  submit?: string;
  hrefs?: Record<string, string>;
  children?: Child;
}) {
  const { ctx, title } = props;
  return (
    <Layout ctx={ctx} title={title}>
      <BackLink href={props.back.href} text={props.back.text} />
      <h1>{title}</h1>
      {props.intro}
      <PostForm ctx={ctx} action={props.action} errors={props.errors} submit={props.submit ?? title} cancelHref={props.back.href} hrefs={props.hrefs}>
        {props.children}
      </PostForm>
    </Layout>
  );
}
