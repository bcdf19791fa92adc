import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { organisations } from '../db/schema/organisations.js';
import { writeTheme } from '../usecases/guide/save-theme.js';
import { saveThemeSchema } from '../usecases/guide/schemas.js';

const NETHJAELPEN =
  'Nethjælpen på biblioteket hjælper dig gratis med at komme i gang med din telefon, tablet og apps. Spørg ved skranken eller ring til biblioteket.';

/** Themes by problem, in plain Danish, without a product or company name. */
const themes = (municipality: string) => [
  {
    slug: 'mangel-paa-struktur',
    title: 'Mangel på struktur i hverdagen',
    problem: 'Det kan være svært at få overblik over dagen, og at vide hvad man skal gøre hvornår.',
    technologies: [
      { name: 'Digital dagsplan', description: 'En skærm eller en app viser dagens aftaler med billeder og ur, så du kan se, hvad der sker nu og bagefter.' },
      { name: 'Tidshjælpemidler', description: 'Et ur, der viser tiden som et felt, der bliver mindre, så du kan se, hvor lang tid der er tilbage.' },
    ],
    whereToTry: `Kom til teknologicafé på hovedbiblioteket i ${municipality} den første tirsdag i måneden.\n\n${NETHJAELPEN}`,
    sortOrder: 1,
  },
  {
    slug: 'svaert-ved-at-huske',
    title: 'Svært ved at huske',
    problem: 'Du glemmer aftaler, at tage din medicin eller at slukke for komfuret.',
    technologies: [
      { name: 'Påmindelser', description: 'En højttaler, et ur eller en telefon siger til, når du skal tage medicin eller gå til en aftale.' },
      {
        name: 'Elektronisk medicindispenser',
        description: 'En lille maskine giver dig den rigtige medicin på det rigtige tidspunkt og siger til, hvis du glemmer den.',
      },
      { name: 'Komfurvagt', description: 'Slukker selv for komfuret, hvis det har været tændt for længe.' },
    ],
    whereToTry: `Du kan se og prøve påmindelser og medicindispensere i kommunens hjælpemiddeldepot i ${municipality}. Ring og aftal en tid.\n\n${NETHJAELPEN}`,
    sortOrder: 2,
  },
  {
    slug: 'nedsat-mobilitet',
    title: 'Nedsat mobilitet',
    problem: 'Det er blevet svært at rejse sig, gå, vende sig i sengen eller komme i bad.',
    technologies: [
      { name: 'Vasketoilet', description: 'Et toilet, der skyller og tørrer, så du kan klare toiletbesøg selv.' },
      { name: 'Loftlift og vendesystemer', description: 'Hjælper dig op og ned og med at vende dig, så du og hjælperen ikke skal løfte.' },
      { name: 'Rollator med hjælp op ad bakke', description: 'En rollator med lille motor, der gør det lettere at gå ture udenfor.' },
    ],
    whereToTry: `Hjælpemiddeldepotet i ${municipality} har et prøverum. Din visitator kan også tage hjælpemidler med hjem til dig.`,
    sortOrder: 3,
  },
];

/** The demo guides: Horsens and Vejle. */
export async function seedGuide(db: Db): Promise<void> {
  for (const [slug, name] of [
    ['horsens', 'Horsens'],
    ['vejle', 'Vejle'],
  ] as const) {
    const [org] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, slug));
    if (!org) continue;
    for (const theme of themes(name)) await writeTheme(db, null, saveThemeSchema.parse({ organisationId: org.id, entryIds: [], ...theme }));
  }
}
