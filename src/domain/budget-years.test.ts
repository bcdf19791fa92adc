import { describe, expect, it } from 'vitest';
import { closedBudgetYear } from './budget-years.js';

const noCarry = { allowsCarryOver: false, periodEndYear: 2028 };
const carry = { allowsCarryOver: true, periodEndYear: 2028 };

describe('closedBudgetYear', () => {
  it('keeps the current and later years open, on the last day of the year too', () => {
    expect(closedBudgetYear(noCarry, 2026, '2026-12-31')).toBeNull();
    expect(closedBudgetYear(noCarry, 2027, '2026-01-01')).toBeNull();
  });

  it('closes a year once Copenhagen’s today is past 31 December of it, when the pool does not carry over', () => {
    expect(closedBudgetYear(noCarry, 2025, '2026-01-01')?.da).toBe(
      'Budgetåret 2025 er slut (31. december 2025), og puljen overfører ikke midler til næste år. Fordel beløbet på 2026 eller senere.',
    );
  });

  it('lets the carry-over decide: an ended year stays open while the period has a year left to carry into', () => {
    expect(closedBudgetYear(carry, 2025, '2026-03-01')).toBeNull();
    expect(closedBudgetYear(carry, 2025, '2028-12-31')).toBeNull();
    expect(closedBudgetYear(carry, 2027, '2029-01-02')?.da).toContain('puljens periode sluttede i 2028');
  });
});
