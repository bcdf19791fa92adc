import { z } from 'zod';
import type { Bilingual } from './bilingual.js';

const bilingualSchema = z.object({
  da: z.string().trim().min(1, { error: 'Angiv en dansk tekst' }).max(300),
  en: z.string().trim().min(1, { error: 'Angiv en engelsk tekst' }).max(300),
});

export const criterionSchema = z
  .object({
    key: z
      .string()
      .trim()
      .min(1, { error: 'Angiv en nøgle' })
      .max(60)
      .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'Nøglen må kun indeholde små bogstaver, tal og bindestreg' }),
    label: bilingualSchema,
    weight: z.number({ error: 'Vægten skal være et tal' }).positive({ error: 'Vægten skal være større end 0' }).max(1000),
    scaleMin: z.number({ error: 'Skalaens minimum skal være et tal' }).int({ error: 'Skalaen skal bestå af hele tal' }),
    scaleMax: z.number({ error: 'Skalaens maksimum skal være et tal' }).int({ error: 'Skalaen skal bestå af hele tal' }),
    /** A score strictly below this knocks the application out (flagged). */
    knockOutBelow: z.number({ error: 'Grænsen skal være et tal' }).optional(),
    /** What each point on the scale means (shown to reviewers); points left out get a default wording (`scaleMeanings`). */
    levels: z
      .array(z.object({ score: z.number({ error: 'Scoren skal være et tal' }).int({ error: 'Scoren skal være et helt tal' }), label: bilingualSchema }))
      .max(101)
      .optional(),
  })
  .refine((c) => c.scaleMax > c.scaleMin, { error: 'Skalaens maksimum skal være større end minimum', path: ['scaleMax'] })
  .refine((c) => c.knockOutBelow === undefined || (c.knockOutBelow > c.scaleMin && c.knockOutBelow <= c.scaleMax), {
    error: 'Knock-out-grænsen skal ligge inden for skalaen (over minimum)',
    path: ['knockOutBelow'],
  })
  .refine((c) => (c.levels ?? []).every((l) => l.score >= c.scaleMin && l.score <= c.scaleMax), {
    error: 'Hvert trin skal ligge på skalaen',
    path: ['levels'],
  });

export const rubricSchema = z.object({
  criteria: z
    .array(criterionSchema)
    .min(1, { error: 'Bedømmelsen skal have mindst ét kriterium' })
    .max(50)
    .refine((cs) => new Set(cs.map((c) => c.key)).size === cs.length, { error: 'To kriterier har samme nøgle' }),
});

export type Criterion = z.output<typeof criterionSchema>;
export type Rubric = z.output<typeof rubricSchema>;

export type Score = number | 'na';
/** Score per criterion key; a missing key means "not scored yet" and is left out like 'na'. */
export type Scores = Record<string, Score>;

export interface Review {
  reviewerId: string;
  scores: Scores;
}

export class ScoreValidationError extends Error {
  constructor(
    readonly criterionKey: string,
    readonly userMessage: Bilingual,
  ) {
    super(userMessage.en);
    this.name = 'ScoreValidationError';
  }
}

/** Problems with a set of scores (unknown keys, not on the scale). Empty when valid. */
export function validateScores(rubric: Rubric, scores: Scores): ScoreValidationError[] {
  const errors: ScoreValidationError[] = [];
  const byKey = new Map(rubric.criteria.map((c) => [c.key, c]));
  for (const [key, value] of Object.entries(scores)) {
    const c = byKey.get(key);
    if (!c) {
      errors.push(new ScoreValidationError(key, { da: `Ukendt kriterium: ${key}`, en: `Unknown criterion: ${key}` }));
      continue;
    }
    if (value === 'na') continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < c.scaleMin || value > c.scaleMax) {
      errors.push(
        new ScoreValidationError(key, {
          da: `Scoren for "${c.label.da}" skal være mellem ${c.scaleMin} og ${c.scaleMax}.`,
          en: `The score for "${c.label.en}" must be between ${c.scaleMin} and ${c.scaleMax}.`,
        }),
      );
    }
  }
  return errors;
}

function assertValid(rubric: Rubric, scores: Scores): void {
  const [first] = validateScores(rubric, scores);
  if (first) throw first;
}

/** A score on the criterion's scale mapped to 0..100. */
export function normalise(c: Criterion, score: number): number {
  return ((score - c.scaleMin) / (c.scaleMax - c.scaleMin)) * 100;
}

