import { z } from 'zod';
import { formatKroner, oereSchema, yearAmountSchema, type YearAmount } from '../../domain/money.js';
import { closedBudgetYear, type BudgetYearRules } from '../../domain/budget-years.js';
import type { FieldErrors } from '../../errors.js';
import type { BudgetLineRow, PoolRow } from './load.js';

/** An amount in øre as the decision and recommendation forms word it (kroner in the form, parsed before this sees it). */
export const decisionAmountSchema = oereSchema({ int: 'Angiv beløbet i hele øre' });

/** An amount split over budget years; empty rows from a form are dropped by `cleanSplit`. */
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

/** The money fields of a recommendation or decision: amount in øre, budget line, split over years, conditions. */
export const decisionMoneyFields = {
  amountOere: decisionAmountSchema.default(0),
  /** Empty: the recommendation's line, then the application's. */
  budgetLineId: z.string().trim().default(''),
  split: splitSchema,
  conditions: z.string().trim().max(4000, { error: 'Højst 4000 tegn' }).default(''),
  /** A decision above the amount applied for must say why (stored and shown with it); a recommendation ignores it. */
  aboveAppliedReason: z.string().trim().max(2000, { error: 'Højst 2000 tegn' }).default(''),
};

/**
 * The years of a split that can no longer take money (`closedBudgetYear`: ended, and no carry-over
 * decides otherwise), as field errors on the row (`split.<i>.<field>`, the index in the split as given).
 */
export function checkBudgetYears(pool: BudgetYearRules, split: readonly YearAmount[], today: string, field: 'year' | 'amountOere' = 'year'): FieldErrors {
  const fields: FieldErrors = {};
  split.forEach((s, i) => {
    if (s.amountOere <= 0) return;
    const closed = closedBudgetYear(pool, s.year, today);
    if (closed) fields[`split.${i}.${field}`] = closed.da;
  });
  return fields;
}
