import { describe, expect, it } from 'vitest';
import {
  addMonths,
  copenhagenLocalToDate,
  dateToCopenhagenParts,
  formatDate,
  formatDateTime,
  parseDanishDate,
  parseIsoDate,
  todayInCopenhagen,
} from './dates.js';

describe('formatDate', () => {
  it('formats a calendar date in Danish and English', () => {
    expect(formatDate('2026-11-23')).toBe('23. november 2026');
    expect(formatDate('2026-11-23', 'en')).toBe('23 November 2026');
    expect(formatDate('2026-01-01')).toBe('1. januar 2026');
  });
  it('shows an instant in Copenhagen time, not UTC', () => {
    // 2026-11-23T23:30Z is 00:30 on 24 November in Copenhagen (UTC+1 in winter)
    expect(formatDate(new Date('2026-11-23T23:30:00Z'))).toBe('24. november 2026');
    // 2026-06-30T22:30Z is 00:30 on 1 July (UTC+2 in summer)
    expect(formatDate('2026-06-30T22:30:00Z', 'en')).toBe('1 July 2026');
  });
  it('throws on invalid dates', () => {
    expect(() => formatDate('2026-02-30')).toThrow(RangeError);
    expect(() => formatDate('not a date')).toThrow(RangeError);
  });
});

describe('formatDateTime', () => {
  it('formats with kl. and a dot between hours and minutes', () => {
    // 13:05 UTC + 1 h (CET) = 14:05
    expect(formatDateTime(new Date('2026-11-23T13:05:00Z'))).toBe('23. november 2026 kl. 14.05');
    expect(formatDateTime(new Date('2026-11-23T13:05:00Z'), 'en')).toBe('23 November 2026 at 14:05');
    // 07:00 UTC + 2 h (CEST) = 09:00; midnight shows as 00
    expect(formatDateTime('2026-06-01T07:00:00Z')).toBe('1. juni 2026 kl. 09.00');
    expect(formatDateTime('2026-06-01T22:00:00Z')).toBe('2. juni 2026 kl. 00.00');
  });
});

describe('todayInCopenhagen', () => {
  it('uses the Copenhagen calendar date', () => {
    // 23:30 UTC on 31 Dec is 00:30 on 1 Jan in Copenhagen
    expect(todayInCopenhagen(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(todayInCopenhagen(new Date('2026-12-31T22:30:00Z'))).toBe('2026-12-31');
    expect(todayInCopenhagen()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-03-15', 6, '2026-09-15'], // Horsens: 6 months after start
    ['2026-03-15', 12, '2027-03-15'], // and 12 months
    ['2027-01-31', 1, '2027-02-28'], // 2027 is not a leap year
    ['2028-01-31', 1, '2028-02-29'], // 2028 is a leap year
    ['2026-08-31', 1, '2026-09-30'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-05-10', 0, '2026-05-10'],
  ])('%s + %d months = %s', (from, n, expected) => {
    expect(addMonths(from, n)).toBe(expected);
  });
  it('rejects bad input', () => {
    expect(() => addMonths('2026-13-01', 1)).toThrow(RangeError);
    expect(() => addMonths('2026-01-01', 1.5)).toThrow(RangeError);
  });
  it('parseIsoDate validates the calendar', () => {
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseIsoDate('2027-02-29')).toBeNull();
  });
});

describe('Copenhagen wall-clock time across the daylight-saving changes', () => {
  // 2026: summer time starts Sunday 29 March at 02:00 (→ 03:00) and ends Sunday 25 October at 03:00 (→ 02:00).
  it('reads a Danish local time with the offset of that day (+1 in winter, +2 in summer)', () => {
    expect(copenhagenLocalToDate('2026-03-29T01:30')?.toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(copenhagenLocalToDate('2026-03-29T03:30')?.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(copenhagenLocalToDate('2026-10-25T01:30')?.toISOString()).toBe('2026-10-24T23:30:00.000Z');
    expect(copenhagenLocalToDate('2026-10-25T03:30')?.toISOString()).toBe('2026-10-25T02:30:00.000Z');
    expect(copenhagenLocalToDate('2026-07-01 15:00')?.toISOString()).toBe('2026-07-01T13:00:00.000Z');
  });

  it('moves a time inside the spring gap an hour on, and reads the autumn repeat as the later (winter) hour', () => {
    // 02:30 on 29 March does not exist in Copenhagen: it is read as 03:30 summer time.
    expect(copenhagenLocalToDate('2026-03-29T02:30')?.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // 02:30 on 25 October happens twice: the second (winter time) is chosen.
    expect(copenhagenLocalToDate('2026-10-25T02:30')?.toISOString()).toBe('2026-10-25T01:30:00.000Z');
  });

  it('shows instants around the changes in Danish time', () => {
    expect(dateToCopenhagenParts(new Date('2026-03-29T00:59:00Z'))).toEqual({ date: '2026-03-29', time: '01:59' });
    expect(dateToCopenhagenParts(new Date('2026-03-29T01:00:00Z'))).toEqual({ date: '2026-03-29', time: '03:00' });
    expect(formatDateTime('2026-10-25T00:30:00Z')).toBe('25. oktober 2026 kl. 02.30');
    expect(formatDateTime('2026-10-25T01:30:00Z')).toBe('25. oktober 2026 kl. 02.30');
    expect(todayInCopenhagen(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29');
    expect(todayInCopenhagen(new Date('2026-10-24T22:30:00Z'))).toBe('2026-10-25');
    expect(todayInCopenhagen(new Date('2026-10-24T21:30:00Z'))).toBe('2026-10-24');
  });

  it('round-trips every quarter of an hour of both change days, except the hour that does not exist', () => {
    for (const day of ['2026-03-29', '2026-10-25']) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        if (day === '2026-03-29' && time.startsWith('02:')) continue;
        const instant = copenhagenLocalToDate(`${day}T${time}`);
        expect(instant && dateToCopenhagenParts(instant), `${day} ${time}`).toEqual({ date: day, time });
      }
    }
  });

  it('refuses what is not a date and time', () => {
    expect(copenhagenLocalToDate('2026-02-30T10:00')).toBeNull();
    expect(copenhagenLocalToDate('2026-03-29T24:00')).toBeNull();
    expect(copenhagenLocalToDate('i morgen')).toBeNull();
  });
});

describe('parseDanishDate', () => {
  it('reads dd.mm.åååå, dd-mm-åååå, d/m/åååå and ISO; refuses dates that do not exist', () => {
    expect(parseDanishDate('15.03.2026')).toBe('2026-03-15');
    expect(parseDanishDate('1-3-2026')).toBe('2026-03-01');
    expect(parseDanishDate('29/2/2028')).toBe('2028-02-29');
    expect(parseDanishDate(' 2026-03-15 ')).toBe('2026-03-15');
    expect(parseDanishDate('29.02.2026')).toBeNull();
    expect(parseDanishDate('15.13.2026')).toBeNull();
    expect(parseDanishDate('marts')).toBeNull();
  });
});
