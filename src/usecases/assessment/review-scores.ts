import { z } from 'zod';
import type { Rubric, Scores } from '../../domain/scoring.js';
import type { FieldErrors } from '../../errors.js';

const COMMENT_MAX = 4000;

/**
 * A review's body as a form or JSON gives it: per criterion key a score (a number on the rubric's
 * scale, "na" for not applicable, or nothing yet) and a comment. The scores are read against the
 * rubric by `readScores`, so every error can name its criterion.
 */
export const reviewBodySchema = {
  criteria: z
    .record(
      z.string(),
      z.object({
        score: z.union([z.number(), z.string()]).optional(),
        comment: z.string().default(''),
      }),
      { error: 'Angiv point pr. kriterium' },
    )
    .default({}),
  overallComment: z.string().trim().max(8000, { error: 'Højst 8000 tegn' }).default(''),
};

export type ReviewCriteriaInput = Record<string, { score?: number | string | undefined; comment: string }>;

export interface ReadScores {
  scores: Scores;
  comments: Record<string, string>;
  fields: FieldErrors;
}

/** A score as given: undefined when none is chosen, 'na', a number, or NaN when it is not one. */
function scoreOf(v: number | string | undefined): number | 'na' | undefined {
  if (typeof v === 'number') return v;
  if (v === undefined) return undefined;
  const s = v.trim();
  if (s === '') return undefined;
  if (s === 'na') return 'na';
  return /^-?\d+([.,]\d+)?$/.test(s) ? Number(s.replace(',', '.')) : Number.NaN;
}

/**
 * Reads the scores and comments against the rubric. Every error names its criterion ("Kriterie
 * «Økonomi»: vælg en score …"). `complete` (a submission) requires a score or "ikke relevant" for
 * every criterion; a draft may leave some out.
 */
export function readScores(rubric: Rubric, criteria: ReviewCriteriaInput, opts: { complete: boolean }): ReadScores {
  const fields: FieldErrors = {};
  const scores: Scores = {};
  const comments: Record<string, string> = {};
  for (const c of rubric.criteria) {
    const name = `Kriterie «${c.label.da}»`;
    const given = criteria[c.key];
    const score = scoreOf(given?.score);
    const comment = (given?.comment ?? '').trim();
    if (comment.length > COMMENT_MAX) fields[`criteria.${c.key}.comment`] = `${name}: kommentaren må højst være ${COMMENT_MAX} tegn`;
    else if (comment) comments[c.key] = comment;
    if (score === undefined) {
      if (opts.complete) fields[`criteria.${c.key}.score`] = `${name}: vælg en score eller «Ikke relevant»`;
      continue;
    }
    if (score !== 'na' && (!Number.isFinite(score) || score < c.scaleMin || score > c.scaleMax)) {
      fields[`criteria.${c.key}.score`] = `${name}: scoren skal være mellem ${c.scaleMin} og ${c.scaleMax}`;
      continue;
    }
    scores[c.key] = score;
  }
  for (const key of Object.keys(criteria)) {
    if (!rubric.criteria.some((c) => c.key === key)) fields[`criteria.${key}.score`] = `Ukendt kriterium: ${key}`;
  }
  return { scores, comments, fields };
}
