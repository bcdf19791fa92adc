import { z } from 'zod';
import { oereSchema } from '../../domain/money.js';

/** Field schemas shared by the ledger's use cases (messages in Danish, shown next to the field). */
export const yearField = z.number({ error: 'Vælg et år' }).int('Vælg et år').min(1900, 'Vælg et år').max(2200, 'Vælg et år');
const mustBePositive = 'Beløbet skal være større end 0\u00a0kr.';
/** A payout, return or carry-over: the one øre schema, and more than 0 kr. */
export const positiveOere = oereSchema({ type: 'Angiv et beløb i kroner', negative: mustBePositive }).positive(mustBePositive);
/** An adjustment: plus or minus, never 0 kr. (the one øre schema is for amounts ≥ 0; this is its signed twin). */
export const signedOere = z
  .number({ error: 'Angiv et beløb i kroner' })
  .int('Beløbet skal være et helt antal øre')
  .refine((v) => v !== 0, 'Beløbet må ikke være 0\u00a0kr.')
  .refine((v) => Math.abs(v) <= Number.MAX_SAFE_INTEGER, 'Beløbet er for stort');
export const lineField = z.string({ error: 'Vælg en budgetlinje' }).min(1, 'Vælg en budgetlinje');
export const referenceField = (hint: string) => z.string({ error: hint }).trim().min(1, hint).max(500, 'Højst 500 tegn');
export const reasonField = z.string({ error: 'Angiv en begrundelse' }).trim().min(1, 'Angiv en begrundelse').max(2000, 'Højst 2000 tegn');
/** A checkbox: "true"/"on" from a form, a boolean from the API. */
export const checkboxField = z.preprocess((v) => v === true || v === 'true' || v === 'on', z.boolean());
