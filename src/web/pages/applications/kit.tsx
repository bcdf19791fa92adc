import type { Child } from 'hono/jsx';
import type { FieldErrors } from '../../../errors.js';
import { ErrorSummary, type ErrorSummaryItem } from '../../components/index.js';
import { fieldName } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';

/** A POST form with the CSRF token. */
export function PostForm(props: {
  ctx: PageContext;
  action: string;
  id?: string;
  class?: string;
  multipart?: boolean;
  dataAttrs?: Record<string, string>;
  children?: Child;
}) {
  const data = Object.fromEntries(Object.entries(props.dataAttrs ?? {}).map(([k, v]) => [`data-${k}`, v]));
  return (
    <form
      method="post"
      action={props.action}
      id={props.id}
      class={props.class}
      enctype={props.multipart ? 'multipart/form-data' : undefined}
      novalidate
      {...data}
    >
      <input type="hidden" name="_csrf" value={props.ctx.csrfToken} />
      {props.children}
    </form>
  );
}

/** Field errors keyed by form field name (`privatePartners[0][cvr]`). */
export function errorsByName(errors: FieldErrors | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors ?? {})) out[fieldName(path)] = message;
  return out;
}

/** The DKFDS error summary for a form's field errors, linking each to its field. */
export function FormErrors({ ctx, errors }: { ctx: PageContext; errors: FieldErrors | undefined }) {
  const items: ErrorSummaryItem[] = Object.entries(errors ?? {}).map(([path, message]) => ({ field: fieldName(path), message }));
  return <ErrorSummary errors={items} title={ctx.t({ da: 'Der er problemer', en: 'There is a problem' })} />;
}

export const dkDate = (ctx: PageContext) => (ctx.locale === 'da' ? 'da' : 'en');
