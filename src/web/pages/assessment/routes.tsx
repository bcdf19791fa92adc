import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { formatDate } from '../../../domain/dates.js';
import { oereToKronerInput } from '../../../domain/money.js';
import { AppError } from '../../../errors.js';
import { can } from '../../../policies/authorize.js';
import { assignReviewers } from '../../../usecases/assessment/assign-reviewers.js';
import { decideDirectly } from '../../../usecases/assessment/decide-directly.js';
import { getDecisionContext, listAssessmentPools, type DecisionContext } from '../../../usecases/assessment/decision-context.js';
import { declareConflict } from '../../../usecases/assessment/declare-conflict.js';
import { getAssessmentCase } from '../../../usecases/assessment/get-assessment-case.js';
import { inboxOptions, listSubmissions } from '../../../usecases/assessment/list-submissions.js';
import { loadPoolFor } from '../../../usecases/assessment/load.js';
import { recommendApplication } from '../../../usecases/assessment/recommend-application.js';
import { requestMoreInformation } from '../../../usecases/assessment/request-more-information.js';
import { getReviewWorkspace, listMyReviews } from '../../../usecases/assessment/review-workspace.js';
import { getScoreSummary } from '../../../usecases/assessment/score-summary.js';
import { screenApplication } from '../../../usecases/assessment/screen-application.js';
import { submitReview } from '../../../usecases/assessment/submit-review.js';
import { agendaCandidates } from '../../../usecases/meetings/agenda-candidates.js';
import { createMeeting } from '../../../usecases/meetings/create-meeting.js';
import { getMeeting, type MeetingView } from '../../../usecases/meetings/get-meeting.js';
import { listMeetings } from '../../../usecases/meetings/list-meetings.js';
import { publishMeeting } from '../../../usecases/meetings/publish-meeting.js';
import { recordDecision } from '../../../usecases/meetings/record-decision.js';
import { EDITABLE_MEETING_STATUSES, setAgenda } from '../../../usecases/meetings/set-agenda.js';
import { kickOutbox } from '../../../usecases/notifications/dispatch-outbox.js';
import { listNotifications, markNotificationsRead } from '../../../usecases/notifications/list-notifications.js';
import type { Actor } from '../../../usecases/shared/actor.js';
import type { AppEnv } from '../../env.js';
import { readForm } from '../../forms.js';
import { pageContext, type PageContext } from '../../page-context.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { htmlToPdf } from './agenda-pdf.js';
import { AssessmentIndexPage } from './assessment-index-page.js';
import { CasePage, type CaseFormState } from './case-page.js';
import { DecisionFormPage } from './decision-form-page.js';
import { InboxPage } from './inbox-page.js';
import { formFailure, outcomeLabel, recommendationLabel, splitFromForm, str, kronerToOere } from './kit.js';
import { AgendaPrintPage, MeetingPage, MeetingsPage } from './meeting-pages.js';
import { NotificationsPage } from './notifications-page.js';
import { MyReviewsPage, ReviewPage } from './review-pages.js';
import { ScoresPage } from './scores-page.js';

type C = Context<AppEnv>;
const db = (c: C) => c.get('deps').db;

const notices: Record<string, { da: string; en: string }> = {
  kvalificeret: { da: 'Ansøgningen er kvalificeret.', en: 'The application is qualified.' },
  afvist: { da: 'Ansøgningen er afvist, og ansøgeren har fået besked.', en: 'The application is rejected and the applicant has been told.' },
  spoergsmaal: { da: 'Spørgsmålet er sendt til ansøgeren.', en: 'The question has been sent to the applicant.' },
  bedoemmere: { da: 'Bedømmerne er tildelt og har fået besked.', en: 'The reviewers are assigned and have been told.' },
  indstilling: { da: 'Indstillingen er gemt.', en: 'The recommendation is saved.' },
  afgoerelse: { da: 'Afgørelsen er registreret, og ansøgeren har fået besked.', en: 'The decision is recorded and the applicant has been told.' },
  dagsorden: { da: 'Dagsordenen er gemt.', en: 'The agenda is saved.' },
  punkt: { da: 'Afgørelsen er registreret i referatet.', en: 'The decision is recorded in the minutes.' },
  referat: { da: 'Referatet er offentliggjort, og ansøgerne har fået besked.', en: 'The minutes are published and the applicants have been told.' },
  laest: { da: 'Alle notifikationer er markeret som læst.', en: 'All notifications are marked as read.' },
};
const notice = (c: C, ctx: PageContext): string | undefined => {
  const n = notices[c.req.query('besked') ?? ''];
  return n ? ctx.t(n) : undefined;
};

