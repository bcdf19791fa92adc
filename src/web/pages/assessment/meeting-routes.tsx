import { Hono, type Context } from 'hono';
import { formatDate, normaliseTimeInput } from '../../../domain/dates.js';
import { AppError } from '../../../errors.js';
import { can } from '../../../policies/authorize.js';
import { getDecisionContext } from '../../../usecases/assessment/decision-context.js';
import { agendaCandidates } from '../../../usecases/meetings/agenda-candidates.js';
import { createMeeting } from '../../../usecases/meetings/create-meeting.js';
import { getMeeting, type MeetingView } from '../../../usecases/meetings/get-meeting.js';
import { getMinutes } from '../../../usecases/meetings/get-minutes.js';
import { saveMinutes } from '../../../usecases/meetings/save-minutes.js';
import { listMeetings } from '../../../usecases/meetings/list-meetings.js';
import { publishAgenda } from '../../../usecases/meetings/publish-agenda.js';
import { publishMeeting } from '../../../usecases/meetings/publish-meeting.js';
import { recordDecision } from '../../../usecases/meetings/record-decision.js';
import { setAgenda } from '../../../usecases/meetings/set-agenda.js';
import type { Actor } from '../../../usecases/shared/actor.js';
import { evaluationsOnAgenda } from '../../../usecases/projects/evaluation-agenda-items.js';
import type { AppEnv } from '../../env.js';
import { formPost, throwIfUnreadable, type FormValues } from '../../form-kit/index.js';
import { pageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { htmlToPdf } from './agenda-pdf.js';
import { decisionFormInput, fundsOnAmount } from './decision-form-input.js';
import { DecisionFormPage } from './decision-form-page.js';
import { DecisionIntro, prefill } from './decision-prefill.js';
import { outcomeLabel } from './labels.js';
import { sendMailAfterChange } from './mail-after-change.js';
import { MinutesDocumentPage, MinutesFormPage, minutesTitle } from './meeting-minutes-pages.js';
import { AgendaPrintPage, MeetingPage, MeetingsPage } from './meeting-pages.js';
import { besked, notice } from './notices.js';

type C = Context<AppEnv>;

const pdfResponse = (pdf: Uint8Array<ArrayBuffer>, name: string) =>
  new Response(pdf, {
    status: 200,
    headers: { 'content-type': 'application/pdf', 'content-disposition': `inline; filename="${encodeURIComponent(name)}"`, 'cache-control': 'no-store' },
  });
const db = (c: C) => c.get('deps').db;
const meetingId = (c: C) => c.req.param('meetingId') ?? '';

/** A pool's meetings, and a new one. */
export function poolMeetingRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  const meetingsPage = async (c: C, actor: Actor, form: { values?: FormValues; errors?: Record<string, string> } = {}) => {
    const data = await listMeetings(db(c), actor, { poolId: c.req.param('poolId') });
    return MeetingsPage({ ctx: pageContext(c), ...data, canCreate: can(actor, 'meeting.manage', data.pool.organisationId), ...form });
  };
  app.get(paths.pools.meetings.pattern, async (c) => render(c, await meetingsPage(c, requireActor(c))));
  app.post(
    paths.pools.meetings.pattern,
    sendMailAfterChange,
    formPost({
      failure: { primaryField: 'date', rename: { startsAt: 'date' } },
      run: async (actor, fields, c) => {
        // Authorizes the pool (404 outside it, 403 without a role to see meetings).
        await listMeetings(db(c), actor, { poolId: c.req.param('poolId') });
        const date = fields.text('date').trim();
        const time = normaliseTimeInput(fields.text('time')) || '00:00';
        const { id } = await createMeeting(db(c), actor, {
          decisionBodyId: fields.text('decisionBodyId'),
          startsAt: date ? `${date}T${time}` : '',
          location: fields.text('location'),
          submissionDeadline: fields.text('submissionDeadline'),
        });
        return paths.meetings.show({ meetingId: id });
      },
      again: (actor, form, c) => meetingsPage(c, actor, form),
    }),
  );

  return app;
}

