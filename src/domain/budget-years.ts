import type { Bilingual } from './bilingual.js';

/** What decides whether a pool's ended budget year can still take money: its carry-over and its period. */
export interface BudgetYearRules {
  allowsCarryOver: boolean;
  periodEndYear: number;
}

/** The calendar year of a Copenhagen date (`2026-12-02` → 2026). */
export const yearOfDate = (isoDate: string): number => Number(isoDate.slice(0, 4));

/**
 * Why a decision or commitment can no longer be made for `year`, or null when it can. A budget year
 * has ended when Copenhagen's today is after 31 December of it. An ended year is closed, unless the
 * pool carries unspent money over (ledger carry-over: from a year to the next, within the period) and
 * its period still has a year that has not ended, into which the money can be carried.
 */
export function closedBudgetYear(pool: BudgetYearRules, year: number, today: string): Bilingual | null {
  const current = yearOfDate(today);
  if (year >= current) return null;
  if (pool.allowsCarryOver && current <= pool.periodEndYear) return null;
  if (pool.allowsCarryOver) {
    return {
      da: `Budgetåret ${year} er slut, og puljens periode sluttede i ${pool.periodEndYear}, så midlerne kan ikke længere overføres. Der kan ikke bevilges for ${year}.`,
      en: `The budget year ${year} has ended and the pool's period ended in ${pool.periodEndYear}, so the money can no longer be carried over. Nothing can be granted for ${year}.`,
    };
  }
  return {
    da: `Budgetåret ${year} er slut (31. december ${year}), og puljen overfører ikke midler til næste år. Fordel beløbet på ${current} eller senere.`,
    en: `The budget year ${year} has ended (31 December ${year}) and the pool does not carry money over. Put the amount on ${current} or later.`,
  };
}