/** After a change that may have queued e-mail: send it now, in the background (only with SMTP configured). */
const sendMailAfterChange: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (c.req.method !== 'GET' && c.res.status < 400) {
    const { db: database, config, logger } = c.get('deps');
    kickOutbox(database, config, logger);
  }
};

// ---------------------------------------------------------------------------------------------
// /puljer/:poolId/indbakke, /scorer, /moeder
// ---------------------------------------------------------------------------------------------

export function assessmentPoolPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', sendMailAfterChange);

  app.get('/:poolId/indbakke', async (c) => {
    const actor = requireActor(c);
    const list = await listSubmissions(db(c), actor, { ...c.req.query(), poolId: c.req.param('poolId') });
    return render(c, InboxPage({ ctx: pageContext(c), list, options: await inboxOptions(db(c), list.pool) }));
  });

  app.get('/:poolId/scorer', async (c) => {
    const actor = requireActor(c);
    const summary = await getScoreSummary(db(c), actor, { poolId: c.req.param('poolId') });
    const pool = await loadPoolFor(db(c), actor, summary.poolId, 'assessment.viewScores');
    return render(c, ScoresPage({ ctx: pageContext(c), pool, summary, linkCases: can(actor, 'assessment.screen', pool.organisationId) }));
  });

  const meetingsPage = async (c: C, actor: Actor, form: { values?: Record<string, unknown>; errors?: Record<string, string> } = {}, status: 200 | 409 | 422 = 200) => {
    const data = await listMeetings(db(c), actor, { poolId: c.req.param('poolId') });
    return render(c, MeetingsPage({ ctx: pageContext(c), ...data, canCreate: can(actor, 'meeting.manage', data.pool.organisationId), ...form }), status);
  };
  app.get('/:poolId/moeder', (c) => meetingsPage(c, requireActor(c)));
  app.post('/:poolId/moeder', async (c) => {
    const actor = requireActor(c);
    // Authorizes the pool (404 outside it, 403 without a role to see meetings).
    await listMeetings(db(c), actor, { poolId: c.req.param('poolId') });
    const { values } = await readForm(c);
    const date = str(values.date).trim();
    const time = str(values.time).trim() || '00:00';
    try {
      const { id } = await createMeeting(db(c), actor, {
        decisionBodyId: str(values.decisionBodyId),
        startsAt: date ? `${date}T${time.length === 4 ? `0${time}` : time}` : '',
        location: str(values.location),
        submissionDeadline: str(values.submissionDeadline),
      });
      return c.redirect(`/moeder/${id}`, 303);
    } catch (err) {
      const failure = formFailure(err, pageContext(c), 'date');
      if (failure.errors.startsAt) {
        failure.errors.date = failure.errors.startsAt;
        delete failure.errors.startsAt;
      }
      return meetingsPage(c, actor, { values, errors: failure.errors }, failure.status);
    }
  });

  return app;
}

// ---------------------------------------------------------------------------------------------
// /vurdering: the secretariat's case pages and the directors' direct decisions
// ---------------------------------------------------------------------------------------------

