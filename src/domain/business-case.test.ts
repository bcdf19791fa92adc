import { describe, expect, it } from 'vitest';
import { businessCaseInputSchema, computeBusinessCase } from './business-case.js';

describe('computeBusinessCase', () => {
  it('care robot, r = 3.5 %, 5 years, pays back exactly in year 4', () => {
    // I0 = 500.000 kr. = 50.000.000 øre
    // gains: 400 h × 350 kr. (35.000 øre) = 14.000.000 øre; + 10.000 kr. saved = 1.000.000 øre
    // running 25.000 kr. = 2.500.000 øre
    // N = 14.000.000 + 1.000.000 − 2.500.000 = 12.500.000 øre per year
    // discounted: 12.500.000/1.035 = 12.077.294,69; /1.035² = 11.668.883,75; /1.035³ = 11.274.283,82;
    //             /1.035⁴ = 10.893.027,85; /1.035⁵ = 10.524.664,59; sum = 56.438.154,69
    // NPV = −50.000.000 + 56.438.154,69 = 6.438.154,69 → 6.438.155 øre
    // cumulative: −37.5M, −25M, −12.5M, 0 (≥ 0 → payback year 4), 12.5M
    const r = computeBusinessCase({
      investmentOere: 50_000_000,
      yearlyRunningCostOere: 2_500_000,
      hoursFreedPerYear: 400,
      hourlyRateOere: 35_000,
      kronerSavedPerYearOere: 1_000_000,
      horizonYears: 5,
    });
    expect(r.npvOere).toBe(6_438_155);
    expect(r.paybackYear).toBe(4);
    expect(r.totalGainOere).toBe(12_500_000);
    expect(r.yearly).toEqual([
      { year: 1, netOere: 12_500_000, discountedOere: 12_077_295, cumulativeOere: -37_500_000 },
      { year: 2, netOere: 12_500_000, discountedOere: 11_668_884, cumulativeOere: -25_000_000 },
      { year: 3, netOere: 12_500_000, discountedOere: 11_274_284, cumulativeOere: -12_500_000 },
      { year: 4, netOere: 12_500_000, discountedOere: 10_893_028, cumulativeOere: 0 },
      { year: 5, netOere: 12_500_000, discountedOere: 10_524_665, cumulativeOere: 12_500_000 },
    ]);
  });

  it('uses the default rate 3.5 % and horizon 5 when omitted', () => {
    const r = computeBusinessCase({
      investmentOere: 50_000_000,
      yearlyRunningCostOere: 2_500_000,
      hoursFreedPerYear: 400,
      hourlyRateOere: 35_000,
      kronerSavedPerYearOere: 1_000_000,
    });
    expect(r.yearly).toHaveLength(5);
    expect(r.npvOere).toBe(6_438_155); // same as above
  });

  it('r = 0: NPV is the plain sum', () => {
    // N = 500 h × 300 kr. (30.000 øre) + 1.000.000 − 2.000.000 = 15.000.000 − 1.000.000 = 14.000.000
    // NPV = −10.000.000 + 3 × 14.000.000 = 32.000.000; cumulative after year 1 = 4.000.000 ≥ 0 → payback 1
    const r = computeBusinessCase({
      investmentOere: 10_000_000,
      yearlyRunningCostOere: 2_000_000,
      hoursFreedPerYear: 500,
      hourlyRateOere: 30_000,
      kronerSavedPerYearOere: 1_000_000,
      horizonYears: 3,
      discountRate: 0,
    });
    expect(r.npvOere).toBe(32_000_000);
    expect(r.paybackYear).toBe(1);
    expect(r.yearly.map((y) => y.discountedOere)).toEqual([14_000_000, 14_000_000, 14_000_000]);
    expect(r.totalGainOere).toBe(32_000_000);
  });

  it('never pays back within the horizon → paybackYear null, negative NPV', () => {
    // I0 = 10.000.000; N = 1.000.000 (1.000.000 saved, nothing else); horizon 5
    // cumulative after 5 years = −10.000.000 + 5.000.000 = −5.000.000 < 0 → null
    // discounted sum = 1.000.000 × (1 − 1.035⁻⁵)/0.035 = 1.000.000 × 4,51505237... = 4.515.052,38
    // NPV = −10.000.000 + 4.515.052,38 = −5.484.947,62 → −5.484.948
    const r = computeBusinessCase({
      investmentOere: 10_000_000,
      yearlyRunningCostOere: 0,
      hoursFreedPerYear: 0,
      hourlyRateOere: 0,
      kronerSavedPerYearOere: 1_000_000,
      horizonYears: 5,
      discountRate: 0.035,
    });
    expect(r.paybackYear).toBeNull();
    expect(r.npvOere).toBe(-5_484_948);
    expect(r.totalGainOere).toBe(-5_000_000);
  });

  it('payback in year 3 with r = 3.5 % over 3 years', () => {
    // I0 = 2.500.000, N = 1.000.000: cumulative −1.5M, −0.5M, +0.5M → payback 3
    // NPV = −2.500.000 + 966.183,57 + 933.510,70 + 901.942,71 = 301.636,98 → 301.637
    const r = computeBusinessCase({
      investmentOere: 2_500_000,
      yearlyRunningCostOere: 0,
      hoursFreedPerYear: 0,
      hourlyRateOere: 35_000,
      kronerSavedPerYearOere: 1_000_000,
      horizonYears: 3,
    });
    expect(r.paybackYear).toBe(3);
    expect(r.npvOere).toBe(301_637);
  });

  it('no investment → payback year 0, even when the yearly net is negative', () => {
    // N = 0 + 0 − 500.000 = −500.000; r = 0: NPV = 3 × −500.000 = −1.500.000
    const r = computeBusinessCase({
      investmentOere: 0,
      yearlyRunningCostOere: 500_000,
      hoursFreedPerYear: 0,
      hourlyRateOere: 0,
      kronerSavedPerYearOere: 0,
      horizonYears: 3,
      discountRate: 0,
    });
    expect(r.paybackYear).toBe(0);
    expect(r.npvOere).toBe(-1_500_000);
  });

  it('rounds hours × rate to whole øre', () => {
    // 2,5 h × 33.333 øre = 83.332,5 → 83.333 øre; horizon 1, r = 0, I0 = 0 → NPV 83.333
    const r = computeBusinessCase({
      investmentOere: 0,
      yearlyRunningCostOere: 0,
      hoursFreedPerYear: 2.5,
      hourlyRateOere: 33_333,
      kronerSavedPerYearOere: 0,
      horizonYears: 1,
      discountRate: 0,
    });
    expect(r.yearly[0]?.netOere).toBe(83_333);
    expect(r.npvOere).toBe(83_333);
  });
});

describe('businessCaseInputSchema', () => {
  const base = {
    investmentOere: 100,
    yearlyRunningCostOere: 0,
    hoursFreedPerYear: 1,
    hourlyRateOere: 100,
    kronerSavedPerYearOere: 0,
  };
  it('applies defaults', () => {
    const p = businessCaseInputSchema.parse(base);
    expect(p.discountRate).toBe(0.035);
    expect(p.horizonYears).toBe(5);
  });
  it('rejects bad input with Danish messages', () => {
    const r1 = businessCaseInputSchema.safeParse({ ...base, horizonYears: 36 });
    expect(r1.error?.issues[0]?.message).toBe('Tidshorisonten kan højst være 35 år');
    const r2 = businessCaseInputSchema.safeParse({ ...base, investmentOere: 1.5 });
    expect(r2.error?.issues[0]?.message).toBe('Investeringen skal angives i hele øre');
    const r3 = businessCaseInputSchema.safeParse({ ...base, horizonYears: 0 });
    expect(r3.error?.issues[0]?.message).toBe('Tidshorisonten skal være mindst 1 år');
    expect(() => computeBusinessCase({ ...base, yearlyRunningCostOere: -1 })).toThrow();
  });
});
