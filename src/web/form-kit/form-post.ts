import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { Actor } from '../../usecases/shared/actor.js';
import type { AppEnv } from '../env.js';
import { pageContext } from '../page-context.js';
import { render } from '../render.js';
import { requireActor } from '../session.js';
import { formFailure, throwIfUnreadable, type FailureOptions, type FormFailure } from './failure.js';
import { FormFields } from './fields.js';
import { readForm, type FormValues } from './read-form.js';

type C = Context<AppEnv>;

/** Render a form page again after a refusal: the user's values and the errors, with the refusal's status (422, 409, …). */
export function renderAgain(c: C, page: Child, failure: FormFailure): Promise<Response> {
  return render(c, page, failure.status);
}

export interface FormPost {
  /** Where a refusal without fields is shown, and renames of use-case fields (see formFailure). */
  failure: FailureOptions;
  /** Run the use case with what the form says; return where to go next (post–redirect–get). */
  run: (actor: Actor, fields: FormFields, c: C) => Promise<string>;
  /** The form page again, with the values as typed and the errors by field name. */
  again: (actor: Actor, form: { values: FormValues; errors: Record<string, string> }, c: C) => Promise<Child> | Child;
}

/**
 * The one POST handler of a form: read it, run the use case, redirect 303; on a refusal, the same
 * page again with what was typed and the errors next to the fields (nothing typed is lost). Fields
 * that cannot be read (a kroner field that is not an amount) are refused before the use case runs.
 */
export const formPost =
  (spec: FormPost) =>
  async (c: C): Promise<Response> => {
    const actor = requireActor(c);
    const { values } = await readForm(c);
    const fields = new FormFields(values);
    try {
      const to = await spec.run(actor, fields, c);
      throwIfUnreadable(fields.errors);
      return c.redirect(to, 303);
    } catch (err) {
      const failure = formFailure(err, pageContext(c), { ...spec.failure, readErrors: fields.errors });
      return renderAgain(c, await spec.again(actor, { values, errors: failure.errors }, c), failure);
    }
  };