export function casePages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', sendMailAfterChange);

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

  /** A case-page form: run the use case, redirect on success, re-render the case page with the errors on refusal. */
  const caseAction = (run: (c: C, actor: Actor, id: string, values: Record<string, unknown>) => Promise<string>, primaryField: string) => async (c: C) => {
    const actor = requireActor(c);
    const id = c.req.param('id') ?? '';
    const { values } = await readForm(c);
    try {
      const message = await run(c, actor, id, values);
      return c.redirect(`/vurdering/${id}?besked=${message}`, 303);
    } catch (err) {
      const failure = formFailure(err, pageContext(c), primaryField);
      return casePage(c, actor, { values, errors: failure.errors }, failure.status);
    }
  };
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

  // Recommendation
  const recommendPage = async (c: C, actor: Actor, values: Record<string, unknown> | null, errors: Record<string, string> = {}, status: 200 | 409 | 422 = 200) => {
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
  app.post('/:id/indstilling', async (c) => {
    const actor = requireActor(c);
    const id = c.req.param('id');
    const { values } = await readForm(c);
    const kroner: Record<string, string> = {};
    const input = { ...values, applicationId: id, amountOere: kronerToOere(values.amountOere, 'amountOere', kroner), split: splitFromForm(values, kroner) };
    try {
      if (Object.keys(kroner).length > 0) throw new AppError('VALIDATION_FAILED', { fields: {} });
      await recommendApplication(db(c), actor, input);
      return c.redirect(`/vurdering/${id}?besked=indstilling`, 303);
    } catch (err) {
      const failure = formFailure(err, pageContext(c), 'kind', kroner);
      return recommendPage(c, actor, values, failure.errors, failure.status);
    }
  });

  // Direct decision (the directors of a direct-decision line)
  const directPage = async (c: C, actor: Actor, values: Record<string, unknown> | null, errors: Record<string, string> = {}, status: 200 | 409 | 422 = 200) => {
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
        choice: { name: 'outcome', legend: t({ da: 'Afgørelse', en: 'Decision' }), items: (['approve', 'reject'] as const).map((k) => ({ value: k, label: t(outcomeLabel[k]) })) },
        textField: { name: 'reason', label: t({ da: 'Begrundelse', en: 'Reason' }), hint: t({ da: 'Skal udfyldes ved afslag. Sendes til ansøgeren.', en: 'Required when rejecting. Sent to the applicant.' }) },
        values: values ?? prefill(d, { outcome: '' }),
        errors,
        intro: <DecisionIntro ctx={ctx} d={d} />,
      }),
      status,
    );
  };
  app.get('/:id/direkte-afgoerelse', (c) => directPage(c, requireActor(c), null));
  app.post('/:id/direkte-afgoerelse', async (c) => {
    const actor = requireActor(c);
    const id = c.req.param('id');
    const { values } = await readForm(c);
    const kroner: Record<string, string> = {};
    const input = { ...values, applicationId: id, amountOere: kronerToOere(values.amountOere, 'amountOere', kroner), split: splitFromForm(values, kroner) };
    try {
      if (Object.keys(kroner).length > 0) throw new AppError('VALIDATION_FAILED', { fields: {} });
      await decideDirectly(db(c), actor, input);
      return c.redirect(`/vurdering?besked=afgoerelse`, 303);
    } catch (err) {
      const failure = formFailure(err, pageContext(c), 'outcome', kroner);
      return directPage(c, actor, values, failure.errors, failure.status);
    }
  });

  return app;
}

/** Form values from the recommendation (amount in kroner, one row per pool year). */
function prefill(d: DecisionContext, extra: Record<string, string>): Record<string, unknown> {
  const r = d.recommendation;
  const years: number[] = [];
  for (let y = d.pool.periodStartYear; y <= d.pool.periodEndYear; y++) years.push(y);
  return {
    ...extra,
    amountOere: r && r.amountOere > 0 ? oereToKronerInput(r.amountOere) : '',
    budgetLineId: r?.budgetLineId ?? d.application.budgetLineId ?? '',
    conditions: r?.conditions ?? '',
    split: years.map((y) => {
      const s = r?.split.find((x) => x.year === y);
      return { year: String(y), amount: s ? oereToKronerInput(s.amountOere) : '' };
    }),
  };
}

function DecisionIntro({ ctx, d }: { ctx: PageContext; d: DecisionContext }) {
  const { t } = ctx;
  const r = d.recommendation;
  return (
    <>
      <p>
        {d.application.caseNumber} · {t({ da: 'Ansøgt: ', en: 'Applied: ' })}
        {oereToKronerInput(d.application.amountAppliedOere)} kr. · <a href={`/ansoegninger/${d.application.id}`}>{t({ da: 'Læs ansøgningen', en: 'Read the application' })}</a>
      </p>
      {r ? (
        <p>
          <strong>{t({ da: 'Indstilling: ', en: 'Recommendation: ' })}</strong>
          {t(recommendationLabel[r.kind])}
          {r.kind !== 'not_recommend' ? ` – ${oereToKronerInput(r.amountOere)} kr.` : ''}
          {r.justification ? ` – ${r.justification}` : ''}
        </p>
      ) : null}
      {d.score ? (
        <p>
          {t({ da: 'Point: ', en: 'Score: ' })}
          {d.score.summary.total === null ? '–' : (Math.round(d.score.summary.total * 10) / 10).toString().replace('.', ctx.locale === 'da' ? ',' : '.')} / 100
        </p>
      ) : null}
    </>
  );
}

// ---------------------------------------------------------------------------------------------
// /bedoemmelser: the reviewer's own assignments
// ---------------------------------------------------------------------------------------------

