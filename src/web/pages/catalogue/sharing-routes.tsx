import { Hono, type Context } from 'hono';
import { paths } from '../../../paths.js';
import { adoptCatalogueEntry } from '../../../usecases/catalogue/adopt-entry.js';
import { getAdoptionForm } from '../../../usecases/catalogue/get-adoption-form.js';
import { listExperiences } from '../../../usecases/network/list-experiences.js';
import { postExperience } from '../../../usecases/network/post-experience.js';
import type { AppEnv } from '../../env.js';
import { formPost } from '../../form-kit/index.js';
import { pageContext } from '../../page-context.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { AdoptPage, ExperiencesPage } from './sharing-views.js';

type C = Context<AppEnv>;

/** "Brug dette projekt" and the experience posts on a catalogue entry. */
export function catalogueSharingPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const p = paths.catalogueSharing;
  const entryId = (c: C) => c.req.param('catalogueEntryId') ?? '';
  const db = (c: C) => c.get('deps').db;

  app.get(p.adopt.pattern, async (c) =>
    render(c, AdoptPage({ ctx: pageContext(c), form: await getAdoptionForm(db(c), requireActor(c), { catalogueEntryId: entryId(c) }) })),
  );
  app.post(
    p.adopt.pattern,
    formPost({
      failure: { primaryField: 'poolId' },
      run: async (actor, f, c) => {
        const { ideaId } = await adoptCatalogueEntry(db(c), actor, {
          catalogueEntryId: entryId(c),
          poolId: f.text('poolId'),
          title: f.text('title'),
          summary: f.text('summary'),
          needAnalysis: f.text('needAnalysis'),
        });
        return paths.ideas.show({ ideaId });
      },
      again: async (actor, form, c) => AdoptPage({ ctx: pageContext(c), form: await getAdoptionForm(db(c), actor, { catalogueEntryId: entryId(c) }), ...form }),
    }),
  );

  app.get(p.experiences.pattern, async (c) =>
    render(c, ExperiencesPage({ ctx: pageContext(c), view: await listExperiences(db(c), requireActor(c), { catalogueEntryId: entryId(c) }) })),
  );
  app.post(
    p.experiences.pattern,
    formPost({
      failure: { primaryField: 'body' },
      run: async (actor, f, c) => {
        await postExperience(db(c), actor, {
          catalogueEntryId: entryId(c),
          kind: f.text('kind') || undefined,
          body: f.text('body'),
          replyToId: f.text('replyToId'),
        });
        return p.experiences({ catalogueEntryId: entryId(c) });
      },
      again: async (actor, form, c) =>
        ExperiencesPage({ ctx: pageContext(c), view: await listExperiences(db(c), actor, { catalogueEntryId: entryId(c) }), ...form }),
    }),
  );
  return app;
}
