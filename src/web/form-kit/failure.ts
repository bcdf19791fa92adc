import { AppError, type FieldErrors } from '../../errors.js';
import type { PageContext } from '../page-context.js';
import { fieldName } from './read-form.js';

/** Refusals a form shows next to its fields, with the status kept, instead of an error page. */
const FORM_REFUSALS = new Set<string>([
  'VALIDATION_FAILED',
  'NOT_ELIGIBLE',
  'INSUFFICIENT_FUNDS',
  'EXCEEDS_COMMITMENT',
  'CARRY_OVER_NOT_ALLOWED',
  'TRANSITION_NOT_ALLOWED',
  'ALREADY_EXISTS',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
]);

export type FormStatus = 409 | 413 | 415 | 422;

export interface FormFailure {
  status: FormStatus;
  /** Form field name (`split[0][amount]`) → message. */
  errors: Record<string, string>;
}

export interface FailureOptions {
  /** Where a refusal without fields (not enough money, a stale version) is shown. */
  primaryField: string;
  /** A use-case field (zod path or its last segment) → the form's field, where the names differ (`amountOere` → `amount`); or a function of the dotted path. */
  rename?: Rename;
  /** Errors found while reading the form (FormFields.errors); they win over the use case's. */
  readErrors?: Record<string, string>;
  /** Codes that go to the primary field even when the error carries fields. */
  onPrimary?: readonly string[];
}

export type Rename = Record<string, string> | ((path: string) => string);

/** Use-case field errors (zod paths) → form field names, renamed where the form names a field otherwise. */
export function errorsByFieldName(fields: FieldErrors | undefined, rename: Rename = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields ?? {})) {
    if (typeof rename === 'function') {
      out[fieldName(rename(path))] = message;
      continue;
    }
    const parts = path.split('.');
    const last = parts[parts.length - 1] ?? '';
    const renamed = rename[path] ?? (rename[last] !== undefined ? [...parts.slice(0, -1), rename[last]].join('.') : path);
    out[fieldName(renamed)] = message;
  }
  return out;
}

/**
 * The one mapping of a use case's refusal onto a form: field errors keyed by form field name,
 * a refusal without fields on `primaryField`, and the status to answer with. Anything that is not
 * a form refusal (404, 403, a bug) is rethrown, to the error page.
 */
export function formFailure(err: unknown, ctx: PageContext, opts: FailureOptions): FormFailure {
  if (!(err instanceof AppError) || !FORM_REFUSALS.has(err.code)) throw err;
  const hasFields = err.fields !== undefined && Object.keys(err.fields).length > 0 && !opts.onPrimary?.includes(err.code);
  const errors = hasFields ? errorsByFieldName(err.fields, opts.rename) : {};
  if (!hasFields && !(err.code === 'VALIDATION_FAILED' && opts.readErrors && Object.keys(opts.readErrors).length > 0)) {
    errors[opts.primaryField] = ctx.t(err.userMessage);
  }
  if (errors._ !== undefined) {
    errors[opts.primaryField] ??= errors._;
    delete errors._;
  }
  Object.assign(errors, opts.readErrors ?? {});
  return { status: err.status as FormStatus, errors };
}

/** Throw the errors found while reading a form as a validation failure, before the use case runs. */
export function throwIfUnreadable(readErrors: Record<string, string>): void {
  if (Object.keys(readErrors).length > 0) throw new AppError('VALIDATION_FAILED', { fields: {} });
}
