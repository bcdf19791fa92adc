import { z } from 'zod';
import { TIME_ZONE, parseIsoDate } from '../../domain/dates.js';

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
      ctx.addIssue({ code: 'custom', message: 'Angiv en gyldig dato og et klokkeslæt, fx 2026-03-12 kl. 15:00' });
      return z.NEVER;
    }
    return d;
  });

/** `YYYY-MM-DD` that is a real date. */
export const isIsoDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));
