import { Hono, type Context } from 'hono';
import { decideDirectly } from '../../../usecases/assessment/decide-directly.js';
import { getDecisionContext } from '../../../usecases/assessment/decision-context.js';
import { recommendApplication } from '../../../usecases/assessment/recommend-application.js';
import type { Actor } from '../../../usecases/shared/actor.js';
import type { AppEnv } from '../../env.js';
import { formPost, type FormValues } from '../../form-kit/index.js';
import { pageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { decisionFormInput } from './decision-form-input.js';
import { DecisionFormPage } from './decision-form-page.js';
import { DecisionIntro, prefill } from './decision-prefill.js';
import { outcomeLabel, recommendationLabel } from './labels.js';
import { sendMailAfterChange } from './mail-after-change.js';
import { besked } from './notices.js';
import { todayOf } from '../../today.js';

type C = Context<AppEnv>;
const db = (c: C) => c.get('deps').db;
const applicationId = (c: C) => c.req.param('applicationId') ?? '';

/** The secretariat's recommendation and the directors' direct decision on one application. */
export function decisionRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  /** The recommendation form: `values` null for the form prefilled from the saved recommendation. */
  const recommendPage = async (c: C, actor: Actor, values: FormValues | null, errors: Record<string, string> = {}) => {
    const ctx = pageContext(c);
    const { t } = ctx;
    const d = await getDecisionContext(db(c), actor, applicationId(c), 'assessment.recommend');
    const a = d.application;
    const ids = { applicationId: a.id };
    return DecisionFormPage({
      ctx,
      kind: 'recommendation',
      title: t({ da: `Indstilling: ${a.title}`, en: `Recommendation: ${a.title}` }),
      breadcrumbs: [{ label: a.caseNumber, href: paths.assessment.case(ids) }, { label: t({ da: 'Indstilling', en: 'Recommendation' }) }],
      action: paths.assessment.recommend(ids),
      cancelHref: paths.assessment.case(ids),
      submit: t({ da: 'Gem indstillingen', en: 'Save the recommendation' }),
      pool: d.pool,
      lines: d.lines.filter((l) => l.purpose === 'grants'),
      balances: d.balances,
      choice: {
        name: 'kind',
        legend: t({ da: 'Indstilling', en: 'Recommendation' }),
        items: (['recommend', 'recommend_with_conditions', 'not_recommend'] as const).map((k) => ({ value: k, label: t(recommendationLabel[k]) })),
      },
      textField: { name: 'justification', label: t({ da: 'Begrundelse', en: 'Justification' }) },
      values: values ?? prefill(d, { kind: d.recommendation?.kind ?? '', justification: d.recommendation?.justification ?? '' }),
      errors,
    });
  };
  app.get(paths.assessment.recommend.pattern, async (c) => render(c, await recommendPage(c, requireActor(c), null)));
  app.post(
    paths.assessment.recommend.pattern,
    sendMailAfterChange,
    formPost({
      failure: { primaryField: 'kind' },
      run: async (actor, fields, c) => {
        const ids = { applicationId: applicationId(c) };
        await recommendApplication(db(c), actor, decisionFormInput(fields, ids));
        return paths.assessment.case(ids, besked('indstilling'));
      },
      again: (actor, form, c) => recommendPage(c, actor, form.values, form.errors),
    }),
  );

  /** The direct decision (the directors of a direct-decision line). */
  const directPage = async (c: C, actor: Actor, values: FormValues | null, errors: Record<string, string> = {}) => {
    const ctx = pageContext(c);
    const { t } = ctx;
    const d = await getDecisionContext(db(c), actor, applicationId(c), 'decision.direct');
    const a = d.application;
    return DecisionFormPage({
      ctx,
      kind: 'decision',
      amountAppliedOere: a.amountAppliedOere,
      title: t({ da: `Direkte afgørelse: ${a.title}`, en: `Direct decision: ${a.title}` }),
      breadcrumbs: [{ label: t({ da: 'Sagsbehandling', en: 'Case handling' }), href: paths.assessment.index() }, { label: a.caseNumber }],
      action: paths.assessment.decideDirectly({ applicationId: a.id }),
      cancelHref: paths.assessment.index(),
      submit: t({ da: 'Registrér afgørelsen', en: 'Record the decision' }),
      pool: d.pool,
      lines: d.lines.filter((l) => l.decisionMode === 'direct' && l.purpose === 'grants'),
      balances: d.balances,
      choice: {
        name: 'outcome',
        legend: t({ da: 'Afgørelse', en: 'Decision' }),
        items: (['approve', 'reject'] as const).map((k) => ({ value: k, label: t(outcomeLabel[k]) })),
      },
      textField: {
        name: 'reason',
        label: t({ da: 'Begrundelse', en: 'Reason' }),
        hint: t({ da: 'Skal udfyldes ved afslag. Sendes til ansøgeren.', en: 'Required when rejecting. Sent to the applicant.' }),
      },
      values: values ?? prefill(d, { outcome: '' }),
      errors,
      intro: <DecisionIntro ctx={ctx} d={d} />,
    });
  };
  app.get(paths.assessment.decideDirectly.pattern, async (c) => render(c, await directPage(c, requireActor(c), null)));
  app.post(
    paths.assessment.decideDirectly.pattern,
    sendMailAfterChange,
    formPost({
      failure: { primaryField: 'outcome' },
      run: async (actor, fields, c) => {
        await decideDirectly(db(c), actor, decisionFormInput(fields, { applicationId: applicationId(c) }), todayOf(c));
        return paths.assessment.index(besked('afgoerelse'));
      },
      again: (actor, form, c) => directPage(c, actor, form.values, form.errors),
    }),
  );

  return app;
}
