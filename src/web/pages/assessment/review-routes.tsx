import { Hono, type Context } from 'hono';
import { declareConflict } from '../../../usecases/assessment/declare-conflict.js';
import { getReviewWorkspace, listMyReviews } from '../../../usecases/assessment/review-workspace.js';
import { saveReviewDraft } from '../../../usecases/assessment/save-review-draft.js';
import { submitReview } from '../../../usecases/assessment/submit-review.js';
import type { Actor } from '../../../usecases/shared/actor.js';
import type { AppEnv } from '../../env.js';
import { formPost } from '../../form-kit/index.js';
import { pageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { caseEvidence } from '../catalogue/evidence.js';
import { sendMailAfterChange } from './mail-after-change.js';
import { MyReviewsPage, ReviewPage, type ReviewFormState } from './review-pages.js';

type C = Context<AppEnv>;
const db = (c: C) => c.get('deps').db;
const applicationId = (c: C) => c.req.param('applicationId') ?? '';

/** The reviewer's own assignments, the conflict declaration and the review (submitted, or saved as a draft). */
export function reviewRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get(paths.reviews.list.pattern, async (c) => {
    const actor = requireActor(c);
    return render(c, MyReviewsPage({ ctx: pageContext(c), rows: await listMyReviews(db(c), actor) }));
  });

  const reviewPage = async (c: C, actor: Actor, form: ReviewFormState = {}) => {
    const ws = await getReviewWorkspace(db(c), actor, applicationId(c));
    // After a declared conflict the reviewer sees nothing of the case, the evidence neither.
    const evidence = ws.conflict ? undefined : await caseEvidence(c, actor, ws.application.id);
    return ReviewPage({ ctx: pageContext(c), ws, form, evidence });
  };

  app.get(paths.reviews.workspace.pattern, async (c) => render(c, await reviewPage(c, requireActor(c))));
  app.post(
    paths.reviews.conflict.pattern,
    sendMailAfterChange,
    formPost({
      failure: { primaryField: 'hasConflict' },
      run: async (actor, fields, c) => {
        const id = applicationId(c);
        const r = await declareConflict(db(c), actor, { ...fields.values, applicationId: id });
        return r.status === 'conflict' ? paths.reviews.list() : paths.reviews.workspace({ applicationId: id });
      },
      again: (actor, form, c) => reviewPage(c, actor, form),
    }),
  );
  app.post(
    paths.reviews.workspace.pattern,
    sendMailAfterChange,
    formPost({
      failure: { primaryField: 'overallComment' },
      run: async (actor, fields, c) => {
        const id = applicationId(c);
        const input = { criteria: {}, ...fields.values, applicationId: id };
        // The form's second button ("Gem som kladde") saves what is there; the first submits the review.
        if (fields.values.intent === 'draft') await saveReviewDraft(db(c), actor, input);
        else await submitReview(db(c), actor, input);
        return paths.reviews.workspace({ applicationId: id });
      },
      again: (actor, form, c) => reviewPage(c, actor, form),
    }),
  );
  return app;
}
