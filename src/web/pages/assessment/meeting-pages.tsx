import { formatDate, formatDateTime } from '../../../domain/dates.js';
import { formatKroner } from '../../../domain/money.js';
import type { AgendaCandidate } from '../../../usecases/meetings/agenda-candidates.js';
import type { MeetingView } from '../../../usecases/meetings/get-meeting.js';
import type { MeetingListRow } from '../../../usecases/meetings/get-meeting.js';
import type { DecisionBodyRow } from '../../../usecases/meetings/load-meeting.js';
import type { PoolRow } from '../../../usecases/assessment/load.js';
import { Alert, ButtonLink, Select, Table, TextInput } from '../../components/index.js';
import { ButtonForm, PostForm, valueAt, type FormValues } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { Layout } from '../layout.js';
import { BalancesTable } from './decision-form-page.js';
import { outcomeLabel, recommendationLabel, reviewCount } from './labels.js';
import { points, scoreText } from './score-format.js';
import { MeetingStatus, StaffStatus } from './status-badges.js';
import { Crumbs, SavedNotice } from './crumbs.js';
import type { EvaluationOnAgenda } from '../../../usecases/projects/evaluation-agenda-items.js';
import { EvaluationAgendaSection } from '../projects/evaluation-agenda-section.js';

type ItemRecommendation = NonNullable<MeetingView['items'][number]['recommendation']>;

