import type { Child } from 'hono/jsx';
import { Button, ErrorSummary, type ButtonVariant } from '../components/index.js';
import type { PageContext } from '../page-context.js';

/** The hidden synchroniser token every POST form carries. */
export const CsrfField = ({ ctx }: { ctx: PageContext }) => <input type="hidden" name="_csrf" value={ctx.csrfToken} />;

export interface PostFormProps {
  ctx: PageContext;
  action: string;
  /** Errors by field name; the summary above the form links each to its field. */
  errors?: Record<string, string>;
  /** Link targets for errors whose field has no input of its own id (a group of radios, a table). */
  hrefs?: Record<string, string>;
  /** The submit button's text; without it the form has no button of its own (the children carry theirs). */
  submit?: string;
  submitVariant?: ButtonVariant;
  /** Where "Annullér" leads, when the form has one. */
  cancelHref?: string;
  id?: string;
  class?: string;
  multipart?: boolean;
  /** `data-*` attributes for progressive enhancement. */
  dataAttrs?: Record<string, string>;
  /** Show the error summary (default true; off when the page shows it elsewhere). */
  summary?: boolean;
  /** The error summary's heading, when the form words it itself (default "Der er problemer"). */
  summaryTitle?: string;
  children?: Child;
}

/** A POST form: the DKFDS error summary, the CSRF field, the fields, the submit button and cancel. */
export function PostForm(props: PostFormProps) {
  const { t } = props.ctx;
  const errors = Object.entries(props.errors ?? {});
  const data = Object.fromEntries(Object.entries(props.dataAttrs ?? {}).map(([k, v]) => [`data-${k}`, v]));
  return (
    <>
      {props.summary === false ? null : (
        <ErrorSummary
          title={props.summaryTitle ?? t({ da: 'Der er problemer', en: 'There is a problem' })}
          errors={errors.map(([field, message]) => ({ field, message, ...(props.hrefs?.[field] ? { href: props.hrefs[field] } : {}) }))}
        />
      )}
      <form
        method="post"
        action={props.action}
        id={props.id}
        class={props.class}
        enctype={props.multipart ? 'multipart/form-data' : undefined}
        novalidate
        {...data}
      >
        <CsrfField ctx={props.ctx} />
        {props.children}
        {props.submit ? <Button variant={props.submitVariant ?? 'primary'}>{props.submit}</Button> : null}
        {props.cancelHref ? (
          <p>
            <a href={props.cancelHref}>{t({ da: 'Annullér', en: 'Cancel' })}</a>
          </p>
        ) : null}
      </form>
    </>
  );
}

/** A form that is one button (no fields), e.g. "Offentliggør referatet". */
export function ButtonForm(props: { ctx: PageContext; action: string; label: string; variant?: ButtonVariant; srOnly?: string }) {
  return (
    <form method="post" action={props.action} class="inline-form">
      <CsrfField ctx={props.ctx} />
      <Button variant={props.variant ?? 'secondary'} srOnly={props.srOnly}>
        {props.label}
      </Button>
    </form>
  );
}
