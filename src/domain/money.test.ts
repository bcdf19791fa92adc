import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatKroner, oereToKronerInput, parseKronerInput } from './money.js';

describe('formatKroner', () => {
  it('formats Danish kroner with thousands dots and no decimals for whole kroner', () => {
    // 123456700 øre / 100 = 1234567 kr.
    expect(formatKroner(123_456_700)).toBe('1.234.567\u00a0kr.');
    expect(formatKroner(0)).toBe('0\u00a0kr.');
    expect(formatKroner(100)).toBe('1\u00a0kr.');
    expect(formatKroner(99_900)).toBe('999\u00a0kr.');
    expect(formatKroner(100_000)).toBe('1.000\u00a0kr.');
  });
  it('shows ,øre decimals only when øre ≠ 0', () => {
    // 123456750 øre = 1234567 kr. + 50 øre
    expect(formatKroner(123_456_750)).toBe('1.234.567,50\u00a0kr.');
    expect(formatKroner(5)).toBe('0,05\u00a0kr.');
  });
  it('formats negatives with a minus sign', () => {
    expect(formatKroner(-123_456_700)).toBe('-1.234.567\u00a0kr.');
    expect(formatKroner(-5)).toBe('-0,05\u00a0kr.');
    expect(formatKroner(-123_456_700, 'en')).toBe('-DKK\u00a01,234,567');
  });
  it('formats English', () => {
    expect(formatKroner(123_456_700, 'en')).toBe('DKK\u00a01,234,567');
    expect(formatKroner(123_456_750, 'en')).toBe('DKK\u00a01,234,567.50');
  });
  it('puts a NO-BREAK SPACE (U+00A0) between the amount and the currency, never a plain space', () => {
    expect(formatKroner(450_000_000)).toBe('4.500.000\u00a0kr.');
    expect(formatKroner(450_000_000, 'en')).toBe('DKK\u00a04,500,000');
    for (const oere of [0, 5, 100_050, -123_456_700]) for (const l of ['da', 'en'] as const) expect(formatKroner(oere, l)).not.toMatch(/ /);
  });
  it('shows øre only where they are not zero', () => {
    expect(formatKroner(100_000)).not.toContain(',');
    expect(formatKroner(100_001)).toBe('1.000,01\u00a0kr.');
    expect(formatKroner(100_010)).toBe('1.000,10\u00a0kr.');
  });
  it('refuses non-integer øre', () => {
    expect(() => formatKroner(1.5)).toThrow(RangeError);
    expect(() => formatKroner(Number.NaN)).toThrow(RangeError);
  });
});

describe('parseKronerInput', () => {
  it.each([
    ['5.000.000', 500_000_000], // 5 000 000 kr. × 100
    ['5000000', 500_000_000],
    ['5 000 000', 500_000_000],
    ['5\u00a0000\u00a0000', 500_000_000],
    ['1.234,50', 123_450], // 1234 × 100 + 50
    ['1234,5', 123_450], // ,5 = 50 øre
    ['1234,05', 123_405],
    ['kr. 1.000', 100_000],
    ['1.000 kr.', 100_000],
    ['1.000 kr', 100_000],
    ['1.000,-', 100_000],
    ['DKK 1.000', 100_000],
    ['  42  ', 4_200],
    ['0', 0],
    ['0,01', 1],
    ['-1.000', -100_000],
    ['90071992547409,91', 9_007_199_254_740_991], // exactly MAX_SAFE_INTEGER øre
  ])('parses %j → %d øre', (input, expected) => {
    expect(parseKronerInput(input)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    'abc',
    '12a',
    '1,234', // 3 decimals
    '1,2345',
    '1234.50', // dot not followed by exactly three digits
    '1.5',
    '1.23.456',
    '12.3456',
    '1.000.00',
    '5 00 000',
    '1,2,3',
    ',50',
    'kr.',
    '90071992547409,92', // MAX_SAFE_INTEGER + 1 øre
    '999999999999999999999',
    '1e6',
    '--5',
  ])('returns null for %j', (input) => {
    expect(parseKronerInput(input)).toBeNull();
  });
});

describe('oereToKronerInput', () => {
  it('produces input strings', () => {
    expect(oereToKronerInput(500_000_000)).toBe('5.000.000');
    expect(oereToKronerInput(123_450)).toBe('1.234,50');
    expect(oereToKronerInput(-1_205)).toBe('-12,05');
    expect(oereToKronerInput(0)).toBe('0');
  });
  it('round-trips through parseKronerInput', () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (oere) => {
        const back = parseKronerInput(oereToKronerInput(oere));
        // -0 and 0 are the same amount
        expect(back === oere || (back === 0 && oere === 0)).toBe(true);
      }),
    );
  });
});
