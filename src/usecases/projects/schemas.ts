import { z } from 'zod';
import { isIsoDate, parseDanishDate } from '../../domain/dates.js';

/** A date as `YYYY-MM-DD` (the form also takes `15.03.2026`), with a Danish message naming the field. */
export const dateSchema = (what: string) =>
  z
    .string({ error: `Angiv ${what}` })
    .trim()
    .min(1, { error: `Angiv ${what}` })
    .transform((v, ctx) => {
      const iso = parseDanishDate(v);
      if (!iso || !isIsoDate(iso)) {
        ctx.addIssue({ code: 'custom', message: `Skriv ${what} som en dato, fx 01.03.2026` });
        return z.NEVER;
      }
      return iso;
    });

/** An optional date: '' or absent → null. */
export const optionalDateSchema = (what: string) => z.preprocess((v) => (v === '' || v === undefined ? null : v), z.union([z.null(), dateSchema(what)]));

export const reasonSchema = (what = 'en begrundelse') =>
  z
    .string({ error: `Skriv ${what}` })
    .trim()
    .min(1, { error: `Skriv ${what}` })
    .max(2000, { error: 'Højst 2000 tegn' });

export const applicationIdSchema = z.object({ applicationId: z.string() });
export const reportRefSchema = z.object({ applicationId: z.string(), reportId: z.string() });
