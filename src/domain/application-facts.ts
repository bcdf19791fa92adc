import type { ApplicationContent } from './application-content.js';
import type { Bilingual } from './bilingual.js';
import type { ApplicationFacts } from './eligibility.js';
import { formatKroner } from './money.js';

const filled = (s: string | undefined) => s !== undefined && s.trim() !== '';

/** What the eligibility rules look at, read from the application's content. */
export function applicationFacts(c: ApplicationContent, budgetLineKey: string | undefined): ApplicationFacts {
  return {
    bottomLines: { citizens: filled(c.valueCitizens), employees: filled(c.valueEmployees), economy: filled(c.valueEconomy) },
    privatePartnerCount: (c.privatePartners ?? []).length,
    effectGoalCount: (c.effectGoals ?? []).length,
    resultGoalCount: (c.resultGoals ?? []).length,
    hasOperationFinancingPlan: filled(c.operationFinancingPlan),
    citizenFacing: c.citizenFacing === true,
    replacesOrPostponesEffort: c.replacesOrPostpones === true,
    // Not answered yet counts as new; the form asks and `missingFields` requires the answer.
    isNewSolution: c.solutionNewness !== 'known',
    ...(budgetLineKey !== undefined ? { budgetLineKey } : {}),
  };
}

export interface BudgetYearCheck {
  year: number;
  appliedOere: number;
  availableOere: number;
  met: boolean;
}

export interface BudgetFit {
  met: boolean;
  years: BudgetYearCheck[];
  reason: Bilingual;
}

/**
 * Whether the amounts applied for fit what the chosen budget line has left for those years.
 * `available` maps year → what the line can still grant (0 for a year it has no money).
 */
export function budgetFit(lineName: string, applied: { year: number; amountOere: number }[], available: ReadonlyMap<number, number>): BudgetFit {
  const years = applied.map((a) => {
    const availableOere = available.get(a.year) ?? 0;
    return { year: a.year, appliedOere: a.amountOere, availableOere, met: a.amountOere <= availableOere };
  });
  const head = {
    da: `Det søgte beløb skal kunne rummes i budgetlinjen "${lineName}" i de år, der søges til.`,
    en: `The amount applied for must fit within the budget line "${lineName}" in the years applied for.`,
  };
  const short = years.filter((y) => !y.met);
  if (applied.length === 0) {
    return { met: false, years, reason: { da: `${head.da} Ansøgningen har intet budget endnu.`, en: `${head.en} The application has no budget yet.` } };
  }
  if (short.length === 0) return { met: true, years, reason: { da: `${head.da} Det kan det.`, en: `${head.en} It does.` } };
  return {
    met: false,
    years,
    reason: {
      da: `${head.da} ${short.map((y) => `I ${y.year} søges ${formatKroner(y.appliedOere, 'da')}, men linjen har ${formatKroner(y.availableOere, 'da')} tilbage.`).join(' ')}`,
      en: `${head.en} ${short.map((y) => `In ${y.year}, ${formatKroner(y.appliedOere, 'en')} is applied for, but the line has ${formatKroner(y.availableOere, 'en')} left.`).join(' ')}`,
    },
  };
}
