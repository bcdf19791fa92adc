import { Hono } from 'hono';
import { declareConflict } from '../../../usecases/assessment/declare-conflict.js';
import { getReviewWorkspace, listMyReviews } from '../../../usecases/assessment/review-workspace.js';
import { submitReview } from '../../../usecases/assessment/submit-review.js';
import type { Actor } from '../../../usecases/shared/actor.js';
import type { AppEnv } from '../../env.js';
import { pageContext } from '../../page-context.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { MyReviewsPage, ReviewPage, type ReviewFormState } from './review-pages.js';
import { db, formAction, type C } from './route-kit.js';

/** /bedoemmelser: the reviewer's own assignments, the conflict declaration and the review. */
export function reviewRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const actor = requireActor(c);
    return render(c, MyReviewsPage({ ctx: pageContext(c), rows: await listMyReviews(db(c), actor) }));
  });

  const reviewPage = async (c: C, actor: Actor, form: ReviewFormState = {}, status: 200 | 409 | 422 = 200) =>
    render(c, ReviewPage({ ctx: pageContext(c), ws: await getReviewWorkspace(db(c), actor, c.req.param('id') ?? ''), form }), status);

  app.get('/:id', (c) => reviewPage(c, requireActor(c)));
  app.post(
    '/:id/habilitet',
    formAction(
      'hasConflict',
      async (c, actor, values) => {
        const id = c.req.param('id') ?? '';
        const r = await declareConflict(db(c), actor, { ...values, applicationId: id });
        return r.status === 'conflict' ? '/bedoemmelser' : `/bedoemmelser/${id}`;
      },
      reviewPage,
    ),
  );
  app.post(
    '/:id',
    formAction(
      'overallComment',
      async (c, actor, values) => {
        const id = c.req.param('id') ?? '';
        await submitReview(db(c), actor, { criteria: {}, ...values, applicationId: id });
        return `/bedoemmelser/${id}`;
      },
      reviewPage,
    ),
  );
  return app;
}
