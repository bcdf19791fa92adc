import { z } from 'zod';
import { countWords, type Bilingual } from './bilingual.js';

/** What the eligibility rules look at, taken from the application. */
export interface ApplicationFacts {
  /** Value described on each of the three bottom lines: borgere, medarbejdere, økonomi. */
  bottomLines: { citizens: boolean; employees: boolean; economy: boolean };
  privatePartnerCount: number;
  effectGoalCount: number;
  resultGoalCount: number;
  hasOperationFinancingPlan: boolean;
  citizenFacing: boolean;
  replacesOrPostponesEffort: boolean;
  isNewSolution: boolean;
  /** The budget line applied for; undefined when not chosen yet. */
  budgetLineKey?: string;
}

const count = (label: string, min: number, max?: number) => {
  let s = z
    .number({ error: `${label} skal være et tal` })
    .int({ error: `${label} skal være et helt tal` })
    .min(min, { error: `${label} skal være mindst ${min}` });
  if (max !== undefined) s = s.max(max, { error: `${label} kan højst være ${max}` });
  return s;
};

/** Parameter schemas per rule kind. Rules without parameters take `{}` (and may omit params). */
export const ruleParamsSchemas = {
  minBottomLines: z.object({ min: count('Antal bundlinjer', 1, 3) }),
  requirePrivatePartner: z.object({ min: count('Antal private virksomheder', 1).default(1) }).prefault({}),
  requireEffectGoal: z.object({ min: count('Antal effektmål', 1).default(1) }).prefault({}),
  economicBottomLinePlus: z.object({ minOthers: count('Antal øvrige bundlinjer', 0, 2).default(1) }).prefault({}),
  requireOperationFinancingPlan: z.object({}).prefault({}),
  requireResultGoals: z.object({ min: count('Antal resultatmål', 1).default(1) }).prefault({}),
  citizenFacingMustReplaceOrPostpone: z.object({}).prefault({}),
  requireNewSolution: z.object({}).prefault({}),
} as const;

type ParamsSchemas = typeof ruleParamsSchemas;
export type RuleKind = keyof ParamsSchemas;
export type RuleParams<K extends RuleKind> = z.output<ParamsSchemas[K]>;

export const RULE_KINDS = Object.keys(ruleParamsSchemas) as RuleKind[];

export interface RuleOutcome {
  met: boolean;
  reason: Bilingual;
}

export interface RuleKindDefinition<K extends RuleKind> {
  kind: K;
  /** Name in the admin UI. */
  label: Bilingual;
  /** Short explanation for the admin UI. */
  description: Bilingual;
  paramsSchema: ParamsSchemas[K];
  evaluate: (params: RuleParams<K>, facts: ApplicationFacts) => RuleOutcome;
}

type Catalogue = { [K in RuleKind]: RuleKindDefinition<K> };

const BOTTOM_LINES_DA = '(borgere, medarbejdere, økonomi)';
const BOTTOM_LINES_EN = '(citizens, employees, economy)';

function bottomLineCount(f: ApplicationFacts): number {
  return [f.bottomLines.citizens, f.bottomLines.employees, f.bottomLines.economy].filter(Boolean).length;
}

/** "én privat virksomhed" / "to private virksomheder" style phrases. */
function phrase(n: number, singular: Bilingual, plural: Bilingual, neuter = false): Bilingual {
  const w = countWords(n);
  const da = n === 1 && neuter ? 'ét' : w.da;
  return { da: `${da} ${n === 1 ? singular.da : plural.da}`, en: `${w.en} ${n === 1 ? singular.en : plural.en}` };
}

function minCountRule(
  actual: number,
  min: number,
  what: { singular: Bilingual; plural: Bilingual; neuter?: boolean },
  requirement: (need: Bilingual) => Bilingual,
): RuleOutcome {
  const need = phrase(min, what.singular, what.plural, what.neuter);
  const req = requirement(need);
  const has = phrase(actual, what.singular, what.plural, what.neuter);
  if (actual >= min) {
    return { met: true, reason: { da: `${req.da} Ansøgningen har ${has.da}.`, en: `${req.en} The application has ${has.en}.` } };
  }
  const hasDa = actual === 0 ? `ingen ${what.plural.da}` : has.da;
  const hasEn = actual === 0 ? `no ${what.plural.en}` : has.en;
  return { met: false, reason: { da: `${req.da} Ansøgningen har ${hasDa}.`, en: `${req.en} The application has ${hasEn}.` } };
}

