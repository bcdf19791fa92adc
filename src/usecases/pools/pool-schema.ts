import { z } from 'zod';
import { eligibilityRuleSchema } from '../../domain/eligibility.js';
import { poolConfigListsSchema } from '../../domain/pool-config.js';
import { rubricSchema } from '../../domain/scoring.js';
import { isIsoDate, meetingStartsAtSchema } from '../../domain/dates.js';
import { oereSchema } from '../../domain/money.js';

/**
 * The one input schema for a pool's setup, shared by createPool, updatePool, the forms and the API.
 * Field checks sit on the fields; checks across fields (years inside the period, unique keys,
 * decision routes, earmark shares) run once over the whole setup in `checkSetup`, each reported at
 * the path of the field a person must change.
 */

const KEY_RE = /^[a-z0-9][a-z0-9-]*$/;
const keySchema = z
  .string({ error: 'Angiv en nøgle' })
  .trim()
  .min(1, { error: 'Angiv en nøgle' })
  .max(60, { error: 'Nøglen må højst være 60 tegn' })
  .regex(KEY_RE, { error: 'Nøglen må kun indeholde små bogstaver, tal og bindestreg' });

const text = (max: number, missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, { error: missing })
    .max(max, { error: `Højst ${max} tegn` });

/** Optional free text: empty means "not given". */
const optionalText = (max: number) =>
  z
    .string({ error: 'Skal være en tekst' })
    .trim()
    .max(max, { error: `Højst ${max} tegn` })
    .optional()
    .transform((v) => (v === '' ? undefined : v));

const yearSchema = z
  .number({ error: 'Angiv et årstal, fx 2026' })
  .int({ error: 'Årstallet skal være et helt tal' })
  .min(2000, { error: 'Årstallet skal være 2000 eller senere' })
  .max(2100, { error: 'Årstallet skal være 2100 eller tidligere' });

const decisionModeSchema = z.enum(['meeting', 'direct'], { error: 'Vælg, om der besluttes på et møde eller direkte' });

export const decisionBodyInputSchema = z.object({
  key: keySchema,
  name: text(200, 'Angiv beslutningsorganets navn'),
  description: z.string({ error: 'Skal være en tekst' }).trim().max(2000, { error: 'Højst 2000 tegn' }).default(''),
});

/** A line's budget for one year: the one øre schema with the pool form's words, and a ceiling of 100 mia. kr. */
export const lineAmountSchema = z.object({
  year: yearSchema,
  amountOere: oereSchema({ type: 'Angiv beløbet i kroner, fx 5.000.000', int: 'Beløbet skal være i hele øre', negative: 'Beløbet kan ikke være negativt' }).max(
    100_000_000_000_00,
    { error: 'Beløbet er for stort' },
  ),
});

/** Decision route shared by lines and earmarks. */
const routeShape = {
  decisionMode: decisionModeSchema.default('meeting'),
  decisionBodyKey: optionalText(60),
  directDeciderLabel: optionalText(300),
};

export const earmarkInputSchema = z
  .object({
    key: keySchema,
    name: text(200, 'Angiv øremærkningens navn'),
    /** Share of the parent line's yearly budget in percent (10 = 10 %), up to two decimals; or give shareBp. */
    sharePercent: z.number({ error: 'Angiv andelen i procent, fx 10' }).optional(),
    /** Share in basis points (1000 = 10 %); alternative to sharePercent. */
    shareBp: z.number({ error: 'Angiv andelen i basispoint' }).int({ error: 'Andelen i basispoint skal være et helt tal' }).optional(),
    openForApplications: z.boolean({ error: 'Skal være ja eller nej' }).default(true),
    ...routeShape,
  })
  .superRefine((e, ctx) => {
    const bp = e.shareBp ?? (e.sharePercent === undefined ? undefined : Math.round(e.sharePercent * 100));
    const path = e.shareBp === undefined ? ['sharePercent'] : ['shareBp'];
    if (bp === undefined) ctx.addIssue({ code: 'custom', path: ['sharePercent'], message: 'Angiv øremærkningens andel i procent, fx 10' });
    else if (e.sharePercent !== undefined && Math.abs(e.sharePercent * 100 - Math.round(e.sharePercent * 100)) > 1e-6)
      ctx.addIssue({ code: 'custom', path, message: 'Andelen kan højst have to decimaler' });
    else if (bp <= 0 || bp > 10_000) ctx.addIssue({ code: 'custom', path, message: 'Andelen skal være over 0 og højst 100 %' });
  })
  .transform(({ sharePercent, shareBp, ...rest }) => ({
    ...rest,
    shareBp: shareBp ?? Math.round((sharePercent ?? 0) * 100),
  }));

