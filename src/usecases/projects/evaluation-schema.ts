import { z } from 'zod';
import { businessCaseInputSchema } from '../../domain/business-case.js';
import { EVALUATION_DIMENSIONS, RECOMMENDATIONS, SCORE_MAX, SCORE_MIN, type EvaluationDimension } from '../../domain/evaluation.js';

const text = (max: number) =>
  z
    .string({ error: 'Skal være en tekst' })
    .trim()
    .max(max, { error: `Højst ${max} tegn` });

const dimensionSchema = z.object({
  score: z
    .number({ error: `Vælg en score fra ${SCORE_MIN} til ${SCORE_MAX}` })
    .int({ error: `Vælg en score fra ${SCORE_MIN} til ${SCORE_MAX}` })
    .min(SCORE_MIN, { error: `Vælg en score fra ${SCORE_MIN} til ${SCORE_MAX}` })
    .max(SCORE_MAX, { error: `Vælg en score fra ${SCORE_MIN} til ${SCORE_MAX}` }),
  argument: text(4000).min(1, { error: 'Begrund scoren' }),
});

export const goalEvaluationSchema = z.object({
  goalIndex: z.number().int().min(0),
  indicator: text(500).min(1, { error: 'Angiv indikatoren' }),
  target: text(500).default(''),
  before: text(500).default(''),
  mid: text(500).default(''),
  after: text(500).min(1, { error: 'Angiv værdien ved evalueringen' }),
  met: z.boolean().nullable().default(null),
  comment: text(2000).default(''),
});

/** The evaluation as the form and the API write it (one schema for both). */
export const recordEvaluationSchema = z
  .object({
    applicationId: z.string(),
    dimensions: z.object(Object.fromEntries(EVALUATION_DIMENSIONS.map((d) => [d, dimensionSchema])) as Record<EvaluationDimension, typeof dimensionSchema>, {
      error: 'Score og begrund hver dimension',
    }),
    goals: z.array(goalEvaluationSchema).max(30).default([]),
    /** The business case recomputed with the actual figures (øre; hours per year). */
    actualBusinessCase: businessCaseInputSchema,
    recommendation: z.enum(RECOMMENDATIONS, { error: 'Vælg en anbefaling: drift, opskalering, forlængelse eller stop' }),
    scaleUpDepartmentIds: z
      .array(z.uuid({ error: 'Ukendt enhed' }))
      .max(50)
      .default([]),
    scaleUpNote: text(2000).default(''),
    recommendationReason: text(4000).min(1, { error: 'Begrund anbefalingen' }),
    summary: text(8000).default(''),
  })
  .superRefine((v, ctx) => {
    if (v.recommendation === 'scale_up' && v.scaleUpDepartmentIds.length === 0 && v.scaleUpNote === '') {
      ctx.addIssue({ code: 'custom', path: ['scaleUpDepartmentIds'], message: 'Angiv hvilke enheder løsningen skal opskaleres til' });
    }
  });
export type RecordEvaluationInput = z.input<typeof recordEvaluationSchema>;