export function reviewerPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', sendMailAfterChange);

  app.get('/', async (c) => {
    const actor = requireActor(c);
    return render(c, MyReviewsPage({ ctx: pageContext(c), rows: await listMyReviews(db(c), actor) }));
  });

  const reviewPage = async (c: C, actor: Actor, form: { values?: Record<string, unknown>; errors?: Record<string, string> } = {}, status: 200 | 409 | 422 = 200) =>
    render(c, ReviewPage({ ctx: pageContext(c), ws: await getReviewWorkspace(db(c), actor, c.req.param('id') ?? ''), form }), status);

  app.get('/:id', (c) => reviewPage(c, requireActor(c)));
  app.post('/:id/habilitet', async (c) => {
    const actor = requireActor(c);
    const id = c.req.param('id');
    const { values } = await readForm(c);
    try {
      const r = await declareConflict(db(c), actor, { ...values, applicationId: id });
      return c.redirect(r.status === 'conflict' ? '/bedoemmelser' : `/bedoemmelser/${id}`, 303);
    } catch (err) {
      const failure = formFailure(err, pageContext(c), 'hasConflict');
      return reviewPage(c, actor, { values, errors: failure.errors }, failure.status);
    }
  });
  app.post('/:id', async (c) => {
    const actor = requireActor(c);
    const id = c.req.param('id');
    const { values } = await readForm(c);
    try {
      await submitReview(db(c), actor, { criteria: {}, ...values, applicationId: id });
      return c.redirect(`/bedoemmelser/${id}`, 303);
    } catch (err) {
      const failure = formFailure(err, pageContext(c), 'overallComment');
      return reviewPage(c, actor, { values, errors: failure.errors }, failure.status);
    }
  });
  return app;
}

// ---------------------------------------------------------------------------------------------
// /moeder/:meetingId: agenda, decisions, minutes, print and PDF
// ---------------------------------------------------------------------------------------------

