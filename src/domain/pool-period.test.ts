import { describe, expect, it } from 'vitest';
import { effectivePoolStatus, periodConflicts, periodHasEnded } from './pool-period.js';

describe("budget years and dates within the pool's period", () => {
  it('the rule itself: every year and date outside 2026–2028 is named by its field', () => {
    const period = { periodStartYear: 2026, periodEndYear: 2028 };
    const c = periodConflicts(
      {
        budget: [
          { year: 2027, costType: 'equipment', description: '', amountOere: 1 },
          { year: 2029, costType: 'staff', description: '', amountOere: 1 },
        ],
        startDate: '2025-12-31',
        endDate: '2028-12-31',
        milestones: [
          { date: '2026-01-01', title: 'a' },
          { date: '2030-05-01', title: 'b' },
        ],
      },
      period,
    );
    expect(c.map((x) => x.field)).toEqual(['budget.1.year', 'startDate', 'milestones.1.date']);
    expect(c[1]?.message.da).toBe('Startdatoen skal ligge i puljens periode 2026–2028');
  });
});

describe('a pool past its period is closed', () => {
  it('the rule: open and past its last year → closed; the last year itself is still open', () => {
    const pool2024 = { periodStartYear: 2021, periodEndYear: 2024, status: 'open' as const };
    expect(periodHasEnded(pool2024, new Date('2024-12-31T22:30:00Z'))).toBe(false); // 23.30 in Copenhagen, still 2024
    expect(periodHasEnded(pool2024, new Date('2024-12-31T23:30:00Z'))).toBe(true); // 00.30 on 1 January 2025
    expect(effectivePoolStatus(pool2024, new Date('2026-12-02T12:00:00Z'))).toBe('closed');
    expect(effectivePoolStatus({ ...pool2024, status: 'draft' }, new Date('2026-12-02T12:00:00Z'))).toBe('draft');
    expect(effectivePoolStatus(pool2024, new Date('2023-06-01T12:00:00Z'))).toBe('open');
  });
});
