/**
 * The one form kit: every form page reads, maps errors and re-renders through these.
 *
 * - `readForm(c)` → nested values and files; `FormFields` reads text, integers, kroner, dates and year rows;
 * - `formFailure(err, ctx, opts)` maps a use case's refusal to errors by field name and a status;
 * - `formPost({ run, again, failure })` is the whole POST handler (redirect 303, or the page again with 422/409);
 * - `PostForm` / `ButtonForm` carry the CSRF field, the error summary and the submit button.
 */
export { readForm, fieldName, valueAt, type FormData, type FormValues } from './read-form.js';
export { FormFields, textOf, intOf, rowsOf } from './fields.js';
export { formFailure, errorsByFieldName, throwIfUnreadable, type FormFailure, type FormStatus, type FailureOptions } from './failure.js';
export { formPost, renderAgain, type FormPost } from './form-post.js';
export { PostForm, ButtonForm, CsrfField, type PostFormProps } from './post-form.js';
