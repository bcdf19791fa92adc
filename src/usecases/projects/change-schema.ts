import { z } from 'zod';
import { COST_TYPES, isoDate } from '../../domain/application-content.js';
import { CHANGE_KINDS } from '../../db/schema/project-outcomes.js';
import { budgetYearSchema, oereSchema } from '../../domain/money.js';

const positive = oereSchema({ type: 'Angiv beløbet i kroner, fx 50.000' }).refine((v) => v > 0, { error: 'Beløbet skal være større end 0\u00a0kr.' });

export const yearMoveSchema = z
  .object({ budgetLineId: z.uuid({ error: 'Vælg budgetlinjen' }), fromYear: budgetYearSchema, toYear: budgetYearSchema, amountOere: positive })
  .refine((m) => m.fromYear !== m.toYear, { error: 'Vælg to forskellige år', path: ['toYear'] });

export const costTypeMoveSchema = z
  .object({
    year: budgetYearSchema,
    fromCostType: z.enum(COST_TYPES, { error: 'Vælg udgiftstypen, der flyttes fra' }),
    toCostType: z.enum(COST_TYPES, { error: 'Vælg udgiftstypen, der flyttes til' }),
    amountOere: positive,
  })
  .refine((m) => m.fromCostType !== m.toCostType, { error: 'Vælg to forskellige udgiftstyper', path: ['toCostType'] });

/** A change request as the form and the API write it. */
export const requestProjectChangeSchema = z
  .object({
    applicationId: z.string(),
    kind: z.enum(CHANGE_KINDS, { error: 'Vælg hvad der skal ændres' }),
    reason: z.string({ error: 'Begrund ændringen' }).trim().min(1, { error: 'Begrund ændringen' }).max(4000, { error: 'Højst 4000 tegn' }),
    newEndDate: z.union([z.literal(''), isoDate('den nye slutdato')]).default(''),
    yearMoves: z.array(yearMoveSchema).max(20).default([]),
    costTypeMoves: z.array(costTypeMoveSchema).max(20).default([]),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'extend_end_date' && v.newEndDate === '') ctx.addIssue({ code: 'custom', path: ['newEndDate'], message: 'Angiv den nye slutdato' });
    if (v.kind === 'move_years' && v.yearMoves.length === 0)
      ctx.addIssue({ code: 'custom', path: ['yearMoves'], message: 'Angiv beløbet og årene, der flyttes mellem' });
    if (v.kind === 'move_cost_types' && v.costTypeMoves.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['costTypeMoves'], message: 'Angiv beløbet og udgiftstyperne, der flyttes mellem' });
    }
  });
export type RequestProjectChangeInput = z.input<typeof requestProjectChangeSchema>;

export const decideProjectChangeSchema = z.object({
  applicationId: z.string(),
  changeId: z.string(),
  decision: z.enum(['approve', 'refuse'], { error: 'Vælg godkend eller afvis' }),
  reason: z.string().trim().max(4000, { error: 'Højst 4000 tegn' }).default(''),
});

/** States in which a project may ask for changes (approved, running, evaluated; not after the outcome). */
export const CHANGEABLE_STATES = ['approved', 'in_trial', 'follow_up', 'extended', 'evaluated'] as const;

/** The schemas the API documents (the use cases parse with the same). */
export const changeSchemas = { request: requestProjectChangeSchema, decide: decideProjectChangeSchema };