export const ruleKinds: Catalogue = {
  minBottomLines: {
    kind: 'minBottomLines',
    label: { da: 'Værdi på et mindste antal bundlinjer', en: 'Value on a minimum number of bottom lines' },
    description: {
      da: 'Projektet skal skabe værdi på mindst det angivne antal af de tre bundlinjer (borgere, medarbejdere, økonomi).',
      en: 'The project must create value on at least the given number of the three bottom lines (citizens, employees, economy).',
    },
    paramsSchema: ruleParamsSchemas.minBottomLines,
    evaluate: ({ min }, f) => {
      const n = bottomLineCount(f);
      const need = countWords(min);
      const head = {
        da: `Projektet skal skabe værdi på mindst ${need.da} af de tre bundlinjer ${BOTTOM_LINES_DA}.`,
        en: `The project must create value on at least ${need.en} of the three bottom lines ${BOTTOM_LINES_EN}.`,
      };
      const has = countWords(n);
      const tail =
        n === 0
          ? { da: 'Ansøgningen beskriver ikke værdi på nogen af dem.', en: 'The application describes value on none of them.' }
          : { da: `Ansøgningen beskriver værdi på ${has.da}.`, en: `The application describes value on ${has.en}.` };
      return { met: n >= min, reason: { da: `${head.da} ${tail.da}`, en: `${head.en} ${tail.en}` } };
    },
  },
  requirePrivatePartner: {
    kind: 'requirePrivatePartner',
    label: { da: 'Privat samarbejdspartner', en: 'Private partner' },
    description: {
      da: 'Projektet skal have mindst det angivne antal private virksomheder med.',
      en: 'The project must include at least the given number of private companies.',
    },
    paramsSchema: ruleParamsSchemas.requirePrivatePartner,
    evaluate: ({ min }, f) =>
      minCountRule(
        f.privatePartnerCount,
        min,
        {
          singular: { da: 'privat virksomhed', en: 'private company' },
          plural: { da: 'private virksomheder', en: 'private companies' },
        },
        (need) => ({
          da: `Projektet skal have mindst ${need.da} med som samarbejdspartner.`,
          en: `The project must include at least ${need.en} as a partner.`,
        }),
      ),
  },
  requireEffectGoal: {
    kind: 'requireEffectGoal',
    label: { da: 'Bidrag til effektmål', en: 'Contributes to effect goals' },
    description: {
      da: 'Projektet skal bidrage til mindst det angivne antal af puljens effektmål (fx programerklæringens effektmål).',
      en: "The project must contribute to at least the given number of the pool's effect goals (e.g. the programme declaration's).",
    },
    paramsSchema: ruleParamsSchemas.requireEffectGoal,
    evaluate: ({ min }, f) =>
      minCountRule(
        f.effectGoalCount,
        min,
        {
          singular: { da: 'effektmål', en: 'effect goal' },
          plural: { da: 'effektmål', en: 'effect goals' },
          neuter: true,
        },
        (need) => ({
          da: `Projektet skal bidrage til mindst ${need.da}.`,
          en: `The project must contribute to at least ${need.en}.`,
        }),
      ),
  },
  economicBottomLinePlus: {
    kind: 'economicBottomLinePlus',
    label: { da: 'Økonomisk bundlinje plus øvrige', en: 'Economic bottom line plus others' },
    description: {
      da: 'Det økonomiske kriterium (bedre ressourceudnyttelse) skal være opfyldt, plus mindst det angivne antal af bundlinjerne borgere og medarbejdere.',
      en: 'The economic criterion (better use of resources) must be met, plus at least the given number of the citizen and employee bottom lines.',
    },
    paramsSchema: ruleParamsSchemas.economicBottomLinePlus,
    evaluate: ({ minOthers }, f) => {
      const others = [f.bottomLines.citizens, f.bottomLines.employees].filter(Boolean).length;
      const req =
        minOthers === 0
          ? {
              da: 'Projektet skal give en bedre udnyttelse af ressourcerne (den økonomiske bundlinje).',
              en: 'The project must make better use of resources (the economic bottom line).',
            }
          : {
              da: `Projektet skal give en bedre udnyttelse af ressourcerne (den økonomiske bundlinje) og desuden skabe værdi for ${minOthers === 1 ? 'borgerne eller medarbejderne' : 'både borgerne og medarbejderne'}.`,
              en: `The project must make better use of resources (the economic bottom line) and also create value for ${minOthers === 1 ? 'citizens or employees' : 'both citizens and employees'}.`,
            };
      const missing: Bilingual[] = [];
      if (!f.bottomLines.economy) {
        missing.push({ da: 'Ansøgningen beskriver ikke en økonomisk gevinst.', en: 'The application does not describe an economic gain.' });
      }
      if (others < minOthers) {
        missing.push(
          others === 0
            ? { da: 'Ansøgningen beskriver ikke værdi for borgere eller medarbejdere.', en: 'The application describes no value for citizens or employees.' }
            : {
                da: 'Ansøgningen beskriver kun værdi for enten borgerne eller medarbejderne.',
                en: 'The application describes value for only one of citizens and employees.',
              },
        );
      }
      if (missing.length === 0) {
        return { met: true, reason: { da: `${req.da} Det er opfyldt.`, en: `${req.en} This is met.` } };
      }
      return {
        met: false,
        reason: {
          da: [req.da, ...missing.map((m) => m.da)].join(' '),
          en: [req.en, ...missing.map((m) => m.en)].join(' '),
        },
      };
    },
  },
  requireOperationFinancingPlan: {
    kind: 'requireOperationFinancingPlan',
    label: { da: 'Plan for finansiering af drift', en: 'Plan for financing operation' },
    description: {
      da: 'Ansøgningen skal beskrive, hvordan enheden selv finansierer driften (licenser, reparationer, nyindkøb), når puljen ophører.',
      en: 'The application must describe how the unit itself will finance operation (licences, repairs, new purchases) after the pool.',
    },
    paramsSchema: ruleParamsSchemas.requireOperationFinancingPlan,
    evaluate: (_p, f) => {
      const req = {
        da: 'Ansøgningen skal beskrive, hvordan driften finansieres, når projektet ikke længere får penge fra puljen.',
        en: 'The application must describe how operation will be financed once the project no longer receives pool money.',
      };
      return f.hasOperationFinancingPlan
        ? { met: true, reason: { da: `${req.da} Det gør den.`, en: `${req.en} It does.` } }
        : {
            met: false,
            reason: { da: `${req.da} Der mangler en plan for finansiering af driften.`, en: `${req.en} A plan for financing operation is missing.` },
          };
    },
  },
  requireResultGoals: {
    kind: 'requireResultGoals',
    label: { da: 'Resultatmål', en: 'Result goals' },
    description: {
      da: 'Projektet skal have mindst det angivne antal resultatmål, som det kan dokumenteres op imod.',
      en: 'The project must have at least the given number of result goals to be documented against.',
    },
    paramsSchema: ruleParamsSchemas.requireResultGoals,
    evaluate: ({ min }, f) =>
      minCountRule(
        f.resultGoalCount,
        min,
        {
          singular: { da: 'resultatmål', en: 'result goal' },
          plural: { da: 'resultatmål', en: 'result goals' },
          neuter: true,
        },
        (need) => ({
          da: `Projektet skal have mindst ${need.da}, som det kan dokumenteres op imod.`,
          en: `The project must have at least ${need.en} to be documented against.`,
        }),
      ),
  },
  citizenFacingMustReplaceOrPostpone: {
    kind: 'citizenFacingMustReplaceOrPostpone',
    label: { da: 'Borgerrettede løsninger erstatter eller udskyder en indsats', en: 'Citizen-facing solutions replace or postpone an effort' },
    description: {
      da: 'En borgerrettet løsning skal erstatte en eksisterende indsats eller udskyde behovet for hjælp.',
      en: 'A citizen-facing solution must replace an existing effort or postpone the need for support.',
    },
    paramsSchema: ruleParamsSchemas.citizenFacingMustReplaceOrPostpone,
    evaluate: (_p, f) => {
      if (!f.citizenFacing) {
        return {
          met: true,
          reason: {
            da: 'Løsningen er ikke borgerrettet, så kravet gælder ikke.',
            en: 'The solution is not citizen-facing, so the requirement does not apply.',
          },
        };
      }
      const req = {
        da: 'Når løsningen er borgerrettet, skal den erstatte en eksisterende indsats eller udskyde behovet for hjælp.',
        en: 'A citizen-facing solution must replace an existing effort or postpone the need for support.',
      };
      return f.replacesOrPostponesEffort
        ? { met: true, reason: { da: `${req.da} Det gør den.`, en: `${req.en} It does.` } }
        : {
            met: false,
            reason: { da: `${req.da} Ansøgningen beskriver ikke, at den gør det.`, en: `${req.en} The application does not describe that it does.` },
          };
    },
  },
  requireNewSolution: {
    kind: 'requireNewSolution',
    label: { da: 'Ny løsning', en: 'New solution' },
    description: {
      da: 'Løsningen skal være ny, eller en kendt løsning brugt på en ny måde eller et nyt område. Drift af kendte løsninger støttes ikke.',
      en: 'The solution must be new, or a known solution used in a new way or area. Operation of known solutions is not funded.',
    },
    paramsSchema: ruleParamsSchemas.requireNewSolution,
    evaluate: (_p, f) => {
      const req = {
        da: 'Løsningen skal være ny, eller en kendt løsning brugt på en ny måde eller et nyt område.',
        en: 'The solution must be new, or a known solution used in a new way or area.',
      };
      return f.isNewSolution
        ? { met: true, reason: { da: `${req.da} Det er den.`, en: `${req.en} It is.` } }
        : {
            met: false,
            reason: {
              da: `${req.da} Ansøgningen beskriver en løsning, der allerede er i brug.`,
              en: `${req.en} The application describes a solution already in use.`,
            },
          };
    },
  },
};

