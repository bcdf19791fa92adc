import { z } from 'zod';
import { parseDanishDate } from '../../domain/dates.js';
import { TRAINING_LEVELS } from '../../domain/training.js';

export const recordTrainingSchema = z.object({
  departmentId: z.string(),
  technology: z.string({ error: 'Vælg eller skriv teknologien' }).trim().min(1, 'Vælg eller skriv teknologien').max(200, 'Højst 200 tegn'),
  personName: z.string({ error: 'Skriv navnet' }).trim().min(1, 'Skriv navnet på den, der er uddannet').max(200, 'Højst 200 tegn'),
  level: z.enum(TRAINING_LEVELS, { error: 'Vælg niveauet' }),
  /** `YYYY-MM-DD`, or as a Dane types it (`15-03-2026`, `15.3.2026`). */
  trainedOn: z.string({ error: 'Skriv datoen' }).transform((s, ctx) => {
    const iso = parseDanishDate(s);
    if (!iso) ctx.addIssue({ code: 'custom', message: 'Skriv datoen som dd-mm-åååå, fx 15-03-2026' });
    return iso ?? '';
  }),
});
export type RecordTrainingInput = z.input<typeof recordTrainingSchema>;
