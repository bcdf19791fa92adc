import { z } from 'zod';
import { THEME_SLUG } from '../../domain/guide.js';

const text = (what: string, max: number) =>
  z
    .string({ error: `Angiv ${what}` })
    .trim()
    .max(max, { error: `Højst ${max} tegn` });
const required = (what: string, max: number) => text(what, max).min(1, { error: `Angiv ${what}` });

export const themeSlugSchema = z
  .string({ error: 'Angiv temaets kortnavn' })
  .trim()
  .min(1, { error: 'Angiv temaets kortnavn' })
  .max(80, { error: 'Højst 80 tegn' })
  .regex(THEME_SLUG, { error: 'Kortnavnet må kun indeholde små bogstaver a-z, tal og bindestreger, fx svaert-ved-at-huske' });

export const organisationSlugSchema = z.string({ error: 'Angiv organisationen' }).trim().min(1).max(80);

export const saveThemeSchema = z.object({
  organisationId: z.uuid({ error: 'Ukendt organisation' }),
  slug: themeSlugSchema,
  title: required('en overskrift', 120),
  problem: required('problemet, som borgeren oplever det', 2000),
  technologies: z
    .array(z.object({ name: required('teknologiens art', 120), description: required('en kort beskrivelse', 2000) }), {
      error: 'Teknologierne skal være en liste',
    })
    .min(1, { error: 'Beskriv mindst én slags teknologi' })
    .max(20, { error: 'Højst 20 slags teknologi' }),
  whereToTry: text('hvor man kan se og prøve teknologien', 4000).default(''),
  entryIds: z
    .array(z.uuid({ error: 'Ukendt katalogindgang' }))
    .max(30, { error: 'Højst 30 indgange' })
    .default([]),
  sortOrder: z.number({ error: 'Rækkefølgen skal være et tal' }).int().min(0).max(1000).default(0),
});
export type SaveThemeInput = z.output<typeof saveThemeSchema>;
