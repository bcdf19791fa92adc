import type { Child } from 'hono/jsx';
import { applicantStatusLabel, staffStatusLabel, type ApplicationState } from '../../../domain/application-workflow.js';
import { parseKronerInput } from '../../../domain/money.js';
import { AppError, type FieldErrors, type Message } from '../../../errors.js';
import { Badge, Button, ErrorSummary } from '../../components/index.js';
import { fieldName } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';

/** Refusals a form shows on the form (422/409) instead of an error page. */
const FORM_REFUSALS = new Set(['VALIDATION_FAILED', 'INSUFFICIENT_FUNDS', 'TRANSITION_NOT_ALLOWED', 'ALREADY_EXISTS', 'CONFLICT']);

export interface FormFailure {
  status: 409 | 422;
  /** Form field name → message. */
  errors: Record<string, string>;
}

/**
 * A use case's refusal as field errors keyed by form field name (zod path `split.0.year` →
 * `split[0][year]`); a refusal without fields lands on `primaryField`. Anything else is rethrown.
 */
export function formFailure(err: unknown, ctx: PageContext, primaryField: string, extra: Record<string, string> = {}): FormFailure {
  if (!(err instanceof AppError) || !FORM_REFUSALS.has(err.code)) throw err;
  const fields: FieldErrors = err.fields && Object.keys(err.fields).length > 0 ? err.fields : { [primaryField]: ctx.t(err.userMessage) };
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) errors[path === '_' ? primaryField : fieldName(path)] = message;
  for (const [k, v] of Object.entries(extra)) errors[k] ??= v;
  return { status: err.code === 'VALIDATION_FAILED' ? 422 : 409, errors };
}

/** A kroner form field as øre: undefined when empty, the raw text when it is not an amount (zod then reports it). */
export function kronerToOere(raw: unknown, name: string, errors: Record<string, string>): number | undefined {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (text === '') return undefined;
  const oere = parseKronerInput(text);
  if (oere === null) {
    errors[name] = 'Skriv beløbet i kroner, fx 250.000 eller 1.234,50';
    return undefined;
  }
  return oere;
}

/** Year rows `split[i][year]` / `split[i][amount]` (kroner) from a form, empty amounts left out. */
export function splitFromForm(values: Record<string, unknown>, errors: Record<string, string>): { year: number; amountOere: number }[] {
  const rows = Array.isArray(values.split) ? (values.split as unknown[]) : values.split && typeof values.split === 'object' ? Object.values(values.split) : [];
  const out: { year: number; amountOere: number }[] = [];
  rows.forEach((r, i) => {
    if (!r || typeof r !== 'object') return;
    const row = r as Record<string, unknown>;
    const amount = kronerToOere(row.amount, `split[${i}][amount]`, errors);
    if (amount === undefined) return;
    out.push({ year: Number(row.year), amountOere: amount });
  });
  return out;
}

export const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Error messages by field name plus the summary above a form. */
export function PageForm(props: {
  ctx: PageContext;
  action: string;
  errors?: Record<string, string>;
  hrefs?: Record<string, string>;
  submit: string;
  submitVariant?: 'primary' | 'secondary' | 'warning';
  cancelHref?: string;
  id?: string;
  children?: Child;
}) {
  const { t } = props.ctx;
  const errors = props.errors ?? {};
  return (
    <>
      <ErrorSummary
        title={t({ da: 'Der er problemer', en: 'There is a problem' })}
        errors={Object.entries(errors).map(([field, message]) => ({ field, message, ...(props.hrefs?.[field] ? { href: props.hrefs[field] } : {}) }))}
      />
      <form method="post" action={props.action} novalidate id={props.id}>
        <input type="hidden" name="_csrf" value={props.ctx.csrfToken} />
        {props.children}
        <Button variant={props.submitVariant ?? 'primary'}>{props.submit}</Button>
        {props.cancelHref ? (
          <p>
            <a href={props.cancelHref}>{t({ da: 'Annullér', en: 'Cancel' })}</a>
          </p>
        ) : null}
      </form>
    </>
  );
}

