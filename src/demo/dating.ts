import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rowsOf } from '../db/rows.js';
import { addMonths, copenhagenLocalToDate, todayInCopenhagen } from '../domain/dates.js';
import { addDays } from '../domain/follow-up.js';

/**
 * The demo is dated relative to the day it is seeded ("today", Europe/Copenhagen), so it never looks
 * stale: every pool's four-year period runs from two years ago to next year (Vejle's seed years
 * 2021–2024 become those four years, its largest year, the seed's 2023, is this year), the meeting
 * calendars have past and upcoming meetings, and the cases were submitted, reviewed and decided days,
 * weeks and months before today.
 */
export interface DemoToday {
  /** `YYYY-MM-DD` in Copenhagen. */
  today: string;
  /** This year. */
  year: number;
}

export function demoToday(today: string = todayInCopenhagen()): DemoToday {
  return { today, year: Number(today.slice(0, 4)) };
}

/** The four years of every demo pool: from two years ago to next year. */
export function demoPeriod(today: string = todayInCopenhagen()): { startYear: number; endYear: number; years: number[] } {
  const { year } = demoToday(today);
  const startYear = year - 2;
  return { startYear, endYear: year + 1, years: [startYear, startYear + 1, startYear + 2, startYear + 3] };
}

/** "2021–2024" shifted: the period's first and last year with an en dash. */
export const yearSpan = (p: { startYear: number; endYear: number }) => `${p.startYear}–${p.endYear}`;

export { addDays, addMonths };

/** `YYYY-MM-DD` + `HH:MM` (Danish wall-clock time) as an instant. */
export function instantAt(day: string, time = '10:00'): Date {
  const d = copenhagenLocalToDate(`${day}T${time}`);
  if (!d) throw new Error(`demo: bad date ${day} ${time}`);
  return d;
}

/**
 * Where the demo back-dates what happened: the columns that say when a case was created, submitted,
 * screened, reviewed, recommended, put on an agenda, decided, reported on, evaluated. Only the case's
 * own rows: the audit log and the ledger are append-only (they keep the moment the demo was seeded),
 * and schedules (jobs, the outbox, sessions) are not history.
 */
const HISTORY_COLUMNS: Record<string, readonly string[]> = {
  applications: ['created_at', 'updated_at', 'submitted_at', 'decided_at'],
  application_versions: ['submitted_at'],
  application_co_applicants: ['created_at'],
  ideas: ['created_at', 'updated_at', 'assessed_at'],
  idea_advice: ['created_at'],
  screenings: ['screened_at'],
  reviews: ['assigned_at', 'declared_at', 'submitted_at'],
  recommendations: ['created_at'],
  agenda_items: ['created_at'],
  decisions: ['decided_at'],
  information_requests: ['asked_at', 'answered_at'],
  meetings: ['created_at'],
  notifications: ['created_at'],
  projects: ['created_at', 'updated_at'],
  project_milestones: ['created_at', 'updated_at'],
  follow_up_reports: ['created_at', 'updated_at', 'submitted_at', 'reviewed_at', 'draft_saved_at'],
  follow_up_report_versions: ['submitted_at'],
  project_evaluations: ['created_at', 'updated_at'],
  evaluation_agenda_items: ['created_at'],
  project_handovers: ['created_at'],
};

const historyTables = new WeakMap<Db, Promise<Map<string, string[]>>>();

/** The history columns that exist in this database (a table another change has not added yet is skipped). */
async function existingHistoryColumns(db: Db): Promise<Map<string, string[]>> {
  let found = historyTables.get(db);
  if (!found) {
    found = (async () => {
      const rows = rowsOf<{ table_name: string; column_name: string }>(
        await db.execute(
          sql`select table_name, column_name from information_schema.columns where table_schema = current_schema() and data_type = 'timestamp with time zone'`,
        ),
      );
      const present = new Map<string, string[]>();
      for (const [table, columns] of Object.entries(HISTORY_COLUMNS)) {
        const cols = columns.filter((c) => rows.some((r) => r.table_name === table && r.column_name === c));
        if (cols.length > 0) present.set(table, cols);
      }
      return present;
    })();
    historyTables.set(db, found);
  }
  return found;
}

async function databaseNow(db: Db): Promise<Date> {
  const [row] = rowsOf<{ now: string | Date }>(await db.execute(sql`select clock_timestamp() as now`));
  return new Date(row?.now ?? Date.now());
}

/**
 * Runs one step of the demo (a use case, as the person whose job it is) and dates what it wrote at
 * `when`: every history column the step set (in the app's or the database's clock) is moved to
 * `when`. A `when` later than now is taken as now (nothing in the demo happened in the future).
 */
export async function happenedAt<T>(db: Db, when: Date, step: () => Promise<T>): Promise<T> {
  const appFrom = new Date(Date.now() - 1);
  const dbFrom = new Date((await databaseNow(db)).getTime() - 1);
  const result = await step();
  const appTo = new Date(Date.now() + 1);
  const dbTo = new Date((await databaseNow(db)).getTime() + 1);
  const at = when.getTime() > Date.now() ? new Date() : when;
  const inStep = (column: string) =>
    sql`((${sql.identifier(column)} between ${appFrom.toISOString()}::timestamptz and ${appTo.toISOString()}::timestamptz) or (${sql.identifier(column)} between ${dbFrom.toISOString()}::timestamptz and ${dbTo.toISOString()}::timestamptz))`;
  for (const [table, columns] of await existingHistoryColumns(db)) {
    const sets = columns.map((c) => sql`${sql.identifier(c)} = case when ${inStep(c)} then ${at.toISOString()}::timestamptz else ${sql.identifier(c)} end`);
    const any = sql.join(
      columns.map((c) => inStep(c)),
      sql` or `,
    );
    await db.execute(sql`update ${sql.identifier(table)} set ${sql.join(sets, sql`, `)} where ${any}`);
  }
  return result;
}