/** The agenda's short case summary: unit, summary, amount sought and recommended, and the business case's NPV and payback year. */
export function CaseSummary({ ctx, item }: { ctx: PageContext; item: MeetingView['items'][number] }) {
  const { t } = ctx;
  const s = item.summary;
  const kr = (o: number) => formatKroner(o, ctx.locale);
  return (
    <div class="agenda-summary">
      {s.summary ? <p class="agenda-summary__text">{s.summary}</p> : null}
      <dl class="agenda-summary__facts">
        <dt>{t({ da: 'Enhed', en: 'Unit' })}</dt>
        <dd>{s.department ?? '–'}</dd>
        <dt>{t({ da: 'Søgt beløb', en: 'Amount sought' })}</dt>
        <dd>{kr(s.amountAppliedOere)}</dd>
        <dt>{t({ da: 'Indstillet beløb', en: 'Amount recommended' })}</dt>
        <dd>{s.amountRecommendedOere === null ? '–' : kr(s.amountRecommendedOere)}</dd>
        {s.hasBusinessCase ? (
          <>
            <dt>{t({ da: 'Nettonutidsværdi', en: 'Net present value' })}</dt>
            <dd>{s.npvOere === null ? '–' : kr(s.npvOere)}</dd>
            <dt>{t({ da: 'Tilbagebetalt', en: 'Payback' })}</dt>
            <dd>
              {s.paybackYear === null
                ? t({ da: 'Ikke inden for tidshorisonten', en: 'Not within the horizon' })
                : t({ da: `År ${s.paybackYear}`, en: `Year ${s.paybackYear}` })}
            </dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}

/** "2026: 100.000 kr., 2027: –": what is left now on the recommended line in each year of the recommendation's split. */
function remainingOnLine(r: ItemRecommendation, balances: MeetingView['balances'], kr: (o: number) => string): string {
  return r.split
    .map((s) => {
      const b = balances.find((x) => x.budgetLineId === r.budgetLineId && x.year === s.year);
      return `${s.year}: ${b ? kr(b.remainingOere) : '–'}`;
    })
    .join(', ');
}

/** The decision bodies' calendar for a pool, and (for the secretariat) a form to add a meeting. */
export function MeetingsPage(props: {
  ctx: PageContext;
  pool: PoolRow;
  bodies: DecisionBodyRow[];
  meetings: MeetingListRow[];
  canCreate: boolean;
  values?: Record<string, unknown>;
  errors?: Record<string, string>;
}) {
  const { ctx, pool } = props;
  const { t } = ctx;
  const errors = props.errors ?? {};
  const values = props.values ?? {};
  const title = t({ da: `Møder: ${pool.name}`, en: `Meetings: ${pool.name}` });
  return (
    <Layout ctx={ctx} title={title}>
      <Crumbs
        ctx={ctx}
        items={[{ label: t({ da: 'Sagsbehandling', en: 'Case handling' }), href: paths.assessment.index() }, { label: t({ da: 'Møder', en: 'Meetings' }) }]}
      />
      <h1>{title}</h1>
      {props.meetings.length === 0 ? (
        <p>{t({ da: 'Der er ingen møder i kalenderen.', en: 'There are no meetings in the calendar.' })}</p>
      ) : (
        <Table
          caption={t({ da: 'Mødekalender', en: 'Meeting calendar' })}
          columns={[
            { label: t({ da: 'Møde', en: 'Meeting' }), class: 'date', rowHeader: true },
            { label: t({ da: 'Beslutningsorgan', en: 'Decision body' }) },
            { label: t({ da: 'Sted', en: 'Place' }) },
            { label: t({ da: 'Status', en: 'Status' }) },
            { label: t({ da: 'Punkter', en: 'Items' }), numeric: true },
          ]}
          rows={props.meetings.map((m) => [
            <a href={paths.meetings.show({ meetingId: m.id })}>{formatDateTime(m.startsAt, ctx.locale)}</a>,
            m.decisionBodyName,
            m.location || '–',
            <MeetingStatus ctx={ctx} status={m.displayState} />,
            String(m.itemCount),
          ])}
        />
      )}
      {props.canCreate && props.bodies.length > 0 ? (
        <>
          <h2>{t({ da: 'Nyt møde', en: 'New meeting' })}</h2>
          <PostForm ctx={ctx} action={paths.pools.meetings({ poolId: pool.id })} errors={errors} submit={t({ da: 'Opret mødet', en: 'Create the meeting' })}>
            <Select
              name="decisionBodyId"
              label={t({ da: 'Beslutningsorgan', en: 'Decision body' })}
              value={valueAt(values, 'decisionBodyId')}
              error={errors.decisionBodyId}
              options={props.bodies.map((b) => ({ value: b.id, label: b.name }))}
            />
            <TextInput
              name="date"
              type="date"
              width="m"
              label={t({ da: 'Dato', en: 'Date' })}
              hint={t({ da: 'Fx 12.03.2026', en: 'E.g. 12 March 2026' })}
              value={valueAt(values, 'date')}
              error={errors.date}
            />
            <TextInput
              name="time"
              width="xs"
              label={t({ da: 'Klokkeslæt', en: 'Time' })}
              hint={t({ da: 'Fx 15.00', en: 'E.g. 15:00' })}
              value={valueAt(values, 'time')}
              error={errors.time}
            />
            <TextInput name="location" label={t({ da: 'Sted', en: 'Place' })} value={valueAt(values, 'location')} error={errors.location} />
            <TextInput
              name="submissionDeadline"
              type="date"
              width="m"
              label={t({ da: 'Ansøgningsfrist', en: 'Submission deadline' })}
              optional
              optionalText={t({ da: 'frivilligt', en: 'optional' })}
              value={valueAt(values, 'submissionDeadline')}
              error={errors.submissionDeadline}
            />
          </PostForm>
        </>
      ) : null}
    </Layout>
  );
}

/**
 * A meeting: the agenda with each item's recommendation, scores and decision; editing the agenda; the
 * money left. What the person may do comes from the meeting workflow (`view.actions`).
 */
export function MeetingPage(props: {
  ctx: PageContext;
  view: MeetingView;
  candidates: AgendaCandidate[];
  notice?: string;
  errors?: Record<string, string>;
  /** The agenda form as typed, after a refusal. */
  values?: FormValues;
  /** Project evaluations presented at the meeting (evaluationsOnAgenda). */
  evaluations?: EvaluationOnAgenda[];
}) {
  const { ctx, view } = props;
  const { t } = ctx;
  const { meeting, body, pool } = view;
  const kr = (o: number) => formatKroner(o, ctx.locale);
  const errors = props.errors ?? {};
  const title = t({ da: `${body.name} ${formatDate(meeting.startsAt, 'da')}`, en: `${body.name} ${formatDate(meeting.startsAt, 'en')}` });
  const allowed = (action: MeetingView['actions'][number]['action']) => view.actions.some((a) => a.action === action && a.allowed);
  const mayDecide = allowed('record_decision');
  const notStarted = view.actions.find((a) => a.action === 'record_decision' && !a.allowed && a.refusal?.code === 'MEETING_NOT_STARTED')?.refusal;
  const mayWriteMinutes = allowed('write_minutes');
  const agendaEditable = allowed('set_agenda');
  const undecided = view.items.filter((i) => !i.decision).length;
  const lineName = (id: string | null | undefined) => view.lines.find((l) => l.id === id)?.name ?? '–';
  const onAgenda = new Map(view.items.map((i) => [i.application.id, i.position]));
  const editable = [
    ...view.items.map((i) => ({
      applicationId: i.application.id,
      label: `${i.application.caseNumber}: ${i.application.title}`,
      kind: i.recommendation?.kind ?? null,
      amount: i.recommendation?.amountOere ?? 0,
    })),
    ...props.candidates
      .filter((c) => !onAgenda.has(c.applicationId))
      .map((c) => ({
        applicationId: c.applicationId,
        label: `${c.caseNumber}: ${c.title}`,
        kind: c.recommendationKind as keyof typeof recommendationLabel | null,
        amount: c.amountOere,
      })),
  ];
  return (
    <Layout ctx={ctx} title={title}>
      <Crumbs
        ctx={ctx}
        items={[
          { label: t({ da: 'Møder', en: 'Meetings' }), href: paths.pools.meetings({ poolId: pool.id }) },
          { label: formatDate(meeting.startsAt, ctx.locale) },
        ]}
      />
      <h1>{title}</h1>
      <SavedNotice ctx={ctx} notice={props.notice} />
      <p>
        {formatDateTime(meeting.startsAt, ctx.locale)}
        {meeting.location ? ` · ${meeting.location}` : ''} · <MeetingStatus ctx={ctx} status={view.displayState} />
      </p>
      <p class="no-print">
        <a href={paths.meetings.agenda({ meetingId: meeting.id })}>{t({ da: 'Dagsorden til udskrift', en: 'Printable agenda' })}</a>
        {' · '}
        <a href={paths.meetings.agendaPdf({ meetingId: meeting.id })}>{t({ da: 'Dagsorden som PDF', en: 'Agenda as PDF' })}</a>
        {' · '}
        <a href={paths.meetings.minutes({ meetingId: meeting.id })}>{t({ da: 'Referat', en: 'Minutes' })}</a>
        {mayWriteMinutes ? (
          <>
            {' · '}
            <a href={paths.meetings.editMinutes({ meetingId: meeting.id })}>{t({ da: 'Skriv referatet', en: 'Write the minutes' })}</a>
          </>
        ) : null}
      </p>
      {notStarted ? (
        <Alert variant="info" heading={t({ da: 'Mødet er ikke begyndt', en: 'The meeting has not started' })}>
          {t(notStarted.message)}
        </Alert>
      ) : null}

      <h2>{t({ da: 'Dagsorden', en: 'Agenda' })}</h2>
      {view.items.length === 0 && (props.evaluations ?? []).length === 0 ? <p>{t({ da: 'Dagsordenen er tom.', en: 'The agenda is empty.' })}</p> : null}
      {view.items.map((i) => (
        <section class="mb-6" aria-labelledby={`item-${i.position}`}>
          <h3 id={`item-${i.position}`}>
            {t({ da: `Punkt ${i.position}: `, en: `Item ${i.position}: ` })}
            {i.application.caseNumber} {i.application.title}
          </h3>
          <CaseSummary ctx={ctx} item={i} />
          <p>
            <StaffStatus ctx={ctx} state={i.application.state} />{' '}
            {i.recommendation ? <strong>{t(recommendationLabel[i.recommendation.kind])}</strong> : t({ da: 'Ingen indstilling', en: 'No recommendation' })}
            {i.recommendation && i.recommendation.kind !== 'not_recommend'
              ? t({
                  da: ` – ${kr(i.recommendation.amountOere)} fra ${lineName(i.recommendation.budgetLineId)} (${i.recommendation.split.map((s) => `${s.year}: ${kr(s.amountOere)}`).join(', ')})`,
                  en: ` – ${kr(i.recommendation.amountOere)} from ${lineName(i.recommendation.budgetLineId)} (${i.recommendation.split.map((s) => `${s.year}: ${kr(s.amountOere)}`).join(', ')})`,
                })
              : ''}
          </p>
          {i.recommendation?.conditions ? (
            <p>{t({ da: `Betingelser: ${i.recommendation.conditions}`, en: `Conditions: ${i.recommendation.conditions}` })}</p>
          ) : null}
          <p>
            {i.score
              ? t({
                  da: `Point: ${points(i.score.summary.total, 'da')} af 100 (${reviewCount(i.score.summary.reviewCount).da})${i.score.totalDisagreement || i.score.disagreements.length > 0 ? ' – bedømmerne er uenige' : ''}`,
                  en: `Score: ${points(i.score.summary.total, 'en')} of 100 (${reviewCount(i.score.summary.reviewCount).en})${i.score.totalDisagreement || i.score.disagreements.length > 0 ? ' – reviewers disagree' : ''}`,
                })
              : t({ da: 'Ingen point.', en: 'No scores.' })}
          </p>
          {i.recommendation && i.recommendation.kind !== 'not_recommend' ? (
            <p>
              {t({ da: 'Rest på linjen lige nu: ', en: 'Remaining on the line now: ' })}
              {remainingOnLine(i.recommendation, view.balances, kr)}
            </p>
          ) : null}
          {i.decision ? (
            <p>
              <strong>
                {t({ da: 'Afgørelse: ', en: 'Decision: ' })}
                {t(outcomeLabel[i.decision.outcome])}
              </strong>
              {i.decision.outcome === 'approve' ? ` – ${kr(i.decision.amountOere)}` : ''}
              {i.decision.conditions ? ` – ${t({ da: 'betingelser', en: 'conditions' })}: ${i.decision.conditions}` : ''}
              {i.decision.reason ? ` – ${i.decision.reason}` : ''}
            </p>
          ) : mayDecide ? (
            <ButtonLink variant="secondary" href={paths.meetings.itemDecision({ meetingId: meeting.id, applicationId: i.application.id })}>
              {t({ da: 'Registrér afgørelse', en: 'Record decision' })}
              <span class="sr-only">{t({ da: ` for punkt ${i.position}`, en: ` for item ${i.position}` })}</span>
            </ButtonLink>
          ) : null}
        </section>
      ))}

      <EvaluationAgendaSection ctx={ctx} items={props.evaluations ?? []} />

      {mayDecide && view.items.length > 0 ? (
        <>
          <h2>{t({ da: 'Referat', en: 'Minutes' })}</h2>
          {undecided > 0 ? (
            <p>
              {t({
                da: `${undecided} punkter mangler en afgørelse, før referatet kan offentliggøres.`,
                en: `${undecided} items still need a decision before the minutes can be published.`,
              })}
            </p>
          ) : (
            <>
              <p>
                {t({
                  da: 'Når referatet offentliggøres, får hver ansøger besked om afgørelsen.',
                  en: 'When the minutes are published, each applicant is told the outcome.',
                })}
              </p>
              <ButtonForm
                ctx={ctx}
                action={paths.meetings.publish({ meetingId: meeting.id })}
                label={t({ da: 'Offentliggør referatet', en: 'Publish the minutes' })}
                variant="primary"
              />
            </>
          )}
        </>
      ) : null}

      {allowed('publish_agenda') && view.items.length > 0 ? (
        <>
          <h2>{t({ da: 'Udsend dagsordenen', en: 'Send out the agenda' })}</h2>
          <p>{t({ da: 'Beslutningsorganets medlemmer får besked her og på e-mail.', en: 'The decision body’s members are told here and by e-mail.' })}</p>
          <ButtonForm
            ctx={ctx}
            action={paths.meetings.publishAgenda({ meetingId: meeting.id })}
            label={t({ da: 'Udsend dagsordenen', en: 'Send out the agenda' })}
            variant="primary"
          />
        </>
      ) : null}

      {agendaEditable ? (
        <>
          <h2>{t({ da: 'Sæt dagsordenen', en: 'Set the agenda' })}</h2>
          {editable.length === 0 ? (
            <p>{t({ da: 'Der er ingen indstillede ansøgninger til dette organ.', en: 'There are no recommended applications for this body.' })}</p>
          ) : (
            <PostForm
              ctx={ctx}
              action={paths.meetings.agenda({ meetingId: meeting.id })}
              errors={errors}
              hrefs={{ applicationIds: `#pos-${editable[0]?.applicationId ?? ''}` }}
              submit={t({ da: 'Gem dagsordenen', en: 'Save the agenda' })}
            >
              <p>
                {t({
                  da: 'Skriv punktnummeret ud for de ansøgninger, der skal på dagsordenen. Tomt felt: ikke på dagsordenen.',
                  en: 'Enter the item number for each application to put on the agenda. Empty: not on the agenda.',
                })}
              </p>
              {editable.map((e) => (
                <TextInput
                  id={`pos-${e.applicationId}`}
                  name={`positions[${e.applicationId}]`}
                  label={e.label}
                  hint={e.kind ? `${t(recommendationLabel[e.kind])}${e.kind !== 'not_recommend' ? ` – ${kr(e.amount)}` : ''}` : undefined}
                  width="xs"
                  inputmode="numeric"
                  value={
                    props.values
                      ? valueAt(props.values, `positions[${e.applicationId}]`)
                      : onAgenda.has(e.applicationId)
                        ? String(onAgenda.get(e.applicationId))
                        : ''
                  }
                  error={errors[`positions[${e.applicationId}]`]}
                />
              ))}
            </PostForm>
          )}
        </>
      ) : null}

      <h2>{t({ da: 'Puljens restbeløb', en: "The pool's remaining money" })}</h2>
      <p>{t({ da: `Opgjort ${formatDateTime(view.balancesAt, 'da')}.`, en: `As of ${formatDateTime(view.balancesAt, 'en')}.` })}</p>
      <BalancesTable ctx={ctx} balances={view.balances} lines={view.lines} kr={kr} />
    </Layout>
  );
}

/** The agenda as a document for print and PDF: each item with recommendation, scores and the money left. */
export function AgendaPrintPage({ ctx, view, evaluations = [] }: { ctx: PageContext; view: MeetingView; evaluations?: EvaluationOnAgenda[] }) {
  const { t } = ctx;
  const { meeting, body, pool } = view;
  const kr = (o: number) => formatKroner(o, ctx.locale);
  const lineName = (id: string | null | undefined) => view.lines.find((l) => l.id === id)?.name ?? '–';
  const title = t({ da: `Dagsorden: ${body.name} ${formatDate(meeting.startsAt, 'da')}`, en: `Agenda: ${body.name} ${formatDate(meeting.startsAt, 'en')}` });
  return (
    <Layout ctx={ctx} title={title}>
      <article class="agenda-document">
        <p class="minutes-letterhead">{view.organisationName}</p>
        <h1>{title}</h1>
        <p>
          {pool.name} · {formatDateTime(meeting.startsAt, ctx.locale)}
          {meeting.location ? ` · ${meeting.location}` : ''}
        </p>
        <p class="no-print">
          <a href={paths.meetings.show({ meetingId: meeting.id })}>{t({ da: 'Tilbage til mødet', en: 'Back to the meeting' })}</a>
          {' · '}
          <a href={paths.meetings.agendaPdf({ meetingId: meeting.id })}>{t({ da: 'Hent som PDF', en: 'Download as PDF' })}</a>
        </p>
        <h2>{t({ da: 'Puljens restbeløb pr. linje og år', en: "The pool's remaining money per line and year" })}</h2>
        <p>{t({ da: `Opgjort ${formatDateTime(view.balancesAt, 'da')}.`, en: `As of ${formatDateTime(view.balancesAt, 'en')}.` })}</p>
        <BalancesTable ctx={ctx} balances={view.balances} lines={view.lines} kr={kr} />
        {view.items.map((i) => (
          <section class="agenda-item" aria-labelledby={`p-${i.position}`}>
            <h2 id={`p-${i.position}`}>
              {t({ da: `Punkt ${i.position}`, en: `Item ${i.position}` })}: {i.application.caseNumber} {i.application.title}
            </h2>
            <CaseSummary ctx={ctx} item={i} />
            <p>
              <strong>{t({ da: 'Sekretariatets indstilling: ', en: "The secretariat's recommendation: " })}</strong>
              {i.recommendation ? t(recommendationLabel[i.recommendation.kind]) : '–'}
              {i.recommendation && i.recommendation.kind !== 'not_recommend'
                ? ` – ${kr(i.recommendation.amountOere)}, ${lineName(i.recommendation.budgetLineId)} (${i.recommendation.split.map((s) => `${s.year}: ${kr(s.amountOere)}`).join(', ')})`
                : ''}
            </p>
            {i.recommendation?.conditions ? (
              <p>{t({ da: `Betingelser: ${i.recommendation.conditions}`, en: `Conditions: ${i.recommendation.conditions}` })}</p>
            ) : null}
            {i.recommendation?.justification ? <p>{i.recommendation.justification}</p> : null}
            <p>
              <strong>{t({ da: 'Point: ', en: 'Score: ' })}</strong>
              {i.score ? `${points(i.score.summary.total, ctx.locale)} / 100 (${t(reviewCount(i.score.summary.reviewCount))})` : '–'}
            </p>
            {i.score ? (
              <ul>
                {i.score.summary.criteria.map((s) => {
                  const c = pool.rubric.criteria.find((x) => x.key === s.key);
                  return (
                    <li>
                      {c ? t(c.label) : s.key}: {scoreText(s.mean, ctx.locale)}
                      {s.min !== null && s.max !== null && s.count > 1 ? ` (${s.min}–${s.max})` : ''}
                      {i.score?.disagreements.includes(s.key) ? t({ da: ' – uenighed', en: ' – disagreement' }) : ''}
                    </li>
                  );
                })}
              </ul>
            ) : null}
            {i.recommendation && i.recommendation.kind !== 'not_recommend' ? (
              <p>
                <strong>{t({ da: 'Rest på linjen: ', en: 'Remaining on the line: ' })}</strong>
                {remainingOnLine(i.recommendation, view.balances, kr)}
              </p>
            ) : null}
            {i.decision ? (
              <p>
                <strong>{t({ da: 'Afgørelse: ', en: 'Decision: ' })}</strong>
                {t(outcomeLabel[i.decision.outcome])}
                {i.decision.outcome === 'approve' ? ` – ${kr(i.decision.amountOere)}` : ''}
                {i.decision.reason ? ` – ${i.decision.reason}` : ''}
              </p>
            ) : null}
          </section>
        ))}
        <EvaluationAgendaSection ctx={ctx} items={evaluations} />
      </article>
    </Layout>
  );
}