const budgetLineKeys = z.array(z.string().trim().min(1, { error: 'Angiv en budgetlinje' })).max(50);

function ruleSchema<K extends RuleKind>(kind: K) {
  return z.object({
    id: z.string().trim().min(1, { error: 'Reglen skal have et id' }).max(100),
    kind: z.literal(kind),
    severity: z.enum(['hard', 'soft'], { error: 'Vælg om reglen er et krav (hard) eller en anbefaling (soft)' }),
    /** When set and non-empty, the rule applies only to applications on these budget lines. */
    appliesToBudgetLines: budgetLineKeys.optional(),
    /** The rule never applies to applications on these budget lines (e.g. Innovation og Test). */
    exemptBudgetLines: budgetLineKeys.optional(),
    params: ruleParamsSchemas[kind],
  });
}

/** A configured rule: discriminated union on `kind`. */
export const eligibilityRuleSchema = z.discriminatedUnion('kind', [
  ruleSchema('minBottomLines'),
  ruleSchema('requirePrivatePartner'),
  ruleSchema('requireEffectGoal'),
  ruleSchema('economicBottomLinePlus'),
  ruleSchema('requireOperationFinancingPlan'),
  ruleSchema('requireResultGoals'),
  ruleSchema('citizenFacingMustReplaceOrPostpone'),
  ruleSchema('requireNewSolution'),
]);

