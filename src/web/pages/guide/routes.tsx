import { Hono, type Context } from 'hono';
import { slugify } from '../../../domain/guide.js';
import { paths } from '../../../paths.js';
import { getTheme } from '../../../usecases/guide/get-theme.js';
import { guideOrganisation } from '../../../usecases/guide/guide-organisation.js';
import { listGuides, listThemes } from '../../../usecases/guide/list-themes.js';
import { saveTheme } from '../../../usecases/guide/save-theme.js';
import type { Actor } from '../../../usecases/shared/actor.js';
import { assertMayEditGuide } from '../../../policies/guide.js';
import type { AppEnv } from '../../env.js';
import { formPost, rowsOf, textOf, type FormFields } from '../../form-kit/index.js';
import { pageContext } from '../../page-context.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { GuideIndexPage, GuideListPage, GuideThemePage } from './guide-pages.js';
import { TECH_ROWS, ThemeFormPage } from './theme-form-page.js';

type C = Context<AppEnv>;
const p = paths.guide;

/** The form's technology rows that were filled in, with the row each came from (errors go back to it). */
function technologiesOf(fields: FormFields): { rows: { name: string; description: string }[]; from: number[] } {
  const rows: { name: string; description: string }[] = [];
  const from: number[] = [];
  rowsOf(fields.raw('technologies')).forEach((r, i) => {
    const name = textOf(r.name).trim();
    const description = textOf(r.description).trim();
    if (name === '' && description === '') return;
    rows.push({ name, description });
    from.push(i);
  });
  return { rows, from };
}

/** The citizens' guide: public pages, and the secretariat's theme form. */
export function guidePages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get(p.list.pattern, async (c) => render(c, GuideListPage({ ctx: pageContext(c), guides: await listGuides(c.get('deps').db) })));
  app.get(p.index.pattern, async (c) =>
    render(
      c,
      GuideIndexPage({ ctx: pageContext(c), list: await listThemes(c.get('deps').db, c.get('actor'), { organisationSlug: c.req.param('organisationSlug') }) }),
    ),
  );

  /** The organisation, after checking the actor may edit its guide (404 for another tenant). */
  const editable = async (c: C, actor: Actor) => {
    const organisation = await guideOrganisation(c.get('deps').db, c.req.param('organisationSlug') ?? '');
    assertMayEditGuide(actor, organisation.id);
    return organisation;
  };
  const run = (fixedSlug: (c: C) => string | null) => async (actor: Actor, fields: FormFields, c: C) => {
    const organisation = await editable(c, actor);
    const { rows } = technologiesOf(fields);
    const slug = fixedSlug(c) ?? (fields.text('slug').trim() || slugify(fields.text('title')));
    const entryIds = fields
      .text('entryIds')
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    const sortOrder = fields.text('sortOrder').trim() === '' ? 0 : (fields.int('sortOrder') ?? Number.NaN);
    await saveTheme(c.get('deps').db, actor, {
      organisationId: organisation.id,
      slug,
      title: fields.text('title'),
      problem: fields.text('problem'),
      technologies: rows,
      whereToTry: fields.text('whereToTry'),
      entryIds,
      sortOrder,
    });
    return p.theme({ organisationSlug: organisation.slug, themeSlug: slug });
  };

  app.get(p.newTheme.pattern, async (c) => {
    const organisation = await editable(c, requireActor(c));
    return render(c, ThemeFormPage({ ctx: pageContext(c), organisation, themeSlug: null }));
  });
  app.post(
    p.newTheme.pattern,
    formPost({
      failure: { primaryField: 'title', rename: renameTech },
      run: run(() => null),
      again: async (actor, form, c) => ThemeFormPage({ ctx: pageContext(c), organisation: await editable(c, actor), themeSlug: null, ...form }),
    }),
  );
  app.get(p.editTheme.pattern, async (c) => {
    const actor = requireActor(c);
    const organisation = await editable(c, actor);
    const theme = await getTheme(c.get('deps').db, actor, { organisationSlug: organisation.slug, themeSlug: c.req.param('themeSlug') });
    const values: Record<string, unknown> = {
      title: theme.title,
      problem: theme.problem,
      whereToTry: theme.whereToTry,
      entryIds: theme.entryIds.join('\n'),
      sortOrder: String(theme.sortOrder),
      technologies: theme.technologies.slice(0, TECH_ROWS),
    };
    return render(c, ThemeFormPage({ ctx: pageContext(c), organisation, themeSlug: theme.slug, values }));
  });
  app.post(
    p.editTheme.pattern,
    formPost({
      failure: { primaryField: 'title', rename: renameTech },
      run: run((c) => c.req.param('themeSlug') ?? ''),
      again: async (actor, form, c) =>
        ThemeFormPage({ ctx: pageContext(c), organisation: await editable(c, actor), themeSlug: c.req.param('themeSlug') ?? '', ...form }),
    }),
  );
  // After the editing routes, so `temaer` is never read as a theme's name.
  app.get(p.theme.pattern, async (c) =>
    render(
      c,
      GuideThemePage({
        ctx: pageContext(c),
        theme: await getTheme(c.get('deps').db, c.get('actor'), { organisationSlug: c.req.param('organisationSlug'), themeSlug: c.req.param('themeSlug') }),
      }),
    ),
  );
  return app;
}

/** Use-case paths → form names: a technology's fields keep their row (empty rows are only skipped at the end). */
function renameTech(path: string): string {
  const m = /^technologies\.(\d+)\.(\w+)$/.exec(path);
  if (m) return `technologies.${m[1]}.${m[2]}`;
  if (path === 'technologies') return 'technologies.0.name';
  return path.replace(/^entryIds\.\d+$/, 'entryIds');
}