/** A meeting: its agenda (page, print and PDF), the decisions on its items and the minutes. */
export function meetingRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  const meetingPage = async (c: C, actor: Actor, form: { values?: FormValues; errors?: Record<string, string> } = {}) => {
    const ctx = pageContext(c);
    const view = await getMeeting(db(c), actor, { meetingId: meetingId(c) });
    const agendaEditable = view.actions.some((a) => a.action === 'set_agenda' && a.allowed);
    const candidates = agendaEditable ? await agendaCandidates(db(c), view.body, view.meeting) : [];
    const evaluations = await evaluationsOnAgenda(db(c), actor, { meetingId: view.meeting.id });
    return MeetingPage({ ctx, view, candidates, evaluations, notice: notice(c, ctx), errors: form.errors, values: form.values });
  };
  app.get(paths.meetings.show.pattern, async (c) => render(c, await meetingPage(c, requireActor(c))));

  app.post(
    paths.meetings.agenda.pattern,
    sendMailAfterChange,
    formPost({
      failure: { primaryField: 'applicationIds' },
      run: async (actor, fields, c) => {
        const id = meetingId(c);
        const positions = fields.raw('positions');
        const chosen: { id: string; pos: number }[] = [];
        for (const appId of Object.keys(positions && typeof positions === 'object' ? positions : {})) {
          const name = `positions[${appId}]`;
          const pos = fields.int(name);
          if (fields.text(name).trim() === '') continue;
          if (pos === undefined || pos < 1 || pos > 999) {
            fields.errors[name] = 'Skriv et punktnummer (1, 2, 3 …) eller lad feltet stå tomt';
            continue;
          }
          chosen.push({ id: appId, pos });
        }
        throwIfUnreadable(fields.errors);
        chosen.sort((a, b) => a.pos - b.pos);
        await setAgenda(db(c), actor, { meetingId: id, applicationIds: chosen.map((x) => x.id) });
        return paths.meetings.show({ meetingId: id }, besked('dagsorden'));
      },
      again: (actor, form, c) => meetingPage(c, actor, form),
    }),
  );

  const agendaHtml = async (c: C, view: MeetingView): Promise<string> => {
    const evaluations = await evaluationsOnAgenda(db(c), requireActor(c), { meetingId: view.meeting.id });
    const jsx = AgendaPrintPage({ ctx: pageContext(c), view, evaluations });
    return `<!DOCTYPE html>${await Promise.resolve(jsx.toString())}`;
  };
  app.get(paths.meetings.agenda.pattern, async (c) => {
    const view = await getMeeting(db(c), requireActor(c), { meetingId: meetingId(c) });
    return c.html(await agendaHtml(c, view));
  });
  app.get(paths.meetings.agendaPdf.pattern, async (c) => {
    const view = await getMeeting(db(c), requireActor(c), { meetingId: meetingId(c) });
    const title = `Dagsorden: ${view.body.name} ${formatDate(view.meeting.startsAt)}`;
    const pdf = await htmlToPdf(await agendaHtml(c, view), { letterhead: { organisationName: view.organisationName, title } });
    return pdfResponse(pdf, `dagsorden-${formatDate(view.meeting.startsAt).replace(/[^0-9A-Za-zæøåÆØÅ]+/g, '-')}.pdf`);
  });

  // ── The minutes: the document (page, print, PDF) and the secretariat's form ──
  app.get(paths.meetings.minutes.pattern, async (c) => {
    const ctx = pageContext(c);
    return render(c, MinutesDocumentPage({ ctx, view: await getMinutes(db(c), requireActor(c), { meetingId: meetingId(c) }), notice: notice(c, ctx) }));
  });
  app.get(paths.meetings.minutesPdf.pattern, async (c) => {
    const ctx = pageContext(c);
    const view = await getMinutes(db(c), requireActor(c), { meetingId: meetingId(c) });
    const html = `<!DOCTYPE html>${await Promise.resolve(MinutesDocumentPage({ ctx, view }).toString())}`;
    const pdf = await htmlToPdf(html, { letterhead: { organisationName: view.organisationName, title: minutesTitle(ctx, view) } });
    return pdfResponse(pdf, `referat-${formatDate(view.meeting.startsAt).replace(/[^0-9A-Za-zæøåÆØÅ]+/g, '-')}.pdf`);
  });
  const minutesForm = async (c: C, actor: Actor, form: { values?: FormValues; errors?: Record<string, string> } = {}) =>
    MinutesFormPage({ ctx: pageContext(c), view: await getMinutes(db(c), actor, { meetingId: meetingId(c) }), ...form });
  app.get(paths.meetings.editMinutes.pattern, async (c) => render(c, await minutesForm(c, requireActor(c))));
  app.post(
    paths.meetings.editMinutes.pattern,
    formPost({
      failure: { primaryField: 'generalText' },
      run: async (actor, fields, c) => {
        const id = meetingId(c);
        await saveMinutes(db(c), actor, {
          meetingId: id,
          memberUserIds: fields.raw('memberUserIds'),
          otherAttendees: fields.text('otherAttendees'),
          itemNotes: fields.raw('itemNotes') ?? {},
          generalText: fields.text('generalText'),
        });
        return paths.meetings.minutes({ meetingId: id }, besked('referattekst'));
      },
      again: (actor, form, c) => minutesForm(c, actor, form),
    }),
  );

  /** The decision on one item: `values` null for the form prefilled from the recommendation. */
  const decisionPage = async (c: C, actor: Actor, values: FormValues | null, errors: Record<string, string> = {}) => {
    const ctx = pageContext(c);
    const { t } = ctx;
    const view = await getMeeting(db(c), actor, { meetingId: meetingId(c) });
    const item = view.items.find((i) => i.application.id === c.req.param('applicationId'));
    if (!item) throw new AppError('NOT_FOUND');
    // Not before the meeting has started: the refusal (with the start) instead of the form.
    const decide = view.actions.find((a) => a.action === 'record_decision');
    if (decide && !decide.allowed && decide.refusal?.code === 'MEETING_NOT_STARTED') {
      throw new AppError('TRANSITION_NOT_ALLOWED', { message: decide.refusal.message });
    }
    const d = await getDecisionContext(db(c), actor, item.application.id, 'meeting.decide');
    const meeting = { meetingId: view.meeting.id };
    return DecisionFormPage({
      ctx,
      title: t({ da: `Punkt ${item.position}: ${item.application.title}`, en: `Item ${item.position}: ${item.application.title}` }),
      breadcrumbs: [
        { label: `${view.body.name} ${formatDate(view.meeting.startsAt, ctx.locale)}`, href: paths.meetings.show(meeting) },
        { label: t({ da: `Punkt ${item.position}`, en: `Item ${item.position}` }) },
      ],
      action: paths.meetings.itemDecision({ ...meeting, applicationId: item.application.id }),
      cancelHref: paths.meetings.show(meeting),
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
    });
  };
  app.get(paths.meetings.itemDecision.pattern, async (c) => render(c, await decisionPage(c, requireActor(c), null)));
  app.post(
    paths.meetings.itemDecision.pattern,
    sendMailAfterChange,
    formPost({
      failure: { primaryField: 'outcome' },
      run: async (actor, fields, c) => {
        const ids = { meetingId: meetingId(c), applicationId: c.req.param('applicationId') ?? '' };
        try {
          await recordDecision(db(c), actor, decisionFormInput(fields, ids));
        } catch (err) {
          throw fundsOnAmount(err, pageContext(c));
        }
        return paths.meetings.show({ meetingId: ids.meetingId }, besked('punkt'));
      },
      again: (actor, form, c) => decisionPage(c, actor, form.values, form.errors),
    }),
  );

  app.post(
    paths.meetings.publishAgenda.pattern,
    sendMailAfterChange,
    formPost({
      failure: { primaryField: 'publishAgenda' },
      run: async (actor, _fields, c) => {
        await publishAgenda(db(c), actor, { meetingId: meetingId(c) });
        return paths.meetings.show({ meetingId: meetingId(c) }, besked('dagsordenUdsendt'));
      },
      again: (actor, form, c) => meetingPage(c, actor, { errors: form.errors }),
    }),
  );

  app.post(
    paths.meetings.publish.pattern,
    sendMailAfterChange,
    formPost({
      failure: { primaryField: 'publish' },
      run: async (actor, _fields, c) => {
        await publishMeeting(db(c), actor, { meetingId: meetingId(c) });
        return paths.meetings.show({ meetingId: meetingId(c) }, besked('referat'));
      },
      again: (actor, form, c) => meetingPage(c, actor, { errors: form.errors }),
    }),
  );
  return app;
}