/** A rule set; rule ids must be unique. */
export const eligibilityRulesSchema = z
  .array(eligibilityRuleSchema)
  .max(100)
  .refine((rules) => new Set(rules.map((r) => r.id)).size === rules.length, {
    error: 'To regler har samme id',
  });

export type EligibilityRule = z.output<typeof eligibilityRuleSchema>;
/** What an admin/config may write (params with defaults may be omitted). */
export type EligibilityRuleInput = z.input<typeof eligibilityRuleSchema>;
export type Severity = EligibilityRule['severity'];

export interface RuleResult {
  ruleId: string;
  kind: RuleKind;
  severity: Severity;
  /** True also when the rule is not applicable. */
  met: boolean;
  applicable: boolean;
  reason: Bilingual;
}

export interface EligibilityResult {
  results: RuleResult[];
  /** Any applicable hard rule not met. */
  blocking: boolean;
  /** Number of applicable soft rules not met. */
  warnings: number;
}

/**
 * Whether a rule applies to the application's budget line. A rule restricted with
 * appliesToBudgetLines applies when the line is in the list, and also when the application has no
 * budget line yet (so applicants see the requirement early). exemptBudgetLines always excludes.
 */
export function ruleApplies(rule: EligibilityRule, budgetLineKey: string | undefined): boolean {
  if (budgetLineKey !== undefined && rule.exemptBudgetLines?.includes(budgetLineKey)) return false;
  const only = rule.appliesToBudgetLines;
  if (only && only.length > 0 && budgetLineKey !== undefined) return only.includes(budgetLineKey);
  return true;
}

function evaluateKind<K extends RuleKind>(kind: K, params: RuleParams<K>, facts: ApplicationFacts): RuleOutcome {
  const def: RuleKindDefinition<K> = ruleKinds[kind];
  return def.evaluate(params, facts);
}

/** Evaluates configured (parsed) rules against the application facts. */
export function evaluateEligibility(rules: readonly EligibilityRule[], facts: ApplicationFacts): EligibilityResult {
  const results: RuleResult[] = rules.map((rule) => {
    const base = { ruleId: rule.id, kind: rule.kind, severity: rule.severity };
    if (!ruleApplies(rule, facts.budgetLineKey)) {
      return {
        ...base,
        met: true,
        applicable: false,
        reason: {
          da: 'Kriteriet gælder ikke for den budgetlinje, der søges fra.',
          en: 'The criterion does not apply to the budget line applied for.',
        },
      };
    }
    const outcome = evaluateKind(rule.kind, rule.params, facts);
    return { ...base, applicable: true, met: outcome.met, reason: outcome.reason };
  });
  return {
    results,
    blocking: results.some((r) => r.applicable && !r.met && r.severity === 'hard'),
    warnings: results.filter((r) => r.applicable && !r.met && r.severity === 'soft').length,
  };
}
