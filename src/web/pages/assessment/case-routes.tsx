import { Hono, type Context } from 'hono';
import { assignReviewers } from '../../../usecases/assessment/assign-reviewers.js';
import { listAssessmentPools } from '../../../usecases/assessment/decision-context.js';
import { getAssessmentCase } from '../../../usecases/assessment/get-assessment-case.js';
import { requestMoreInformation } from '../../../usecases/assessment/request-more-information.js';
import { screenApplication } from '../../../usecases/assessment/screen-application.js';
import type { Actor } from '../../../usecases/shared/actor.js';
import type { AppEnv } from '../../env.js';
import { formPost, type FormFields } from '../../form-kit/index.js';
import { pageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { caseEvidence } from '../catalogue/evidence.js';
import { AssessmentIndexPage } from './assessment-index-page.js';
import { CasePage, type CaseFormState } from './case-page.js';
import { sendMailAfterChange } from './mail-after-change.js';
import { besked, notice, type NoticeKey } from './notices.js';

type C = Context<AppEnv>;
const db = (c: C) => c.get('deps').db;
const applicationId = (c: C) => c.req.param('applicationId') ?? '';

/** The secretariat's overview and case pages (screening, questions to the applicant, reviewers). */
export function caseRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get(paths.assessment.index.pattern, async (c) => {
    const actor = requireActor(c);
    return render(c, AssessmentIndexPage({ ctx: pageContext(c), pools: await listAssessmentPools(db(c), actor) }));
  });

  const casePage = async (c: C, actor: Actor, form: CaseFormState = {}) => {
    const ctx = pageContext(c);
    const data = await getAssessmentCase(db(c), actor, applicationId(c));
    return CasePage({ ctx, data, form: { notice: notice(c, ctx), ...form }, evidence: await caseEvidence(c, actor, data.application.id) });
  };
  app.get(paths.assessment.case.pattern, async (c) => render(c, await casePage(c, requireActor(c))));

  /** A case-page form: run the use case, redirect to the case with its notice; on a refusal the case page again with the errors. */
  const caseForm = (primaryField: string, run: (c: C, actor: Actor, fields: FormFields, id: string) => Promise<NoticeKey>) =>
    formPost({
      failure: { primaryField },
      run: async (actor, fields, c) => {
        const id = applicationId(c);
        return paths.assessment.case({ applicationId: id }, besked(await run(c, actor, fields, id)));
      },
      again: (actor, form, c) => casePage(c, actor, form),
    });

  app.post(
    paths.assessment.screen.pattern,
    sendMailAfterChange,
    caseForm('reason', async (c, actor, fields, id) => {
      await screenApplication(db(c), actor, { ...fields.values, applicationId: id });
      return fields.text('decision') === 'qualify' ? 'kvalificeret' : 'afvist';
    }),
  );
  app.post(
    paths.assessment.ask.pattern,
    sendMailAfterChange,
    caseForm('question', async (c, actor, fields, id) => {
      await requestMoreInformation(db(c), actor, { ...fields.values, applicationId: id });
      return 'spoergsmaal';
    }),
  );
  app.post(
    paths.assessment.assignReviewers.pattern,
    sendMailAfterChange,
    caseForm('reviewerUserIds', async (c, actor, fields, id) => {
      await assignReviewers(db(c), actor, { ...fields.values, reviewerUserIds: fields.raw('reviewerUserIds') ?? [], applicationId: id });
      return 'bedoemmere';
    }),
  );

  return app;
}
