import { Hono, type Context } from 'hono';
import { AppError, forbidden, type FieldErrors } from '../../../errors.js';
import { adviseIdea } from '../../../usecases/applications/advise-idea.js';
import { assessIdea } from '../../../usecases/applications/assess-idea.js';
import { convertIdeaToApplication } from '../../../usecases/applications/convert-idea-to-application.js';
import { createIdea } from '../../../usecases/applications/create-idea.js';
import { getIdea } from '../../../usecases/applications/get-idea.js';
import { listIdeas } from '../../../usecases/applications/list-ideas.js';
import { listOpenPools } from '../../../usecases/applications/list-open-pools.js';
import type { AppEnv } from '../../env.js';
import { readForm } from '../../form-kit/index.js';
import { pageContext } from '../../page-context.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { IdeaListPage, IdeaPage, NewIdeaPage } from './views.js';

type C = Context<AppEnv>;
const db = (c: C) => c.get('deps').db;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

function validation(err: unknown): FieldErrors {
  if (err instanceof AppError && err.code === 'VALIDATION_FAILED' && err.fields) return err.fields;
  throw err;
}

/** The idea stage: a short idea, advice in a thread both sides see, an assessment, and conversion. */
export function ideaPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const actor = requireActor(c);
    const canCreate = actor.memberships.some((m) => m.role === 'applicant');
    return render(c, IdeaListPage({ ctx: pageContext(c), ideas: await listIdeas(db(c), actor, {}), canCreate }));
  });

  app.get('/ny', async (c) => {
    const actor = requireActor(c);
    if (!actor.memberships.some((m) => m.role === 'applicant')) throw forbidden();
    return render(c, NewIdeaPage({ ctx: pageContext(c), pools: await listOpenPools(db(c), actor), values: { poolId: c.req.query('pulje') ?? '' } }));
  });

  app.post('/ny', async (c) => {
    const actor = requireActor(c);
    const { values } = await readForm(c);
    const input = { poolId: str(values.poolId), title: str(values.title), summary: str(values.summary), needAnalysis: str(values.needAnalysis) };
    try {
      const { id } = await createIdea(db(c), actor, input);
      return c.redirect(`/ideer/${id}`, 303);
    } catch (err) {
      const errors = validation(err);
      return render(c, NewIdeaPage({ ctx: pageContext(c), pools: await listOpenPools(db(c), actor), values: input, errors }), 422);
    }
  });

  app.get('/:id', async (c) => {
    const actor = requireActor(c);
    return render(c, IdeaPage({ ctx: pageContext(c), view: await getIdea(db(c), actor, { ideaId: c.req.param('id') }) }));
  });

  app.post('/:id/raad', async (c) => {
    const actor = requireActor(c);
    const id = c.req.param('id');
    const { values } = await readForm(c);
    const input = { ideaId: id, topic: str(values.topic) || undefined, body: str(values.body) };
    try {
      await adviseIdea(db(c), actor, input);
      return c.redirect(`/ideer/${id}#advice-thread`, 303);
    } catch (err) {
      const adviceErrors = validation(err);
      const view = await getIdea(db(c), actor, { ideaId: id });
      return render(c, IdeaPage({ ctx: pageContext(c), view, adviceErrors, adviceValues: { topic: input.topic, body: input.body } }), 422);
    }
  });

  app.post('/:id/vurdering', async (c) => {
    const actor = requireActor(c);
    const id = c.req.param('id');
    const { values } = await readForm(c);
    const input = { ideaId: id, assessment: str(values.assessment), note: str(values.note) };
    try {
      await assessIdea(db(c), actor, input);
      return c.redirect(`/ideer/${id}`, 303);
    } catch (err) {
      const assessErrors = validation(err);
      const view = await getIdea(db(c), actor, { ideaId: id });
      return render(c, IdeaPage({ ctx: pageContext(c), view, assessErrors, assessValues: input }), 422);
    }
  });

  app.post('/:id/ansoegning', async (c) => {
    const actor = requireActor(c);
    const created = await convertIdeaToApplication(db(c), actor, { ideaId: c.req.param('id') });
    return c.redirect(`/ansoegninger/${created.id}`, 303);
  });

  return app;
}