export function meetingPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', sendMailAfterChange);

  const meetingPage = async (c: C, actor: Actor, errors: Record<string, string> = {}, status: 200 | 409 | 422 = 200) => {
    const ctx = pageContext(c);
    const view = await getMeeting(db(c), actor, { meetingId: c.req.param('id') });
    const org = view.pool.organisationId;
    const manage = can(actor, 'meeting.manage', org);
    const agendaEditable = (EDITABLE_MEETING_STATUSES as readonly string[]).includes(view.meeting.status) && view.items.every((i) => !i.decision);
    const candidates = manage && agendaEditable ? await agendaCandidates(db(c), view.body, view.meeting) : [];
    return render(
      c,
      MeetingPage({ ctx, view, candidates, rights: { manage, decide: can(actor, 'meeting.decide', org), agendaEditable }, notice: notice(c, ctx), errors }),
      status,
    );
  };
  app.get('/:id', (c) => meetingPage(c, requireActor(c)));

  app.post('/:id/dagsorden', async (c) => {
    const actor = requireActor(c);
    const id = c.req.param('id');
    const { values } = await readForm(c);
    const positions = values.positions && typeof values.positions === 'object' ? (values.positions as Record<string, unknown>) : {};
    const errors: Record<string, string> = {};
    const chosen: { id: string; pos: number }[] = [];
    for (const [appId, raw] of Object.entries(positions)) {
      const text = str(raw).trim();
      if (text === '') continue;
      if (!/^\d{1,3}$/.test(text) || Number(text) < 1) {
        errors[`positions[${appId}]`] = 'Skriv et punktnummer (1, 2, 3 …) eller lad feltet stå tomt';
        continue;
      }
      chosen.push({ id: appId, pos: Number(text) });
    }
    try {
      if (Object.keys(errors).length > 0) throw new AppError('VALIDATION_FAILED', { fields: {} });
      chosen.sort((a, b) => a.pos - b.pos);
      await setAgenda(db(c), actor, { meetingId: id, applicationIds: chosen.map((x) => x.id) });
      return c.redirect(`/moeder/${id}?besked=dagsorden`, 303);
    } catch (err) {
      const failure = formFailure(err, pageContext(c), 'applicationIds', errors);
      return meetingPage(c, actor, failure.errors, failure.status);
    }
  });

  const agendaHtml = async (c: C, view: MeetingView): Promise<string> => {
    const jsx = AgendaPrintPage({ ctx: pageContext(c), view });
    return `<!DOCTYPE html>${await Promise.resolve(jsx.toString())}`;
  };
  app.get('/:id/dagsorden', async (c) => {
    const view = await getMeeting(db(c), requireActor(c), { meetingId: c.req.param('id') });
    return c.html(await agendaHtml(c, view));
  });
  app.get('/:id/dagsorden.pdf', async (c) => {
    const view = await getMeeting(db(c), requireActor(c), { meetingId: c.req.param('id') });
    const pdf = await htmlToPdf(await agendaHtml(c, view));
    const name = `dagsorden-${formatDate(view.meeting.startsAt).replace(/[^0-9A-Za-zæøåÆØÅ]+/g, '-')}.pdf`;
    return new Response(pdf, {
      status: 200,
      headers: { 'content-type': 'application/pdf', 'content-disposition': `inline; filename="${encodeURIComponent(name)}"`, 'cache-control': 'no-store' },
    });
  });

  // A decision on one item
  const decisionPage = async (c: C, actor: Actor, values: Record<string, unknown> | null, errors: Record<string, string> = {}, status: 200 | 409 | 422 = 200) => {
    const ctx = pageContext(c);
    const { t } = ctx;
    const view = await getMeeting(db(c), actor, { meetingId: c.req.param('id') });
    const item = view.items.find((i) => i.application.id === c.req.param('applicationId'));
    if (!item) throw new AppError('NOT_FOUND');
    const d = await getDecisionContext(db(c), actor, item.application.id, 'meeting.decide');
    const base = `/moeder/${view.meeting.id}`;
    return render(
      c,
      DecisionFormPage({
        ctx,
        title: t({ da: `Punkt ${item.position}: ${item.application.title}`, en: `Item ${item.position}: ${item.application.title}` }),
        breadcrumbs: [
          { label: t({ da: 'Forside', en: 'Home' }), href: '/' },
          { label: `${view.body.name} ${formatDate(view.meeting.startsAt, ctx.locale)}`, href: base },
          { label: t({ da: `Punkt ${item.position}`, en: `Item ${item.position}` }) },
        ],
        action: `${base}/punkter/${item.application.id}/afgoerelse`,
        cancelHref: base,
        submit: t({ da: 'Registrér afgørelsen', en: 'Record the decision' }),
        pool: view.pool,
        lines: view.lines.filter((l) => l.purpose === 'grants' && l.decisionMode === 'meeting'),
        balances: view.balances,
        choice: { name: 'outcome', legend: t({ da: 'Afgørelse', en: 'Decision' }), items: (['approve', 'reject', 'defer'] as const).map((k) => ({ value: k, label: t(outcomeLabel[k]) })) },
        textField: {
          name: 'reason',
          label: t({ da: 'Begrundelse', en: 'Reason' }),
          hint: t({ da: 'Skal udfyldes ved afslag. Sendes til ansøgeren, når referatet offentliggøres.', en: 'Required when rejecting. Sent to the applicant when the minutes are published.' }),
        },
        values: values ?? prefill(d, { outcome: '' }),
        errors,
        intro: <DecisionIntro ctx={ctx} d={d} />,
      }),
      status,
    );
  };
  app.get('/:id/punkter/:applicationId/afgoerelse', (c) => decisionPage(c, requireActor(c), null));
  app.post('/:id/punkter/:applicationId/afgoerelse', async (c) => {
    const actor = requireActor(c);
    const id = c.req.param('id');
    const { values } = await readForm(c);
    const kroner: Record<string, string> = {};
    const input = { ...values, meetingId: id, applicationId: c.req.param('applicationId'), amountOere: kronerToOere(values.amountOere, 'amountOere', kroner), split: splitFromForm(values, kroner) };
    try {
      if (Object.keys(kroner).length > 0) throw new AppError('VALIDATION_FAILED', { fields: {} });
      await recordDecision(db(c), actor, input);
      return c.redirect(`/moeder/${id}?besked=punkt`, 303);
    } catch (err) {
      const failure = formFailure(err, pageContext(c), 'outcome', kroner);
      if (err instanceof AppError && err.code === 'INSUFFICIENT_FUNDS') {
        failure.errors = { amountOere: pageContext(c).t(err.userMessage), ...kroner };
      }
      return decisionPage(c, actor, values, failure.errors, failure.status);
    }
  });

  app.post('/:id/offentliggoer', async (c) => {
    const actor = requireActor(c);
    const id = c.req.param('id');
    try {
      await publishMeeting(db(c), actor, { meetingId: id });
      return c.redirect(`/moeder/${id}?besked=referat`, 303);
    } catch (err) {
      const failure = formFailure(err, pageContext(c), 'publish');
      return meetingPage(c, actor, failure.errors, failure.status);
    }
  });
  return app;
}

// ---------------------------------------------------------------------------------------------
// /notifikationer
// ---------------------------------------------------------------------------------------------

export function notificationPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    const actor = requireActor(c);
    const ctx = pageContext(c);
    const { notifications, unread } = await listNotifications(db(c), actor, { limit: 100 });
    return render(c, NotificationsPage({ ctx, rows: notifications, unread, notice: notice(c, ctx) }));
  });
  app.post('/laest', async (c) => {
    const actor = requireActor(c);
    await markNotificationsRead(db(c), actor, {});
    return c.redirect('/notifikationer?besked=laest', 303);
  });
  return app;
}
