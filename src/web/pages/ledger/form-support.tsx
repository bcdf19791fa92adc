import type { Child } from 'hono/jsx';
import { parseKronerInput } from '../../../domain/money.js';
import { AppError, type FieldErrors } from '../../../errors.js';
import { Button, ErrorSummary } from '../../components/index.js';
import { fieldName } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';

/** Refusals a ledger form shows next to its fields instead of an error page. */
const FORM_REFUSALS = new Set(['VALIDATION_FAILED', 'INSUFFICIENT_FUNDS', 'EXCEEDS_COMMITMENT', 'CARRY_OVER_NOT_ALLOWED', 'CONFLICT']);

export interface FormFailure {
  status: 409 | 422;
  /** Form field name → message. */
  errors: Record<string, string>;
}

/**
 * Turn a use case's refusal into field errors keyed by form field name. `rename` maps a zod path
 * (e.g. `amountOere`, `split.0.amountOere`'s last segment) to the form's field; a refusal without
 * fields (not enough money) lands on `primaryField`. Anything else is rethrown (error page).
 */
export function formFailure(
  err: unknown,
  opts: { rename?: Record<string, string>; primaryField: string; extra?: Record<string, string>; ctx: PageContext },
): FormFailure {
  if (!(err instanceof AppError) || !FORM_REFUSALS.has(err.code)) throw err;
  const errors: Record<string, string> = {};
  const fields: FieldErrors = err.fields ?? { [opts.primaryField]: opts.ctx.t(err.userMessage) };
  for (const [path, message] of Object.entries(fields)) {
    const parts = path.split('.');
    const last = parts[parts.length - 1] ?? '';
    const renamed = opts.rename?.[path] ?? (opts.rename?.[last] !== undefined ? [...parts.slice(0, -1), opts.rename[last]].join('.') : path);
    errors[renamed.includes('.') ? fieldName(renamed) : renamed] = message;
  }
  Object.assign(errors, opts.extra ?? {});
  return { status: err.code === 'VALIDATION_FAILED' ? 422 : 409, errors };
}

/** A kroner field to øre; a typed value that is not an amount gets its own message in `errors`. */
export function kronerField(raw: unknown, name: string, errors: Record<string, string>): number | undefined {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (text === '') return undefined;
  const oere = parseKronerInput(text);
  if (oere === null) {
    errors[name] = 'Skriv beløbet i kroner, fx 250.000 eller 1.234,50';
    return undefined;
  }
  return oere;
}

export const str = (v: unknown): string => (typeof v === 'string' ? v : '');
export const int = (v: unknown): number | undefined => (typeof v === 'string' && /^\s*-?\d+\s*$/.test(v) ? Number(v) : undefined);

/** The frame of every ledger form: error summary, CSRF token, fields, submit and cancel. */
export function LedgerForm(props: {
  ctx: PageContext;
  action: string;
  errors: Record<string, string>;
  submit: string;
  cancelHref: string;
  hrefs?: Record<string, string>;
  children?: Child;
}) {
  const { t } = props.ctx;
  const order = Object.entries(props.errors);
  return (
    <>
      <ErrorSummary
        title={t({ da: 'Der er problemer', en: 'There is a problem' })}
        errors={order.map(([field, message]) => ({ field, message, ...(props.hrefs?.[field] ? { href: props.hrefs[field] } : {}) }))}
      />
      <form method="post" action={props.action} novalidate>
        <input type="hidden" name="_csrf" value={props.ctx.csrfToken} />
        {props.children}
        <Button>{props.submit}</Button>
        <p>
          <a href={props.cancelHref}>{t({ da: 'Annullér', en: 'Cancel' })}</a>
        </p>
      </form>
    </>
  );
}