export const budgetLineInputSchema = z.object({
  key: keySchema,
  name: text(200, 'Angiv budgetlinjens navn'),
  purpose: z.enum(['grants', 'operation'], { error: 'Vælg, om linjen er til tilskud eller drift' }).default('grants'),
  openForApplications: z.boolean({ error: 'Skal være ja eller nej' }).default(true),
  ...routeShape,
  amounts: z.array(lineAmountSchema, { error: 'Angiv beløbene pr. år' }).max(30).default([]),
  earmarks: z.array(earmarkInputSchema, { error: 'Øremærkninger skal være en liste' }).max(20).default([]),
});

export const meetingInputSchema = z.object({
  /** Set for a meeting that already exists, so an edit keeps its id (agendas point at it). */
  id: z.uuid({ error: 'Ukendt møde' }).optional(),
  decisionBodyKey: keySchema,
  /** `YYYY-MM-DDTHH:MM` in Danish time, or an ISO timestamp with offset. */
  startsAt: meetingStartsAtSchema,
  location: z.string({ error: 'Skal være en tekst' }).trim().max(300, { error: 'Højst 300 tegn' }).default(''),
  submissionDeadline: optionalText(10).refine((v) => v === undefined || isIsoDate(v), {
    error: 'Angiv fristen som en gyldig dato (ÅÅÅÅ-MM-DD)',
  }),
});

const setupShape = {
  name: text(200, 'Angiv puljens navn'),
  description: z.string({ error: 'Skal være en tekst' }).trim().max(5000, { error: 'Højst 5000 tegn' }).default(''),
  periodStartYear: yearSchema,
  periodEndYear: yearSchema,
  status: z.enum(['draft', 'open', 'closed'], { error: 'Vælg status: kladde, åben eller lukket' }).default('draft'),
  intake: z.enum(['continuous', 'rounds'], { error: 'Vælg løbende ansøgning eller ansøgningsrunder' }).default('continuous'),
  allowsCarryOver: z.boolean({ error: 'Skal være ja eller nej' }).default(false),
  lists: poolConfigListsSchema.default({ projectTypes: [], categories: [], effectGoals: [], targetGroups: [], phases: [] }),
  eligibilityRules: z.array(eligibilityRuleSchema, { error: 'Reglerne skal være en liste' }).max(100).default([]),
  rubric: rubricSchema,
  followUpMonths: z
    .array(
      z
        .number({ error: 'Angiv et antal måneder' })
        .int({ error: 'Angiv et helt antal måneder' })
        .min(1, { error: 'Mindst 1 måned' })
        .max(120, { error: 'Højst 120 måneder' }),
      { error: 'Opfølgningen skal være en liste af måneder' },
    )
    .max(20)
    .default([]),
  decisionBodies: z.array(decisionBodyInputSchema, { error: 'Beslutningsorganer skal være en liste' }).max(20).default([]),
  budgetLines: z.array(budgetLineInputSchema, { error: 'Budgetlinjer skal være en liste' }).max(50).default([]),
  meetings: z.array(meetingInputSchema, { error: 'Møder skal være en liste' }).max(200).default([]),
};

type SetupShapeOutput = z.output<z.ZodObject<typeof setupShape>>;

