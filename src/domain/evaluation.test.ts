import { describe, expect, it } from 'vitest';
import { compareBusinessCases, completeBusinessCase, meanScore, EVALUATION_DIMENSIONS, type DimensionScores } from './evaluation.js';

const bc = { investmentOere: 300_000_00, yearlyRunningCostOere: 20_000_00, hoursFreedPerYear: 800, hourlyRateOere: 350_00, kronerSavedPerYearOere: 0 };

describe('evaluation rules', () => {
  it('compares the expected and the actual business case (NPV and payback year, from business-case.ts)', () => {
    const c = compareBusinessCases(bc, { ...bc, hoursFreedPerYear: 400 });
    expect(c.expected?.paybackYear).toBe(2);
    expect(c.actual?.yearly[0]?.netOere).toBe(120_000_00);
    expect(c.actual?.paybackYear).toBe(3);
    expect(c.npvDifferenceOere).toBe((c.actual?.npvOere ?? 0) - (c.expected?.npvOere ?? 0));
    expect(compareBusinessCases(null, bc).npvDifferenceOere).toBeNull();
  });

  it('a draft business case with a missing figure has no expected case', () => {
    expect(completeBusinessCase({ ...bc, hourlyRateOere: null })).toBeNull();
    expect(completeBusinessCase({ ...bc, horizonYears: 3, discountRate: null })).toEqual({ ...bc, horizonYears: 3 });
  });

  it('the mean score over the six dimensions, to one decimal', () => {
    const scores = Object.fromEntries(EVALUATION_DIMENSIONS.map((d, i) => [d, { score: i < 3 ? 4 : 5, argument: '' }])) as DimensionScores;
    expect(meanScore(scores)).toBe(4.5);
  });
});
