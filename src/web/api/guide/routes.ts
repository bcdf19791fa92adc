import { Hono } from 'hono';
import { z } from 'zod';
import { getTheme } from '../../../usecases/guide/get-theme.js';
import { listThemes } from '../../../usecases/guide/list-themes.js';
import { saveTheme } from '../../../usecases/guide/save-theme.js';
import { saveThemeSchema } from '../../../usecases/guide/schemas.js';
import type { AppEnv } from '../../env.js';
import { defineOperation } from '../registry.js';

const organisation = z.object({ id: z.string(), slug: z.string(), name: z.string() });

/** The citizens' guide: public reads (no token), and the secretariat's saveTheme. */
export function guideApi(): Hono<AppEnv> {
  const api = new Hono<AppEnv>();

  defineOperation(
    api,
    {
      operationId: 'listThemes',
      method: 'get',
      path: '/guide/:organisationSlug/themes',
      summary: "An organisation's citizens' guide: its themes by problem (public, no token)",
      tag: 'Guide',
      public: true,
      response: z.object({ organisation, themes: z.array(z.object({ slug: z.string(), title: z.string(), problem: z.string() })) }),
      errors: ['VALIDATION_FAILED', 'NOT_FOUND'],
    },
    async (actor, { c, params }) => {
      const list = await listThemes(c.get('deps').db, actor, { organisationSlug: params.organisationSlug });
      return { organisation: list.organisation, themes: list.themes };
    },
  );

  defineOperation(
    api,
    {
      operationId: 'getTheme',
      method: 'get',
      path: '/guide/:organisationSlug/themes/:themeSlug',
      summary: 'One theme of the guide: kinds of technology, where to try them, and its public catalogue entries (public, no token)',
      tag: 'Guide',
      public: true,
      response: z.object({
        organisation,
        slug: z.string(),
        title: z.string(),
        problem: z.string(),
        technologies: z.array(z.object({ name: z.string(), description: z.string() })),
        whereToTry: z.string(),
        entries: z.array(z.object({ id: z.string(), title: z.string(), summary: z.string(), municipality: z.string() })),
      }),
      errors: ['VALIDATION_FAILED', 'NOT_FOUND'],
    },
    async (actor, { c, params }) => {
      const t = await getTheme(c.get('deps').db, actor, { organisationSlug: params.organisationSlug, themeSlug: params.themeSlug });
      return {
        organisation: t.organisation,
        slug: t.slug,
        title: t.title,
        problem: t.problem,
        technologies: t.technologies,
        whereToTry: t.whereToTry,
        entries: t.entries,
      };
    },
  );

  defineOperation(
    api,
    {
      operationId: 'saveTheme',
      method: 'post',
      path: '/organisations/:organisationId/guide/themes',
      summary: "Create or update (by slug) a theme of the organisation's guide; refused when a text names a partner company",
      tag: 'Guide',
      body: saveThemeSchema.omit({ organisationId: true }),
      response: z.object({ id: z.string(), slug: z.string() }),
      errors: ['VALIDATION_FAILED'],
      example: () => ({
        slug: 'svaert-ved-at-huske',
        title: 'Svært ved at huske',
        problem: 'Du glemmer aftaler eller at tage din medicin.',
        technologies: [{ name: 'Digital kalender med påmindelser', description: 'En skærm eller app, der siger til, når du skal noget.' }],
        whereToTry: 'Kom til teknologicafé på biblioteket den første tirsdag i måneden.',
        entryIds: [],
      }),
    },
    async (actor, { c, params, body }) => saveTheme(c.get('deps').db, actor, { ...(body as object), organisationId: params.organisationId }),
  );

  return api;
}
