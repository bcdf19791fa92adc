import { z } from 'zod';
import { ENTRY_VISIBILITIES, MATURITIES } from '../../domain/catalogue.js';
import { parseIsoDate } from '../../domain/dates.js';
import { RECOMMENDATIONS } from '../../domain/evaluation.js';
import { oereSchema } from '../../domain/money.js';

/**
 * The editorial fields of a catalogue entry, one schema for publishing from a project, editing and
 * typing in an older project (so the forms and the API cannot drift). Measured fields (effects,
 * money, phase of a project entry) are kept up to date from the project instead.
 */
const text = (max: number) =>
  z
    .string({ error: 'Skal være en tekst' })
    .trim()
    .max(max, { error: `Højst ${max} tegn` })
    .default('');
const optionalDate = (what: string) =>
  z
    .union([z.literal(''), z.string().refine((v) => parseIsoDate(v) !== null, { error: `Angiv ${what} som en gyldig dato, fx 15.03.2026` })])
    .nullish()
    .transform((v) => (v ? v : null));
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, error: string) =>
  z
    .union([z.literal(''), z.enum(values, { error })], { error })
    .nullish()
    .transform((v) => (v ? v : null));

export const partnerSchema = z.object({
  name: z.string({ error: 'Angiv virksomhedens navn' }).trim().min(1, { error: 'Angiv virksomhedens navn' }).max(200, { error: 'Højst 200 tegn' }),
  cvr: z
    .union(
      [
        z.literal(''),
        z
          .string()
          .trim()
          .regex(/^\d{8}$/, { error: 'Et CVR-nummer har 8 cifre' }),
      ],
      { error: 'Et CVR-nummer har 8 cifre' },
    )
    .nullish()
    .transform((v) => (v ? v : null)),
});

export const entryFieldsShape = {
  title: z.string({ error: 'Angiv en titel' }).trim().min(1, { error: 'Angiv en titel' }).max(200, { error: 'Højst 200 tegn' }),
  summary: text(2000),
  problem: text(10_000),
  technologyDescription: text(10_000),
  technologyCategoryId: z
    .union([z.literal(''), z.uuid({ error: 'Vælg en kategori fra listen' })], { error: 'Vælg en kategori fra listen' })
    .nullish()
    .transform((v) => (v ? v : null)),
  projectType: text(200),
  targetGroups: z.array(z.string().trim().min(1).max(200), { error: 'Målgrupper skal være en liste' }).max(30, { error: 'Højst 30 målgrupper' }).default([]),
  unitName: text(300),
  periodStart: optionalDate('periodens start'),
  periodEnd: optionalDate('periodens slut'),
  phase: text(200),
  maturity: optionalEnum(MATURITIES, 'Vælg en modenhed fra listen'),
  lessons: text(10_000),
  evaluationOutcome: optionalEnum(RECOMMENDATIONS, 'Vælg en anbefaling fra listen'),
  evaluationSummary: text(10_000),
  adoptionPrerequisites: text(4000),
  adoptionCosts: text(4000),
  adoptionTraining: text(4000),
  contactName: text(200),
  contactEmail: z.union([z.literal(''), z.email({ error: 'Angiv en gyldig e-mailadresse' })], { error: 'Angiv en gyldig e-mailadresse' }).default(''),
  visibility: z.enum(ENTRY_VISIBILITIES, { error: 'Vælg, hvem der kan se indgangen' }),
  partnerCompanies: z.array(partnerSchema, { error: 'Partnervirksomheder skal være en liste' }).max(30, { error: 'Højst 30 virksomheder' }).default([]),
};

export const entryFieldsSchema = z.object(entryFieldsShape).refine((v) => !v.periodStart || !v.periodEnd || v.periodStart <= v.periodEnd, {
  error: 'Slutdatoen kan ikke ligge før startdatoen',
  path: ['periodEnd'],
});
export type EntryFields = z.output<typeof entryFieldsSchema>;

/** Money typed for an older project (øre; the form parses kroner). */
export const historyMoneyShape = {
  spentOere: oereSchema({
    type: 'Angiv forbruget i kroner, fx 250.000',
    int: 'Forbruget skal være i hele øre',
    negative: 'Forbruget kan ikke være negativt',
    tooLarge: 'Forbruget er for stort',
    max: 100_000_000_000_00,
  }).nullish(),
  budgetOere: oereSchema({
    type: 'Angiv budgettet i kroner, fx 250.000',
    int: 'Budgettet skal være i hele øre',
    negative: 'Budgettet kan ikke være negativt',
    tooLarge: 'Budgettet er for stort',
    max: 100_000_000_000_00,
  }).nullish(),
};

/** The columns the editorial fields write. */
export function entryColumns(f: EntryFields) {
  return {
    title: f.title,
    summary: f.summary,
    problem: f.problem,
    technologyDescription: f.technologyDescription,
    technologyCategoryId: f.technologyCategoryId,
    projectType: f.projectType,
    targetGroups: f.targetGroups,
    unitName: f.unitName,
    periodStart: f.periodStart,
    periodEnd: f.periodEnd,
    phase: f.phase,
    maturity: f.maturity,
    lessons: f.lessons,
    evaluationOutcome: f.evaluationOutcome,
    evaluationSummary: f.evaluationSummary,
    adoptionPrerequisites: f.adoptionPrerequisites,
    adoptionCosts: f.adoptionCosts,
    adoptionTraining: f.adoptionTraining,
    contactName: f.contactName,
    contactEmail: f.contactEmail,
    visibility: f.visibility,
    partnerCompanies: f.partnerCompanies,
  };
}
