import { AppError } from '../../../errors.js';
import { throwIfUnreadable, type FormFields } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';

/**
 * The input of a money-decision form (recommendation, direct decision, a meeting item's decision):
 * the ids from the path over the form's values, the amount typed in kroner as øre and the year rows.
 * An amount that is not an amount is refused before the use case runs.
 */
export function decisionFormInput(fields: FormFields, ids: Record<string, string>): Record<string, unknown> {
  const input = { ...fields.values, ...ids, amountOere: fields.kroner('amountOere'), split: fields.yearAmounts('split') };
  throwIfUnreadable(fields.errors);
  return input;
}

/** Not enough money on the line: the refusal stands on the amount field (a meeting's decision form). */
export function fundsOnAmount(err: unknown, ctx: PageContext): unknown {
  if (err instanceof AppError && err.code === 'INSUFFICIENT_FUNDS') {
    return new AppError('INSUFFICIENT_FUNDS', { message: err.userMessage, fields: { amountOere: ctx.t(err.userMessage) } });
  }
  return err;
}
