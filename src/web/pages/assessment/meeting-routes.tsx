import { Hono } from 'hono';
import { formatDate } from '../../../domain/dates.js';
import { AppError } from '../../../errors.js';
import { can } from '../../../policies/authorize.js';
import { getDecisionContext } from '../../../usecases/assessment/decision-context.js';
import { agendaCandidates } from '../../../usecases/meetings/agenda-candidates.js';
import { createMeeting } from '../../../usecases/meetings/create-meeting.js';
import { getMeeting, type MeetingView } from '../../../usecases/meetings/get-meeting.js';
import { listMeetings } from '../../../usecases/meetings/list-meetings.js';
import { publishMeeting } from '../../../usecases/meetings/publish-meeting.js';
import { recordDecision } from '../../../usecases/meetings/record-decision.js';
import { EDITABLE_MEETING_STATUSES, setAgenda } from '../../../usecases/meetings/set-agenda.js';
import type { Actor } from '../../../usecases/shared/actor.js';
import type { AppEnv } from '../../env.js';
import { readForm } from '../../form-kit/index.js';
import { pageContext } from '../../page-context.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { htmlToPdf } from './agenda-pdf.js';
import { DecisionFormPage } from './decision-form-page.js';
import { DecisionIntro, prefill } from './decision-prefill.js';
import { formFailure, outcomeLabel, str } from './kit.js';
import { AgendaPrintPage, MeetingPage, MeetingsPage } from './meeting-pages.js';
import { db, notice, postDecisionForm, type C, type DecisionFormRenderer } from './route-kit.js';

/** /puljer/:poolId/moeder: a pool's meetings, and a new one. */
export function poolMeetingRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  const meetingsPage = async (
    c: C,
    actor: Actor,
    form: { values?: Record<string, unknown>; errors?: Record<string, string> } = {},
    status: 200 | 409 | 422 = 200,
  ) => {
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

/** /moeder/:id: the meeting, its agenda (page, print and PDF), the decisions on its items and the minutes. */
export function meetingRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

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
  const decisionPage: DecisionFormRenderer = async (c, actor, values, errors = {}, status = 200) => {
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
        choice: {
          name: 'outcome',
          legend: t({ da: 'Afgørelse', en: 'Decision' }),
          items: (['approve', 'reject', 'defer'] as const).map((k) => ({ value: k, label: t(outcomeLabel[k]) })),
        },
        textField: {
          name: 'reason',
          label: t({ da: 'Begrundelse', en: 'Reason' }),
          hint: t({
            da: 'Skal udfyldes ved afslag. Sendes til ansøgeren, når referatet offentliggøres.',
            en: 'Required when rejecting. Sent to the applicant when the minutes are published.',
          }),
        },
        values: values ?? prefill(d, { outcome: '' }),
        errors,
        intro: <DecisionIntro ctx={ctx} d={d} />,
      }),
      status,
    );
  };
  app.get('/:id/punkter/:applicationId/afgoerelse', (c) => decisionPage(c, requireActor(c), null));
  app.post('/:id/punkter/:applicationId/afgoerelse', (c) => {
    const id = c.req.param('id');
    return postDecisionForm(c, {
      ids: { meetingId: id, applicationId: c.req.param('applicationId') },
      run: (actor, input) => recordDecision(db(c), actor, input),
      redirectTo: `/moeder/${id}?besked=punkt`,
      primaryField: 'outcome',
      page: decisionPage,
      fundsOnAmount: true,
    });
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
