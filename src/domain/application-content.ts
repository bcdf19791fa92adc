import { oereSchema } from './money.js';
import { z } from 'zod';
import { cvrSchema } from './cvr.js';
import { parseIsoDate } from './dates.js';

/**
 * The content of an application (the generic model's fields), as the form and the API write it.
 * Every field is optional so a draft can be saved at every step; what a submission needs is checked
 * by `missingFields` (application-sections.ts) and the pool's eligibility rules. What is given must
 * be well-formed: a CVR number passes modulus 11, amounts are whole øre, dates are real dates.
 */

const shortText = (max = 300) =>
  z
    .string({ error: 'Skal være en tekst' })
    .trim()
    .max(max, { error: `Højst ${max} tegn` });
const longText = (max = 10_000) =>
  z
    .string({ error: 'Skal være en tekst' })
    .trim()
    .max(max, { error: `Højst ${max} tegn` });
const required = (what: string, max = 300) =>
  z
    .string({ error: `Angiv ${what}` })
    .trim()
    .min(1, { error: `Angiv ${what}` })
    .max(max, { error: `Højst ${max} tegn` });

const key = z.string({ error: 'Vælg en værdi fra listen' }).trim().max(60, { error: 'Ukendt værdi' });
const keys = (what: string) => z.array(key, { error: `${what} skal være en liste` }).max(50, { error: 'For mange valg' });

/** An id or '' for "not chosen". */
const optionalId = z.union([z.literal(''), z.uuid({ error: 'Ukendt valg' })], { error: 'Ukendt valg' });

export const isoDate = (what: string) =>
  z
    .string({ error: `Angiv ${what} som en dato` })
    .trim()
    .refine((v) => parseIsoDate(v) !== null, { error: `Angiv ${what} som en gyldig dato, fx 2027-03-31` });
const optionalDate = (what: string) => z.union([z.literal(''), isoDate(what)]);

const capitalised = (what: string) => `${what[0]?.toUpperCase() ?? ''}${what.slice(1)}`;
export const oereAmount = (what: string) =>
  oereSchema({
    type: `Angiv ${what} i kroner, fx 250.000`,
    int: `${capitalised(what)} skal være i hele øre`,
    negative: `${capitalised(what)} kan ikke være negativt`,
    tooLarge: `${capitalised(what)} er for stort`,
    max: 100_000_000_000_00,
  });

export const COST_TYPES = ['equipment', 'licences', 'staff', 'consultancy', 'training', 'other'] as const;
export type CostType = (typeof COST_TYPES)[number];

export const NEWNESS = ['new', 'new_use', 'known'] as const;
export type Newness = (typeof NEWNESS)[number];

export const privatePartnerSchema = z.object({
  name: required('virksomhedens navn', 200),
  cvr: cvrSchema,
  role: shortText(500).default(''),
});

export const publicPartnerSchema = z.object({
  name: required('partnerens navn', 200),
  role: shortText(500).default(''),
});

export const resultGoalSchema = z.object({
  indicator: required('en indikator', 500),
  baseline: shortText(500).default(''),
  target: shortText(500).default(''),
  method: shortText(1000).default(''),
  deadline: optionalDate('fristen').default(''),
});

export const budgetRowSchema = z.object({
  year: z
    .number({ error: 'Angiv året som et tal, fx 2027' })
    .int({ error: 'Året skal være et helt tal' })
    .min(2000, { error: 'Året skal være 2000 eller senere' })
    .max(2100, { error: 'Året skal være 2100 eller tidligere' }),
  costType: z.enum(COST_TYPES, { error: 'Vælg en udgiftstype' }),
  description: shortText(300).default(''),
  amountOere: oereAmount('beløbet').refine((n) => n > 0, { error: 'Beløbet skal være større end 0' }),
});

export const coFinancingSchema = z.object({
  source: required('hvem der medfinansierer', 300),
  amountOere: oereAmount('beløbet'),
});

export const milestoneSchema = z.object({
  date: isoDate('milepælens dato'),
  title: required('milepælen', 300),
});

/** The business case as entered; each figure may still be missing in a draft (null). */
export const businessCaseDraftSchema = z.object({
  investmentOere: oereAmount('investeringen').nullable().default(null),
  yearlyRunningCostOere: oereAmount('de årlige driftsudgifter').nullable().default(null),
  hoursFreedPerYear: z
    .number({ error: 'Angiv antal frigjorte timer pr. år som et tal' })
    .min(0, { error: 'Frigjorte timer kan ikke være negativ' })
    .max(10_000_000, { error: 'Frigjorte timer er for stor' })
    .nullable()
    .default(null),
  hourlyRateOere: oereAmount('timeprisen').nullable().default(null),
  kronerSavedPerYearOere: oereAmount('den årlige besparelse').nullable().default(null),
  horizonYears: z
    .number({ error: 'Angiv tidshorisonten som et antal år' })
    .int({ error: 'Tidshorisonten skal være et helt antal år' })
    .min(1, { error: 'Tidshorisonten skal være mindst 1 år' })
    .max(35, { error: 'Tidshorisonten kan højst være 35 år' })
    .nullable()
    .default(null),
  /** As a fraction: 0.035 = 3,5 %. */
  discountRate: z
    .number({ error: 'Angiv diskonteringsrenten i procent, fx 3,5' })
    .min(0, { error: 'Diskonteringsrenten kan ikke være negativ' })
    .max(1, { error: 'Diskonteringsrenten kan højst være 100 %' })
    .nullable()
    .default(null),
});
export type BusinessCaseDraft = z.output<typeof businessCaseDraftSchema>;

