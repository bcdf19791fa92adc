import { z } from 'zod';
import type { Locale } from './bilingual.js';

export const TIME_ZONE = 'Europe/Copenhagen';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month1: number): number {
  return new Date(Date.UTC(year, month1, 0)).getUTCDate();
}

/** Parses `YYYY-MM-DD` strictly; null when malformed or not a real calendar date. */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * A date-only string `YYYY-MM-DD` is a calendar date and is shown as is (no time-zone shift).
 * Any other string is parsed by `Date` (ISO timestamps); a Date is an instant shown in Copenhagen time.
 */
function toInstant(d: Date | string): Date {
  if (typeof d === 'string') {
    const cal = parseIsoDate(d);
    if (cal) return new Date(Date.UTC(cal.year, cal.month - 1, cal.day, 12)); // noon UTC is the same day in Copenhagen
    if (ISO_DATE.test(d)) throw new RangeError(`Ugyldig dato: ${d}`);
  }
  const date = typeof d === 'string' ? new Date(d) : d;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Ugyldig dato: ${String(d)}`);
  return date;
}

type PartMap = Partial<Record<Intl.DateTimeFormatPartTypes, string>>;

function copenhagenParts(date: Date, locale: Locale, withTime: boolean): PartMap {
  const fmt = new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
    timeZone: TIME_ZONE,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
  });
  const map: PartMap = {};
  for (const p of fmt.formatToParts(date)) map[p.type] = p.value;
  return map;
}

/** `23. november 2026` (da) / `23 November 2026` (en), in Europe/Copenhagen. */
export function formatDate(d: Date | string, locale: Locale = 'da'): string {
  const p = copenhagenParts(toInstant(d), locale, false);
  return locale === 'da' ? `${p.day}. ${p.month} ${p.year}` : `${p.day} ${p.month} ${p.year}`;
}

/** `23. november 2026 kl. 14.05` (da) / `23 November 2026 at 14:05` (en), in Europe/Copenhagen. */
export function formatDateTime(d: Date | string, locale: Locale = 'da'): string {
  const p = copenhagenParts(toInstant(d), locale, true);
  return locale === 'da' ? `${p.day}. ${p.month} ${p.year} kl. ${p.hour}.${p.minute}` : `${p.day} ${p.month} ${p.year} at ${p.hour}:${p.minute}`;
}

/** The calendar date in Copenhagen as `YYYY-MM-DD` (for `now`, default the current instant). */
export function todayInCopenhagen(now: Date = new Date()): string {
  const fmt = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const map: PartMap = {};
  for (const p of fmt.formatToParts(now)) map[p.type] = p.value;
  return `${map.year}-${map.month}-${map.day}`;
}

/**
 * Adds n (may be negative) calendar months to `YYYY-MM-DD`, clamping to the end of the month:
 * 2027-01-31 + 1 → 2027-02-28; 2028-01-31 + 1 → 2028-02-29. Throws RangeError on a bad date.
 */
export function addMonths(isoDate: string, n: number): string {
  const cal = parseIsoDate(isoDate);
  if (!cal) throw new RangeError(`Ugyldig dato: ${isoDate}`);
  if (!Number.isInteger(n)) throw new RangeError(`Antal måneder skal være et heltal: ${n}`);
  const monthIndex = cal.year * 12 + (cal.month - 1) + n;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  const day = Math.min(cal.day, daysInMonth(year, month));
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

// --- Copenhagen wall-clock time (meetings, deadlines): the offset changes with daylight saving ---

const LOCAL = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})$/;

/** Offset of Copenhagen from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function offsetMinutes(at: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (t: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * `YYYY-MM-DDTHH:MM` read as Danish wall-clock time, or an ISO timestamp with an offset or `Z`.
 * Null when neither or not a real date/time.
 */
export function copenhagenLocalToDate(value: string): Date | null {
  const m = LOCAL.exec(value.trim());
  if (m) {
    const [, day = '', hh = '', mm = ''] = m;
    const cal = parseIsoDate(day);
    const hour = Number(hh);
    const minute = Number(mm);
    if (!cal || hour > 23 || minute > 59) return null;
    const wall = Date.UTC(cal.year, cal.month - 1, cal.day, hour, minute);
    let guess = new Date(wall - offsetMinutes(new Date(wall)) * 60_000);
    guess = new Date(wall - offsetMinutes(guess) * 60_000);
    return guess;
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value.trim())) return null;
  const d = new Date(value.trim());
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * A time of day as a Dane types it → `HH:MM` for `copenhagenLocalToDate`: "15.00", "kl. 15.00", "9:30",
 * "1500" → "15:00", "09:30", "15:00". Anything else is returned as typed (the schema then refuses it).
 * Times are shown as `15.00` (formatDateTime, formatTime); this is the one reader of what is typed.
 */
export function normaliseTimeInput(s: string): string {
  const m = /^(\d{1,2})[.:]?(\d{2})$/.exec(s.trim().replace(/^kl\.?\s*/i, ''));
  return m ? `${(m[1] ?? '').padStart(2, '0')}:${m[2] ?? ''}` : s.trim();
}

/** `HH:MM` (a form value or dateToCopenhagenParts' time) shown the Danish way: `15.00`. */
export const formatTimeInput = (hhmm: string): string => hhmm.replace(':', '.');

/** The instant as `YYYY-MM-DD` and `HH:MM` in Danish time, for form fields. */
export function dateToCopenhagenParts(d: Date): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(d);
  const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? '';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

/** A meeting's start as typed (Danish wall-clock time) → Date; shared by the pool setup and createMeeting. */
export const meetingStartsAtSchema = z
  .string({ error: 'Angiv dato og klokkeslæt' })
  .trim()
  .min(1, { error: 'Angiv dato og klokkeslæt' })
  .transform((v, ctx) => {
    const d = copenhagenLocalToDate(v);
    if (!d) {
      ctx.addIssue({ code: 'custom', message: 'Angiv en gyldig dato og et klokkeslæt, fx 12.03.2026 kl. 15.00' });
      return z.NEVER;
    }
    return d;
  });

/** `YYYY-MM-DD` that is a real date. */
export const isIsoDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));

const DANISH_DATE = /^(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4})$/;

/** What a Danish user types as a date — `15.3.2026`, `15-03-2026`, `15/03/2026` or ISO `2026-03-15` — as ISO; null when not a real date. */
export function parseDanishDate(text: string): string | null {
  const s = text.trim();
  if (parseIsoDate(s)) return s;
  const m = DANISH_DATE.exec(s);
  if (!m) return null;
  const iso = `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
  return parseIsoDate(iso) ? iso : null;
}
