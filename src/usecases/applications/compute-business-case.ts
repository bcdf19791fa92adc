import {
  businessCaseInputSchema,
  computeBusinessCase,
  DEFAULT_DISCOUNT_RATE,
  DEFAULT_HORIZON_YEARS,
  type BusinessCaseResult,
} from '../../domain/business-case.js';
import type { BusinessCaseDraft } from '../../domain/application-content.js';
import { parseInput } from '../shared/validate.js';

/** NPV and payback year for a business case (no data is read or stored). */
export function computeBusinessCaseFigures(input: unknown): BusinessCaseResult {
  return computeBusinessCase(parseInput(businessCaseInputSchema, input));
}

/** The figures of a draft business case, or null while one of the five inputs is missing. */
export function businessCaseOfDraft(d: BusinessCaseDraft | undefined): BusinessCaseResult | null {
  if (!d) return null;
  const { investmentOere, yearlyRunningCostOere, hoursFreedPerYear, hourlyRateOere, kronerSavedPerYearOere } = d;
  if (investmentOere === null || yearlyRunningCostOere === null || hoursFreedPerYear === null || hourlyRateOere === null || kronerSavedPerYearOere === null)
    return null;
  return computeBusinessCase({
    investmentOere,
    yearlyRunningCostOere,
    hoursFreedPerYear,
    hourlyRateOere,
    kronerSavedPerYearOere,
    horizonYears: d.horizonYears ?? DEFAULT_HORIZON_YEARS,
    discountRate: d.discountRate ?? DEFAULT_DISCOUNT_RATE,
  });
}
