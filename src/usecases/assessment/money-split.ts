import { z } from 'zod';
import { formatKroner } from '../../domain/money.js';
import type { FieldErrors } from '../../errors.js';
import type { YearAmount } from '../ledger/contracts.js';
import type { BudgetLineRow, PoolRow } from './load.js';

/** An amount in øre (integer ≥ 0). Forms convert kroner with parseKronerInput before this sees them. */
export const oereSchema = z
  .number({ error: 'Angiv beløbet i kroner, fx 250.000' })
  .int({ error: 'Angiv beløbet i hele øre' })
  .min(0, { error: 'Beløbet kan ikke være negativt' })
  .max(Number.MAX_SAFE_INTEGER);

export const yearAmountSchema = z.object({
  year: z.coerce.number({ error: 'Angiv året' }).int({ error: 'Angiv et helt år' }).min(2000).max(2100),
  amountOere: oereSchema,
});

export const splitSchema = z.array(yearAmountSchema).max(30).default([]);

/**
 * Checks an amount with its split over years against the pool: the years lie in the pool's period,
 * no year twice, and the split adds up to the amount. Field paths match the form (`split.0.year`).
 */
export function checkSplit(pool: Pick<PoolRow, 'periodStartYear' | 'periodEndYear'>, amountOere: number, split: readonly YearAmount[]): FieldErrors {
  const fields: FieldErrors = {};
  const seen = new Set<number>();
  split.forEach((s, i) => {
    if (s.year < pool.periodStartYear || s.year > pool.periodEndYear) {
      fields[`split.${i}.year`] = `Året ${s.year} ligger uden for puljens periode ${pool.periodStartYear}–${pool.periodEndYear}`;
    }
    if (seen.has(s.year)) fields[`split.${i}.year`] = `Året ${s.year} står to gange`;
    seen.add(s.year);
  });
  const sum = split.reduce((a, s) => a + s.amountOere, 0);
  if (split.length === 0) fields.split = 'Fordel beløbet på mindst ét år';
  else if (sum !== amountOere) fields.split = `Fordelingen på år giver ${formatKroner(sum)}, men beløbet er ${formatKroner(amountOere)}. De skal være ens.`;
  return fields;
}

/** A line money can be granted from: belongs to the pool and is a grants line. */
export function checkGrantLine(line: BudgetLineRow | null): FieldErrors {
  if (!line) return { budgetLineId: 'Vælg en budgetlinje i puljen' };
  if (line.purpose !== 'grants') return { budgetLineId: `Linjen "${line.name}" er en driftslinje; der kan ikke bevilges fra den` };
  return {};
}

/** Years with a positive amount, sorted (empty rows from a form left out). */
export function cleanSplit(split: readonly YearAmount[]): YearAmount[] {
  return split.filter((s) => s.amountOere > 0).sort((a, b) => a.year - b.year);
}
