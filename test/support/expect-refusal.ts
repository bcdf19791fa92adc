import { expect } from 'vitest';
import { AppError, type ErrorCode } from '../../src/errors.js';

/** A promise (a use case's call), or a function that throws or returns one (a policy check). */
export type Attempt = Promise<unknown> | (() => unknown);

/**
 * The AppError an attempt is refused with. Fails the test when it succeeds; any other error (a bug,
 * not a refusal) is rethrown as it is.
 */
export async function refusalOf(attempt: Attempt): Promise<AppError> {
  try {
    await (typeof attempt === 'function' ? attempt() : attempt);
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a refusal (an AppError), but it succeeded');
}

/**
 * Expects the attempt to be refused with `code` and, when given, these field errors (a subset of the
 * error's fields, each message exact or an asymmetric matcher such as `expect.stringContaining`).
 * Returns the AppError for further assertions.
 */
export async function expectRefusal(attempt: Attempt, code: ErrorCode, fields?: Record<string, unknown>): Promise<AppError> {
  const err = await refusalOf(attempt);
  expect(err.code, `refused with ${err.code} (${err.message}) instead of ${code}`).toBe(code);
  if (fields) expect(err.fields ?? {}).toMatchObject(fields);
  return err;
}