/** Checks across fields; every message names what to change and sits at that field's path. */
function checkSetup(s: SetupShapeOutput, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });

  if (s.periodEndYear < s.periodStartYear) issue(['periodEndYear'], 'Slutåret kan ikke ligge før startåret');
  else if (s.periodEndYear - s.periodStartYear > 19) issue(['periodEndYear'], 'Perioden kan højst være 20 år');

  const listNames = { projectTypes: 'projekttype', categories: 'kategori', effectGoals: 'effektmål', targetGroups: 'målgruppe', phases: 'fase' } as const;
  for (const [list, noun] of Object.entries(listNames) as [keyof typeof listNames, string][]) {
    duplicates(s.lists[list].map((c) => c.key)).forEach((i) => issue(['lists', list, i, 'key'], `Der er allerede en ${noun} med denne nøgle`));
  }

  duplicates(s.followUpMonths).forEach((i) => issue(['followUpMonths', i], 'Samme antal måneder står to gange'));

  const bodyKeys = new Set(s.decisionBodies.map((b) => b.key));
  duplicates(s.decisionBodies.map((b) => b.key)).forEach((i) => issue(['decisionBodies', i, 'key'], 'Der er allerede et beslutningsorgan med denne nøgle'));

  const route = (
    r: { decisionMode: 'meeting' | 'direct'; decisionBodyKey?: string | undefined; directDeciderLabel?: string | undefined },
    path: (string | number)[],
  ) => {
    if (r.decisionMode === 'meeting') {
      if (!r.decisionBodyKey) issue([...path, 'decisionBodyKey'], 'Vælg det beslutningsorgan, der beslutter på møder');
      else if (!bodyKeys.has(r.decisionBodyKey)) issue([...path, 'decisionBodyKey'], 'Beslutningsorganet findes ikke i puljen');
    } else if (!r.directDeciderLabel) {
      issue([...path, 'directDeciderLabel'], 'Angiv, hvem der beslutter direkte, fx "Direktørerne for Kultur & Sundhed og Velfærd"');
    }
  };

  const lineKeys: string[] = [];
  const lineKeyPaths: (string | number)[][] = [];
  s.budgetLines.forEach((line, li) => {
    lineKeys.push(line.key);
    lineKeyPaths.push(['budgetLines', li, 'key']);
    route(line, ['budgetLines', li]);
    const seenYears = new Set<number>();
    line.amounts.forEach((a, ai) => {
      if (a.year < s.periodStartYear || a.year > s.periodEndYear) {
        issue(['budgetLines', li, 'amounts', ai, 'year'], `Året ${a.year} ligger uden for puljens periode ${s.periodStartYear}–${s.periodEndYear}`);
      }
      if (seenYears.has(a.year)) issue(['budgetLines', li, 'amounts', ai, 'year'], `Året ${a.year} står to gange`);
      seenYears.add(a.year);
    });
    let totalBp = 0;
    line.earmarks.forEach((e, ei) => {
      lineKeys.push(e.key);
      lineKeyPaths.push(['budgetLines', li, 'earmarks', ei, 'key']);
      route(e, ['budgetLines', li, 'earmarks', ei]);
      totalBp += e.shareBp;
    });
    if (totalBp > 10_000)
      issue(['budgetLines', li, 'earmarks', line.earmarks.length - 1, 'sharePercent'], 'Øremærkningerne må tilsammen højst udgøre 100 % af linjens budget');
  });
  duplicates(lineKeys).forEach((i) => issue(lineKeyPaths[i] ?? ['budgetLines'], 'Der er allerede en budgetlinje eller øremærkning med denne nøgle'));

  if (s.status === 'open' && !s.budgetLines.some((l) => l.openForApplications || l.earmarks.some((e) => e.openForApplications))) {
    issue(['status'], 'En åben pulje skal have mindst én budgetlinje, der er åben for ansøgninger');
  }

  const known = new Set(lineKeys);
  duplicates(s.eligibilityRules.map((r) => r.id)).forEach((i) => issue(['eligibilityRules', i, 'id'], 'To regler har samme id'));
  s.eligibilityRules.forEach((r, ri) => {
    for (const field of ['appliesToBudgetLines', 'exemptBudgetLines'] as const) {
      (r[field] ?? []).forEach((k, ki) => {
        if (!known.has(k)) issue(['eligibilityRules', ri, field, ki], `Budgetlinjen "${k}" findes ikke i puljen`);
      });
    }
  });

  const meetingIds = s.meetings.map((m) => m.id).filter((id): id is string => id !== undefined);
  if (new Set(meetingIds).size !== meetingIds.length) issue(['meetings'], 'Det samme møde står to gange');
  s.meetings.forEach((m, mi) => {
    if (!bodyKeys.has(m.decisionBodyKey)) issue(['meetings', mi, 'decisionBodyKey'], 'Beslutningsorganet findes ikke i puljen');
    if (m.submissionDeadline && m.submissionDeadline > m.startsAt.toISOString().slice(0, 10)) {
      issue(['meetings', mi, 'submissionDeadline'], 'Ansøgningsfristen skal ligge før mødet');
    }
  });
}

/** Indexes of the entries that repeat an earlier one. */
function duplicates<T>(values: readonly T[]): number[] {
  const seen = new Set<T>();
  const out: number[] = [];
  values.forEach((v, i) => {
    if (seen.has(v)) out.push(i);
    seen.add(v);
  });
  return out;
}

export const poolSetupSchema = z.object(setupShape).superRefine(checkSetup);
export type PoolSetup = z.output<typeof poolSetupSchema>;
/** What a caller may send (defaults may be omitted). */
export type PoolSetupInput = z.input<typeof poolSetupSchema>;

export const createPoolSchema = z
  .object({
    /** The owning organisation; may be left out when the actor can create pools in exactly one. */
    organisationId: z.uuid({ error: 'Vælg en organisation' }).optional(),
    ...setupShape,
  })
  .superRefine(checkSetup);
export type CreatePoolInput = z.input<typeof createPoolSchema>;

const expectedVersion = z
  .number({ error: 'Angiv den version, ændringen bygger på' })
  .int({ error: 'Versionen skal være et helt tal' })
  .min(1, { error: 'Versionen skal være mindst 1' });

/**
 * The update body as documented: every section optional (a section left out keeps its current
 * value), expectedVersion required. The use case merges it into the current setup and validates the
 * result with `updatePoolSchema`.
 */
export const updatePoolBodySchema = z
  .object({ ...setupShape, expectedVersion })
  .partial()
  .required({ expectedVersion: true });

export const updatePoolSchema = z.object({ poolId: z.uuid({ error: 'Ukendt pulje' }), expectedVersion, ...setupShape }).superRefine(checkSetup);
export type UpdatePoolInput = z.input<typeof updatePoolSchema>;
