import { listSimilarEntries } from '../../../usecases/catalogue/list-similar-entries.js';
import { SimilarEntriesPanel } from '../catalogue/similar-entries-panel.js';
import { Hono, type Context } from 'hono';
import { forbidden } from '../../../errors.js';
import { canAnywhere } from '../../../policies/authorize.js';
import { adviseIdea } from '../../../usecases/applications/advise-idea.js';
import { assessIdea } from '../../../usecases/applications/assess-idea.js';
import { convertIdeaToApplication } from '../../../usecases/applications/convert-idea-to-application.js';
import { createIdea } from '../../../usecases/applications/create-idea.js';
import { getIdea } from '../../../usecases/applications/get-idea.js';
import { listIdeas } from '../../../usecases/applications/list-ideas.js';
import { listOpenPools } from '../../../usecases/applications/list-open-pools.js';
import type { AppEnv } from '../../env.js';
import { formPost, textOf } from '../../form-kit/index.js';
import { pageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { IdeaListPage, IdeaPage, NewIdeaPage } from './views.js';

type C = Context<AppEnv>;
const db = (c: C) => c.get('deps').db;
const p = paths.ideas;
const ideaIdOf = (c: C) => c.req.param('ideaId') ?? '';

/** The idea stage: a short idea, advice in a thread both sides see, an assessment, and conversion. */
export function ideaPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get(p.list.pattern, async (c) => {
    const actor = requireActor(c);
    const page = await listIdeas(db(c), actor, { after: c.req.query('after') });
    const nextPage = page.nextCursor ? p.list({ after: page.nextCursor }) : null;
    return render(c, IdeaListPage({ ctx: pageContext(c), ideas: page.ideas, canCreate: canAnywhere(actor, 'idea.create'), nextPage }));
  });

  app.get(p.create.pattern, async (c) => {
    const actor = requireActor(c);
    if (!canAnywhere(actor, 'idea.create')) throw forbidden();
    return render(c, NewIdeaPage({ ctx: pageContext(c), pools: await listOpenPools(db(c), actor), values: { poolId: c.req.query('pulje') ?? '' } }));
  });

  app.post(
    p.create.pattern,
    formPost({
      failure: { primaryField: 'poolId' },
      run: async (actor, f, c) => {
        const { id } = await createIdea(db(c), actor, {
          poolId: f.text('poolId'),
          title: f.text('title'),
          summary: f.text('summary'),
          needAnalysis: f.text('needAnalysis'),
        });
        return p.show({ ideaId: id });
      },
      again: async (actor, { values, errors }, c) =>
        NewIdeaPage({
          ctx: pageContext(c),
          pools: await listOpenPools(db(c), actor),
          values: { poolId: textOf(values.poolId), title: textOf(values.title), summary: textOf(values.summary), needAnalysis: textOf(values.needAnalysis) },
          errors,
        }),
    }),
  );

  app.get(p.show.pattern, async (c) => {
    const actor = requireActor(c);
    const view = await getIdea(db(c), actor, { ideaId: ideaIdOf(c) });
    const ctx = pageContext(c);
    const evidence = SimilarEntriesPanel({ ctx, entries: await listSimilarEntries(db(c), actor, { ideaId: view.idea.id }) });
    return render(c, IdeaPage({ ctx, view, evidence }));
  });

  app.post(
    p.advise.pattern,
    formPost({
      failure: { primaryField: 'body' },
      run: async (actor, f, c) => {
        const ideaId = ideaIdOf(c);
        await adviseIdea(db(c), actor, { ideaId, topic: f.optionalText('topic'), body: f.text('body') });
        return `${p.show({ ideaId })}#advice-thread`;
      },
      again: async (actor, { values, errors }, c) =>
        IdeaPage({
          ctx: pageContext(c),
          view: await getIdea(db(c), actor, { ideaId: ideaIdOf(c) }),
          adviceErrors: errors,
          adviceValues: { topic: textOf(values.topic) || undefined, body: textOf(values.body) },
        }),
    }),
  );

  app.post(
    p.assess.pattern,
    formPost({
      failure: { primaryField: 'assessment' },
      run: async (actor, f, c) => {
        const ideaId = ideaIdOf(c);
        await assessIdea(db(c), actor, { ideaId, assessment: f.text('assessment'), note: f.text('note') });
        return p.show({ ideaId });
      },
      again: async (actor, { values, errors }, c) =>
        IdeaPage({
          ctx: pageContext(c),
          view: await getIdea(db(c), actor, { ideaId: ideaIdOf(c) }),
          assessErrors: errors,
          assessValues: { assessment: textOf(values.assessment), note: textOf(values.note) },
        }),
    }),
  );

  app.post(p.convert.pattern, async (c) => {
    const actor = requireActor(c);
    const created = await convertIdeaToApplication(db(c), actor, { ideaId: ideaIdOf(c) });
    return c.redirect(paths.applications.show({ applicationId: created.id }), 303);
  });

  return app;
}
