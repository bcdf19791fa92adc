import type { ApplicationContent } from './application-content.js';
import type { Missing } from './application-sections.js';
import { todayInCopenhagen } from './dates.js';

/**
 * A pool's period (periodStartYear..periodEndYear) and what must agree with it: a pool past its
 * period is closed whatever its stored status, and an application's budget years and dates lie
 * within the period. Pure rules; the use cases pass the day (Copenhagen).
 */

export interface PoolPeriod {
  periodStartYear: number;
  periodEndYear: number;
}

export type PoolStatus = 'draft' | 'open' | 'closed';

/** The Copenhagen year of an instant. */
export function yearInCopenhagen(now: Date = new Date()): number {
  return Number(todayInCopenhagen(now).slice(0, 4));
}

/** The pool's last year has ended (31 December of periodEndYear has passed in Copenhagen). */
export function periodHasEnded(pool: Pick<PoolPeriod, 'periodEndYear'>, now: Date = new Date()): boolean {
  return pool.periodEndYear < yearInCopenhagen(now);
}

/** The status people see: an open pool past its period is closed. */
export function effectivePoolStatus(pool: PoolPeriod & { status: PoolStatus }, now: Date = new Date()): PoolStatus {
  return pool.status === 'open' && periodHasEnded(pool, now) ? 'closed' : pool.status;
}

const yearOf = (isoDate: string) => Number(isoDate.slice(0, 4));

/**
 * Where the content disagrees with the pool's period: a budget year outside it, or a start date,
 * end date or milestone date in a year outside it. Field names are the form's dotted paths.
 */
export function periodConflicts(c: Pick<ApplicationContent, 'budget' | 'startDate' | 'endDate' | 'milestones'>, pool: PoolPeriod): Missing[] {
  const { periodStartYear: from, periodEndYear: to } = pool;
  const span = from === to ? String(from) : `${from}–${to}`;
  const outside = (year: number) => year < from || year > to;
  const out: Missing[] = [];
  c.budget?.forEach((row, i) => {
    if (outside(row.year)) {
      out.push({
        section: 'budget',
        field: `budget.${i}.year`,
        message: { da: `Året skal ligge i puljens periode ${span}`, en: `The year must lie within the pool's period ${span}` },
      });
    }
  });
  const date = (field: string, value: string | undefined, da: string, en: string) => {
    if (value && outside(yearOf(value))) {
      out.push({
        section: 'tidsplan',
        field,
        message: { da: `${da} skal ligge i puljens periode ${span}`, en: `${en} must lie within the pool's period ${span}` },
      });
    }
  };
  date('startDate', c.startDate, 'Startdatoen', 'The start date');
  date('endDate', c.endDate, 'Slutdatoen', 'The end date');
  c.milestones?.forEach((m, i) => date(`milestones.${i}.date`, m.date, `Datoen for milepæl ${i + 1}`, `The date of milestone ${i + 1}`));
  return out;
}
