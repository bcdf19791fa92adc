import { z } from 'zod';
import { oereSchema } from './money.js';

/** Finansministeriets real discount rate (from 2021, years 0–35). */
export const DEFAULT_DISCOUNT_RATE = 0.035;
export const DEFAULT_HORIZON_YEARS = 5;

const oere = (what: string) =>
  oereSchema({
    type: `${what} skal være et beløb`,
    int: `${what} skal angives i hele øre`,
    negative: `${what} kan ikke være negativ`,
    tooLarge: `${what} er for stor`,
  });

/** Input to the fællesoffentlige business case-model. All money in integer øre. */
export const businessCaseInputSchema = z.object({
  /** One-off investment I₀, paid in year 0. */
  investmentOere: oere('Investeringen'),
  yearlyRunningCostOere: oere('De årlige driftsudgifter'),
  hoursFreedPerYear: z
    .number({ error: 'Frigjorte timer pr. år skal være et tal' })
    .min(0, { error: 'Frigjorte timer pr. år kan ikke være negativ' })
    .max(10_000_000, { error: 'Frigjorte timer pr. år er for stor' }),
  hourlyRateOere: oere('Timeprisen'),
  kronerSavedPerYearOere: oere('Den årlige besparelse'),
  horizonYears: z
    .number({ error: 'Tidshorisonten skal være et antal år' })
    .int({ error: 'Tidshorisonten skal være et helt antal år' })
    .min(1, { error: 'Tidshorisonten skal være mindst 1 år' })
    .max(35, { error: 'Tidshorisonten kan højst være 35 år' })
    .default(DEFAULT_HORIZON_YEARS),
  discountRate: z
    .number({ error: 'Diskonteringsrenten skal være et tal' })
    .min(0, { error: 'Diskonteringsrenten kan ikke være negativ' })
    .max(1, { error: 'Diskonteringsrenten skal angives som brøk (fx 0,035 for 3,5 %)' })
    .default(DEFAULT_DISCOUNT_RATE),
});

/** What a caller passes (horizonYears and discountRate optional). */
export type BusinessCaseInput = z.input<typeof businessCaseInputSchema>;
/** After parsing (defaults applied). */
export type BusinessCaseParsedInput = z.output<typeof businessCaseInputSchema>;

export interface BusinessCaseYear {
  /** 1..horizon */
  year: number;
  /** Nₜ: hours × rate + kroner saved − running cost (whole øre). */
  netOere: number;
  /** Nₜ / (1+r)ᵗ rounded to whole øre for display (NPV is summed unrounded). */
  discountedOere: number;
  /** Undiscounted −I₀ + Σ_{k≤t} Nₖ. */
  cumulativeOere: number;
}

export interface BusinessCaseResult {
  yearly: BusinessCaseYear[];
  /** −I₀ + Σ Nₜ/(1+r)ᵗ, rounded to whole øre at the end. */
  npvOere: number;
  /** First year t where −I₀ + Σ_{k≤t} Nₖ ≥ 0; 0 when I₀ = 0; null if not within the horizon. */
  paybackYear: number | null;
  /** Undiscounted result over the horizon: −I₀ + Σ Nₜ (= last cumulativeOere). */
  totalGainOere: number;
}

/**
 * Yearly net gains Nₜ for t = 1..horizon. Constant in this model; kept as an array so a later
 * version can vary gains and costs per year. Hours × rate is rounded to whole øre.
 */
export function yearlyNetGains(input: BusinessCaseParsedInput): number[] {
  const n = Math.round(input.hoursFreedPerYear * input.hourlyRateOere) + input.kronerSavedPerYearOere - input.yearlyRunningCostOere;
  return Array.from({ length: input.horizonYears }, () => n);
}

/** Computes the business case. Throws a ZodError when the input is invalid. */
export function computeBusinessCase(raw: BusinessCaseInput): BusinessCaseResult {
  const input = businessCaseInputSchema.parse(raw);
  const r = input.discountRate;
  const gains = yearlyNetGains(input);
  const yearly: BusinessCaseYear[] = [];
  let npv = -input.investmentOere;
  let cumulative = -input.investmentOere;
  let paybackYear: number | null = input.investmentOere === 0 ? 0 : null;
  gains.forEach((netOere, i) => {
    const year = i + 1;
    const discounted = netOere / Math.pow(1 + r, year);
    npv += discounted;
    cumulative += netOere;
    if (paybackYear === null && cumulative >= 0) paybackYear = year;
    yearly.push({ year, netOere, discountedOere: Math.round(discounted), cumulativeOere: cumulative });
  });
  return { yearly, npvOere: Math.round(npv) + 0, paybackYear, totalGainOere: cumulative };
}