const rows = <T extends z.ZodType>(schema: T, what: string, max = 50) =>
  z.array(schema, { error: `${what} skal være en liste` }).max(max, { error: `Højst ${max} rækker` });

/** Every content field; the title is kept on the application row itself. */
export const contentShape = {
  summary: longText(2000),
  projectType: key,
  category: key,
  targetGroups: keys('Målgrupper'),
  leadDepartmentId: optionalId,
  partnerDepartmentIds: z.array(z.uuid({ error: 'Ukendt afdeling' }), { error: 'Afdelinger skal være en liste' }).max(50),
  privatePartners: rows(privatePartnerSchema, 'Private partnere'),
  publicPartners: rows(publicPartnerSchema, 'Offentlige partnere'),
  needAnalysis: longText(),
  solution: longText(),
  novelty: longText(),
  solutionNewness: z.enum(NEWNESS, { error: 'Vælg, hvor ny løsningen er' }),
  citizenFacing: z.boolean({ error: 'Svar ja eller nej' }),
  replacesOrPostpones: z.boolean({ error: 'Svar ja eller nej' }),
  replacesOrPostponesText: longText(4000),
  valueCitizens: longText(4000),
  valueEmployees: longText(4000),
  valueEconomy: longText(4000),
  effectGoals: keys('Effektmål'),
  resultGoals: rows(resultGoalSchema, 'Resultatmål', 30),
  budgetLineId: optionalId,
  budget: rows(budgetRowSchema, 'Budgettet', 100),
  coFinancing: rows(coFinancingSchema, 'Medfinansieringen', 30),
  startDate: optionalDate('startdatoen'),
  endDate: optionalDate('slutdatoen'),
  milestones: rows(milestoneSchema, 'Milepælene', 50),
  businessCase: businessCaseDraftSchema,
  operationFinancingPlan: longText(),
  trainingPlan: longText(),
  leastIntervention: longText(4000),
  consent: longText(4000),
  freedomVsSafety: longText(4000),
  privacy: longText(4000),
};

export type ContentKey = keyof typeof contentShape;
export const CONTENT_KEYS = Object.keys(contentShape) as ContentKey[];

/** Stored content: every field optional. */
export const applicationContentSchema = z.object(contentShape).partial();
export type ApplicationContent = z.output<typeof applicationContentSchema>;

/** A change: the title and any content fields; fields left out are kept as they are. */
export const applicationPatchSchema = z
  .object({ title: required('en titel', 200) })
  .extend(contentShape)
  .partial();
export type ApplicationPatch = z.output<typeof applicationPatchSchema>;

/** Reads stored content leniently (unknown keys dropped, a field that no longer parses left out). */
export function readContent(raw: unknown): ApplicationContent {
  if (!raw || typeof raw !== 'object') return {};
  const out: Record<string, unknown> = {};
  for (const k of CONTENT_KEYS) {
    const v = (raw as Record<string, unknown>)[k];
    if (v === undefined) continue;
    const parsed = contentShape[k].safeParse(v);
    if (parsed.success) out[k] = parsed.data;
  }
  return out as ApplicationContent;
}

/** The co-financing: what others put in, on top of the amount sought from the pool. */
export function coFinancingOere(content: ApplicationContent): number {
  return (content.coFinancing ?? []).reduce((s, r) => s + r.amountOere, 0);
}

/**
 * The applied amount ("Søgt beløb"): what is sought from the pool, the sum of the budget rows (each a
 * year's cost sought from the pool's line). Co-financing is not part of it (see coFinancingOere).
 */
export function appliedAmountOere(content: ApplicationContent): number {
  return (content.budget ?? []).reduce((s, r) => s + r.amountOere, 0);
}

/** Applied amount per year, sorted by year. */
export function appliedByYear(content: ApplicationContent): { year: number; amountOere: number }[] {
  const m = new Map<number, number>();
  for (const r of content.budget ?? []) m.set(r.year, (m.get(r.year) ?? 0) + r.amountOere);
  return [...m.entries()].sort((a, b) => a[0] - b[0]).map(([year, amountOere]) => ({ year, amountOere }));
}
