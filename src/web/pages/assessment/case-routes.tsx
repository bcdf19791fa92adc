import { Hono } from 'hono';
import { assignReviewers } from '../../../usecases/assessment/assign-reviewers.js';
import { listAssessmentPools } from '../../../usecases/assessment/decision-context.js';
import { getAssessmentCase } from '../../../usecases/assessment/get-assessment-case.js';
import { requestMoreInformation } from '../../../usecases/assessment/request-more-information.js';
import { screenApplication } from '../../../usecases/assessment/screen-application.js';
import type { Actor } from '../../../usecases/shared/actor.js';
import type { AppEnv } from '../../env.js';
import { pageContext } from '../../page-context.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { AssessmentIndexPage } from './assessment-index-page.js';
import { CasePage, type CaseFormState } from './case-page.js';
import { db, formAction, notice, type C, type FormValues } from './route-kit.js';

/** /vurdering: the secretariat's overview and case pages (screening, questions to the applicant, reviewers). */
export function caseRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const actor = requireActor(c);
    return render(c, AssessmentIndexPage({ ctx: pageContext(c), pools: await listAssessmentPools(db(c), actor) }));
  });

  const casePage = async (c: C, actor: Actor, form: CaseFormState = {}, status: 200 | 409 | 422 = 200) => {
    const ctx = pageContext(c);
    const data = await getAssessmentCase(db(c), actor, c.req.param('id') ?? '');
    return render(c, CasePage({ ctx, data, form: { notice: notice(c, ctx), ...form } }), status);
  };
  app.get('/:id', (c) => casePage(c, requireActor(c)));

  /** A case-page form: run the use case, redirect with its notice on success, re-render the case page with the errors on refusal. */
  const caseAction = (run: (c: C, actor: Actor, id: string, values: FormValues) => Promise<string>, primaryField: string) =>
    formAction(
      primaryField,
      async (c, actor, values) => {
        const id = c.req.param('id') ?? '';
        return `/vurdering/${id}?besked=${await run(c, actor, id, values)}`;
      },
      casePage,
    );
  app.post(
    '/:id/screening',
    caseAction(async (c, actor, id, values) => {
      const r = await screenApplication(db(c), actor, { ...values, applicationId: id });
      return r.state === 'qualified' ? 'kvalificeret' : 'afvist';
    }, 'reason'),
  );
  app.post(
    '/:id/spoergsmaal',
    caseAction(async (c, actor, id, values) => {
      await requestMoreInformation(db(c), actor, { ...values, applicationId: id });
      return 'spoergsmaal';
    }, 'question'),
  );
  app.post(
    '/:id/bedoemmere',
    caseAction(async (c, actor, id, values) => {
      await assignReviewers(db(c), actor, { ...values, reviewerUserIds: values.reviewerUserIds ?? [], applicationId: id });
      return 'bedoemmere';
    }, 'reviewerUserIds'),
  );

  return app;
}