/** A small form with one button (no fields), e.g. "Offentliggør referatet". */
export function ButtonForm(props: {
  ctx: PageContext;
  action: string;
  label: string;
  variant?: 'primary' | 'secondary' | 'tertiary' | 'warning';
  srOnly?: string;
}) {
  return (
    <form method="post" action={props.action} class="inline-form">
      <input type="hidden" name="_csrf" value={props.ctx.csrfToken} />
      <Button variant={props.variant ?? 'secondary'} srOnly={props.srOnly}>
        {props.label}
      </Button>
    </form>
  );
}

export function StaffStatus({ ctx, state }: { ctx: PageContext; state: ApplicationState }) {
  const variant =
    state === 'approved' ? 'success' : state === 'rejected' || state === 'rejected_ineligible' ? 'error' : state === 'more_info_requested' ? 'warning' : 'info';
  return <Badge variant={variant} text={ctx.t(staffStatusLabel[state])} />;
}

export function ApplicantStatus({ ctx, state }: { ctx: PageContext; state: ApplicationState }) {
  return <Badge variant="info" text={ctx.t(applicantStatusLabel[state])} />;
}

export const recommendationLabel: Record<'recommend' | 'recommend_with_conditions' | 'not_recommend', Message> = {
  recommend: { da: 'Indstilles til bevilling', en: 'Recommended' },
  recommend_with_conditions: { da: 'Indstilles med betingelser', en: 'Recommended with conditions' },
  not_recommend: { da: 'Indstilles ikke', en: 'Not recommended' },
};

export const outcomeLabel: Record<'approve' | 'reject' | 'defer', Message> = {
  approve: { da: 'Bevilget', en: 'Approved' },
  reject: { da: 'Afslået', en: 'Rejected' },
  defer: { da: 'Udsat', en: 'Deferred' },
};

export const reviewStatusLabel: Record<'assigned' | 'accepted' | 'conflict' | 'submitted' | 'removed', Message> = {
  assigned: { da: 'Afventer habilitetserklæring', en: 'Awaiting conflict declaration' },
  accepted: { da: 'Habil – bedømmer', en: 'No conflict – scoring' },
  conflict: { da: 'Inhabil – taget af sagen', en: 'Conflict – removed' },
  submitted: { da: 'Bedømmelse afleveret', en: 'Review submitted' },
  removed: { da: 'Fjernet', en: 'Removed' },
};

export const meetingStatusLabel: Record<string, Message> = {
  planned: { da: 'Planlagt', en: 'Planned' },
  agenda_published: { da: 'Dagsorden udsendt', en: 'Agenda published' },
  held: { da: 'Afholdt – referat i gang', en: 'Held – minutes in progress' },
  minutes_published: { da: 'Referat offentliggjort', en: 'Minutes published' },
  cancelled: { da: 'Aflyst', en: 'Cancelled' },
};

/** A 0–100 total with one decimal, Danish comma. */
export function points(n: number | null, locale: 'da' | 'en'): string {
  if (n === null) return '–';
  const s = (Math.round(n * 10) / 10).toFixed(1);
  return locale === 'da' ? s.replace('.', ',') : s;
}

/** A score or mean on a criterion's scale, up to two decimals. */
export function scoreText(n: number | null, locale: 'da' | 'en'): string {
  if (n === null) return '–';
  const s = String(Math.round(n * 100) / 100);
  return locale === 'da' ? s.replace('.', ',') : s;
}

/** "1 bedømmelse", "2 bedømmelser" (and English). */
export function reviewCount(n: number): Message {
  return { da: `${n} ${n === 1 ? 'bedømmelse' : 'bedømmelser'}`, en: `${n} ${n === 1 ? 'review' : 'reviews'}` };
}