/** Weighted mean of normalised values over the criteria that have one; null when none do. */
function weightedTotal(rubric: Rubric, valueOf: (c: Criterion) => number | null): number | null {
  let num = 0;
  let den = 0;
  for (const c of rubric.criteria) {
    const v = valueOf(c);
    if (v === null) continue;
    num += c.weight * normalise(c, v);
    den += c.weight;
  }
  return den === 0 ? null : num / den;
}

export interface ReviewTotal {
  /** 0..100; null when every criterion is n/a or unscored. */
  total: number | null;
  /** Criteria whose score is below knockOutBelow. */
  knockOuts: string[];
  /** Number of criteria with a numeric score. */
  scoredCount: number;
}

/**
 * One review's total: weighted mean of the scores normalised to 0..100. n/a (and unscored) criteria
 * are left out of both numerator and denominator — never counted as 0. Throws ScoreValidationError.
 */
export function reviewTotal(rubric: Rubric, scores: Scores): ReviewTotal {
  assertValid(rubric, scores);
  const num = (c: Criterion): number | null => {
    const v = scores[c.key];
    return typeof v === 'number' ? v : null;
  };
  const knockOuts = rubric.criteria
    .filter((c) => {
      const v = num(c);
      return c.knockOutBelow !== undefined && v !== null && v < c.knockOutBelow;
    })
    .map((c) => c.key);
  return {
    total: weightedTotal(rubric, num),
    knockOuts,
    scoredCount: rubric.criteria.filter((c) => num(c) !== null).length,
  };
}

export interface CriterionSummary {
  key: string;
  /** Number of numeric scores (n/a excluded). */
  count: number;
  naCount: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  /** Population standard deviation (divide by count). */
  stdDev: number | null;
  /** Some reviewer scored below knockOutBelow. */
  knockOut: boolean;
}

export interface ReviewSummary {
  criteria: CriterionSummary[];
  /** Weighted total 0..100 from the criterion means (criteria with no scores left out). */
  total: number | null;
  knockOuts: string[];
  reviewCount: number;
}

/** Summarises all reviews of one application. Throws ScoreValidationError for invalid scores. */
export function summarise(rubric: Rubric, reviews: readonly Review[]): ReviewSummary {
  for (const r of reviews) assertValid(rubric, r.scores);
  const criteria: CriterionSummary[] = rubric.criteria.map((c) => {
    const values: number[] = [];
    let naCount = 0;
    for (const r of reviews) {
      const v = r.scores[c.key];
      if (typeof v === 'number') values.push(v);
      else if (v === 'na') naCount++;
    }
    const n = values.length;
    if (n === 0) {
      return { key: c.key, count: 0, naCount, mean: null, min: null, max: null, stdDev: null, knockOut: false };
    }
    const ko = c.knockOutBelow;
    const mean = values.reduce((a, b) => a + b, 0) / n;
    const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / n;
    return {
      key: c.key,
      count: n,
      naCount,
      mean,
      min: Math.min(...values),
      max: Math.max(...values),
      stdDev: Math.sqrt(variance),
      knockOut: ko !== undefined && values.some((v) => v < ko),
    };
  });
  const means = new Map(criteria.map((s) => [s.key, s.mean]));
  return {
    criteria,
    total: weightedTotal(rubric, (c) => means.get(c.key) ?? null),
    knockOuts: criteria.filter((s) => s.knockOut).map((s) => s.key),
    reviewCount: reviews.length,
  };
}

const TIE_EPSILON = 1e-9;

/**
 * Sorts by total descending; equal totals share a rank (1, 2, 2, 4), keeping input order among ties.
 * Items with no total come last with rank null. Generic so callers can attach an application id.
 */
export function rank<T extends { total: number | null }>(summaries: readonly T[]): (T & { rank: number | null })[] {
  const scored = summaries
    .map((s, i) => ({ s, i }))
    .filter((x): x is { s: T & { total: number }; i: number } => x.s.total !== null)
    .sort((a, b) => b.s.total - a.s.total || a.i - b.i);
  const out: (T & { rank: number | null })[] = [];
  let prevTotal: number | null = null;
  let prevRank = 0;
  scored.forEach(({ s }, idx) => {
    const r = prevTotal !== null && Math.abs(prevTotal - s.total) <= TIE_EPSILON ? prevRank : idx + 1;
    prevTotal = s.total;
    prevRank = r;
    out.push({ ...s, rank: r });
  });
  for (const s of summaries) if (s.total === null) out.push({ ...s, rank: null });
  return out;
}
