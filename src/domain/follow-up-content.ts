import { z } from 'zod';
import { COST_TYPES } from './application-content.js';
import { isIsoDate } from './dates.js';

/**
 * What a follow-up report says (the draft and every submitted version): per result goal the measured
 * value, when and how, a comment and on track yes/no; gains realised against the business case;
 * spending to date per year and cost type; milestones planned vs actual; lessons; how other units
 * could adopt the technology (Horsens).
 */
const text = (max: number) =>
  z
    .string({ error: 'Skal være tekst' })
    .trim()
    .max(max, { error: `Højst ${max} tegn` })
    .default('');
const optionalDate = (what: string) =>
  z
    .string()
    .trim()
    .default('')
    .refine((v) => v === '' || isIsoDate(v), { error: `Skriv ${what} som en dato, fx 15.03.2026` });
const nonNegative = (what: string, max: number) =>
  z
    .number({ error: `Angiv ${what} som et tal` })
    .min(0, { error: `${what[0]?.toUpperCase() ?? ''}${what.slice(1)} kan ikke være negativ` })
    .max(max, { error: `${what[0]?.toUpperCase() ?? ''}${what.slice(1)} er for stor` });

export const goalMeasurementSchema = z.object({
  /** The result goal's place in the application's list. */
  goalIndex: z.number().int().min(0).max(29),
  value: text(500),
  measuredOn: optionalDate('måledatoen'),
  method: text(1000),
  comment: text(2000),
  onTrack: z.enum(['yes', 'no', ''], { error: 'Vælg ja eller nej' }).default(''),
});

export const spendingRowSchema = z.object({
  year: z
    .number({ error: 'Angiv året' })
    .int()
    .min(2000, { error: 'Året skal være 2000 eller senere' })
    .max(2100, { error: 'Året skal være 2100 eller tidligere' }),
  costType: z.enum(COST_TYPES, { error: 'Vælg en udgiftstype' }),
  amountOere: z.number({ error: 'Angiv beløbet i kroner' }).int().min(0, { error: 'Beløbet kan ikke være negativt' }).max(100_000_000_000_00),
});

export const reportMilestoneSchema = z.object({
  title: text(300),
  plannedOn: optionalDate('den planlagte dato'),
  actualOn: optionalDate('den faktiske dato'),
  comment: text(1000),
});

export const reportContentSchema = z.object({
  goals: z.array(goalMeasurementSchema).max(30).default([]),
  hoursFreedPerYear: nonNegative('frigjorte timer', 10_000_000).nullable().default(null),
  kronerSavedPerYearOere: nonNegative('besparelsen', 100_000_000_000_00).int().nullable().default(null),
  gainsComment: text(4000),
  spending: z.array(spendingRowSchema).max(100).default([]),
  milestones: z.array(reportMilestoneSchema).max(50).default([]),
  lessons: text(8000),
  adoption: text(8000),
});
export type ReportContent = z.output<typeof reportContentSchema>;

export const emptyReportContent = (): ReportContent => reportContentSchema.parse({});

/** Read stored JSON leniently (older drafts may lack fields). */
export function readReportContent(raw: unknown): ReportContent {
  const r = reportContentSchema.safeParse(raw ?? {});
  return r.success ? r.data : emptyReportContent();
}

/** Spending to date in a report, in øre. */
export const spentOf = (c: ReportContent): number => c.spending.reduce((s, r) => s + r.amountOere, 0);

/** What must be there before a report is submitted (a draft may be incomplete). Field path → Danish message. */
export function submissionGaps(c: ReportContent, goalCount: number): Record<string, string> {
  const gaps: Record<string, string> = {};
  for (let i = 0; i < goalCount; i++) {
    const g = c.goals.find((x) => x.goalIndex === i);
    const at = c.goals.findIndex((x) => x.goalIndex === i);
    const key = `goals.${at < 0 ? i : at}`;
    if (!g || g.value === '') gaps[`${key}.value`] = 'Angiv den målte værdi';
    else if (g.onTrack === '') gaps[`${key}.onTrack`] = 'Angiv, om målet er på sporet';
  }
  if (c.lessons === '') gaps.lessons = 'Skriv, hvad I har lært';
  return gaps;
}
