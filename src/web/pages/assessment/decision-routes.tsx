import { Hono } from 'hono';
import { decideDirectly } from '../../../usecases/assessment/decide-directly.js';
import { getDecisionContext } from '../../../usecases/assessment/decision-context.js';
import { recommendApplication } from '../../../usecases/assessment/recommend-application.js';
import type { AppEnv } from '../../env.js';
import { pageContext } from '../../page-context.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { DecisionFormPage } from './decision-form-page.js';
import { DecisionIntro, prefill } from './decision-prefill.js';
import { outcomeLabel, recommendationLabel } from './kit.js';
import { db, postDecisionForm, type DecisionFormRenderer } from './route-kit.js';

/** /vurdering/:id/indstilling and /direkte-afgoerelse: the secretariat's recommendation and the directors' direct decision. */
export function decisionRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  // Recommendation
  const recommendPage: DecisionFormRenderer = async (c, actor, values, errors = {}, status = 200) => {
    const ctx = pageContext(c);
    const { t } = ctx;
    const d = await getDecisionContext(db(c), actor, c.req.param('id') ?? '', 'assessment.recommend');
    const a = d.application;
    const defaults = values ?? prefill(d, { kind: d.recommendation?.kind ?? '', justification: d.recommendation?.justification ?? '' });
    return render(
      c,
      DecisionFormPage({
        ctx,
        title: t({ da: `Indstilling: ${a.title}`, en: `Recommendation: ${a.title}` }),
        breadcrumbs: [
          { label: t({ da: 'Forside', en: 'Home' }), href: '/' },
          { label: a.caseNumber, href: `/vurdering/${a.id}` },
          { label: t({ da: 'Indstilling', en: 'Recommendation' }) },
        ],
        action: `/vurdering/${a.id}/indstilling`,
        cancelHref: `/vurdering/${a.id}`,
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
        values: defaults,
        errors,
      }),
      status,
    );
  };
  app.get('/:id/indstilling', (c) => recommendPage(c, requireActor(c), null));
  app.post('/:id/indstilling', (c) => {
    const id = c.req.param('id');
    return postDecisionForm(c, {
      ids: { applicationId: id },
      run: (actor, input) => recommendApplication(db(c), actor, input),
      redirectTo: `/vurdering/${id}?besked=indstilling`,
      primaryField: 'kind',
      page: recommendPage,
    });
  });

  // Direct decision (the directors of a direct-decision line)
  const directPage: DecisionFormRenderer = async (c, actor, values, errors = {}, status = 200) => {
    const ctx = pageContext(c);
    const { t } = ctx;
    const d = await getDecisionContext(db(c), actor, c.req.param('id') ?? '', 'decision.direct');
    const a = d.application;
    const direct = d.lines.filter((l) => l.decisionMode === 'direct' && l.purpose === 'grants');
    return render(
      c,
      DecisionFormPage({
        ctx,
        title: t({ da: `Direkte afgørelse: ${a.title}`, en: `Direct decision: ${a.title}` }),
        breadcrumbs: [
          { label: t({ da: 'Forside', en: 'Home' }), href: '/' },
          { label: t({ da: 'Sagsbehandling', en: 'Case handling' }), href: '/vurdering' },
          { label: a.caseNumber },
        ],
        action: `/vurdering/${a.id}/direkte-afgoerelse`,
        cancelHref: '/vurdering',
        submit: t({ da: 'Registrér afgørelsen', en: 'Record the decision' }),
        pool: d.pool,
        lines: direct,
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
      }),
      status,
    );
  };
  app.get('/:id/direkte-afgoerelse', (c) => directPage(c, requireActor(c), null));
  app.post('/:id/direkte-afgoerelse', (c) =>
    postDecisionForm(c, {
      ids: { applicationId: c.req.param('id') },
      run: (actor, input) => decideDirectly(db(c), actor, input),
      redirectTo: '/vurdering?besked=afgoerelse',
      primaryField: 'outcome',
      page: directPage,
    }),
  );

  return app;
}
