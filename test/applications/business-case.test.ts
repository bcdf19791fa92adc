import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../support/app.js';
import { buildPool, type TestPool } from '../support/factories.js';

/** Business-case figures through the API, against values computed by hand. */
let t: TestApp;
let pool: TestPool;
let me: TestClient;
beforeAll(async () => {
  t = await createTestApp('demo');
  pool = await buildPool(t.db, 'horsens', 'horsens');
  me = await t.as('ansoeger@horsens.demo');
});
afterAll(() => t.close());

const compute = async (body: Record<string, number>) => {
  const res = await me.api('POST', '/business-case', body);
  expect(res.status).toBe(200);
  return (await res.json()) as { npvOere: number; paybackYear: number | null; totalGainOere: number };
};

describe('computeBusinessCase', () => {
  it('3 years at 3,5 %: pays back in year 1', async () => {
    // I0 = 200.000 kr.; N = 1.000 h × 300 kr. + 20.000 − 40.000 = 280.000 kr. a year.
    // NPV = −200.000 + 280.000 × (1/1,035 + 1/1,035² + 1/1,035³)
    //     = −200.000 + 280.000 × 2,8016369809 = −200.000 + 784.458,35 = 584.458,35 kr.
    // cumulative: +80.000 after year 1 → payback year 1.
    const r = await compute({
      investmentOere: 200_000_00,
      yearlyRunningCostOere: 40_000_00,
      hoursFreedPerYear: 1000,
      hourlyRateOere: 300_00,
      kronerSavedPerYearOere: 20_000_00,
      horizonYears: 3,
    });
    expect(r.npvOere).toBe(58_445_835);
    expect(r.paybackYear).toBe(1);
  });

  it('pays back in year 3 of 5 at 5 %', async () => {
    // I0 = 1.000.000 kr.; N = 350.000 kr. a year; cumulative −650.000, −300.000, +50.000 → year 3.
    // NPV = −1.000.000 + 350.000 × 4,3294766706 (annuity factor 5 %, 5 years) = 515.316,83 kr.
    const r = await compute({
      investmentOere: 1_000_000_00,
      yearlyRunningCostOere: 0,
      hoursFreedPerYear: 0,
      hourlyRateOere: 0,
      kronerSavedPerYearOere: 350_000_00,
      horizonYears: 5,
      discountRate: 0.05,
    });
    expect(r.npvOere).toBe(51_531_683);
    expect(r.paybackYear).toBe(3);
    expect(r.totalGainOere).toBe(750_000_00);
  });

  it('never pays back when the yearly gain does not cover the running costs', async () => {
    // N = 100 h × 300 kr. − 50.000 kr. = −20.000 kr. a year; NPV = −1.000.000 − 20.000 × 4,5150523755 = −1.090.301,05 kr.
    const r = await compute({
      investmentOere: 1_000_000_00,
      yearlyRunningCostOere: 50_000_00,
      hoursFreedPerYear: 100,
      hourlyRateOere: 300_00,
      kronerSavedPerYearOere: 0,
    });
    expect(r.paybackYear).toBeNull();
    expect(r.npvOere).toBe(-109_030_105);
  });

  it('refuses malformed input with Danish field errors', async () => {
    const res = await me.api('POST', '/business-case', {
      investmentOere: -1,
      yearlyRunningCostOere: 'mange',
      hoursFreedPerYear: 1,
      hourlyRateOere: 1,
      kronerSavedPerYearOere: 1,
      horizonYears: 50,
    });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { fields: Record<string, string> } };
    expect(body.error.fields).toMatchObject({
      investmentOere: 'Investeringen kan ikke være negativ',
      yearlyRunningCostOere: 'De årlige driftsudgifter skal være et beløb',
      horizonYears: 'Tidshorisonten kan højst være 35 år',
    });
  });

  it("an application's business case is computed on the server and returned with it", async () => {
    const created = (await (await me.api('POST', '/applications', { poolId: pool.poolId, title: 'BC' })).json()) as { id: string };
    const res = await me.api('PATCH', `/applications/${created.id}`, {
      businessCase: {
        investmentOere: 1_000_000_00,
        yearlyRunningCostOere: 0,
        hoursFreedPerYear: 0,
        hourlyRateOere: 0,
        kronerSavedPerYearOere: 350_000_00,
        horizonYears: 5,
        discountRate: 0.05,
      },
    });
    expect(res.status).toBe(200);
    const app = (await res.json()) as { businessCaseFigures: { npvOere: number; paybackYear: number } };
    expect(app.businessCaseFigures).toMatchObject({ npvOere: 51_531_683, paybackYear: 3 });
    const bad = await me.api('PATCH', `/applications/${created.id}`, { businessCase: { investmentOere: 1.5 } });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { error: { fields: Record<string, string> } }).error.fields['businessCase.investmentOere']).toBe(
      'Investeringen skal være i hele øre',
    );
  });
});
