import type { Child } from 'hono/jsx';
import { formatDate, formatDateTime } from '../../../domain/dates.js';
import { formatKroner } from '../../../domain/money.js';
import type { AssessmentCase } from '../../../usecases/assessment/get-assessment-case.js';
import type { ApplicationAction } from '../../../domain/application-workflow.js';
import { ACTIVE_REVIEW_STATUSES } from '../../../policies/assessment.js';
import { Alert, ButtonLink, Checkboxes, ErrorSummary, StructuredList, Table, TextArea, TextInput } from '../../components/index.js';
import { PostForm } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { Layout } from '../layout.js';
import { outcomeLabel, recommendationLabel, reviewStatusLabel } from './labels.js';
import { ScoreBreakdown } from './score-views.js';
import { StaffStatus } from './status-badges.js';
import { backTo } from '../../back-link.js';
import { Crumbs, SavedNotice } from './crumbs.js';
import { DecisionBlock } from '../applications/views/decision-block.js';

export interface CaseFormState {
  errors?: Record<string, string>;
  values?: Record<string, unknown>;
  notice?: string;
}

/** Offered to the actor by the workflow table now, allowed or held back by a guard (no reviewers yet, no review submitted). */
const offered = (data: AssessmentCase, ...actions: ApplicationAction[]) => data.actions.some((o) => actions.includes(o.action));

/** Reviewers are assigned while the review can start or is under way. */
const reviewing = (data: AssessmentCase) => offered(data, 'start_review', 'complete_review');

/** The recommendation is written once the review is under way, until it is made. */
const recommending = (data: AssessmentCase) => offered(data, 'complete_review', 'recommend', 'not_recommend');

/** A conflict was declared after the last assignment: the secretariat should assign a replacement. */
function needsReplacement(data: AssessmentCase): boolean {
  if (!offered(data, 'complete_review')) return false;
  const lastConflict = Math.max(0, ...data.reviews.filter((r) => r.status === 'conflict' && r.declaredAt).map((r) => r.declaredAt?.getTime() ?? 0));
  const lastAssigned = Math.max(0, ...data.reviews.map((r) => r.assignedAt.getTime()));
  return lastConflict > 0 && lastConflict > lastAssigned;
}

const v = (values: Record<string, unknown> | undefined, k: string) => (typeof values?.[k] === 'string' ? (values[k] as string) : '');

/** The secretariat's page for one application: screening, reviewers, scores, recommendation and decision. */
export function CasePage({ ctx, data, form = {}, evidence }: { ctx: PageContext; data: AssessmentCase; form?: CaseFormState; evidence?: Child }) {
  const { t } = ctx;
  const { application: a, pool } = data;
  const kr = (o: number) => formatKroner(o, ctx.locale);
  const lineName = (id: string | null | undefined) => data.lines.find((l) => l.id === id)?.name ?? '–';
  const line = data.lines.find((l) => l.id === (data.recommendation?.budgetLineId ?? a.budgetLineId));
  const can = (action: ApplicationAction) => data.actions.some((o) => o.action === action && o.allowed);
  const ids = { applicationId: a.id };
  const errors = form.errors ?? {};
  const active = data.reviews.filter((r) => (ACTIVE_REVIEW_STATUSES as readonly string[]).includes(r.status));
  const free = data.candidates.filter((c) => !c.onThisApplication);
  const title = `${a.caseNumber}: ${a.title}`;
  return (
    <Layout ctx={ctx} title={title}>
      <Crumbs ctx={ctx} items={[{ label: t({ da: 'Indbakke', en: 'Inbox' }), href: paths.pools.inbox({ poolId: pool.id }) }, { label: a.caseNumber }]} />
      <h1>{title}</h1>
      <SavedNotice ctx={ctx} notice={form.notice} />
      {data.decision ? <DecisionBlock ctx={ctx} decision={data.decision} organisationId={a.organisationId} /> : null}
      <ErrorSummary
        title={t({ da: 'Der er problemer', en: 'There is a problem' })}
        errors={Object.entries(errors).map(([field, message]) => ({ field, message }))}
      />
      <StructuredList
        rows={[
          { label: t({ da: 'Status', en: 'Status' }), value: <StaffStatus ctx={ctx} state={a.state} /> },
          { label: t({ da: 'Pulje', en: 'Pool' }), value: pool.name },
          { label: t({ da: 'Ansvarlig ansøger', en: 'Lead applicant' }), value: data.leadApplicant.name },
          { label: t({ da: 'Ansvarlig enhed', en: 'Lead unit' }), value: data.leadApplicant.unit ?? t({ da: 'Ikke angivet', en: 'Not given' }) },
          { label: t({ da: 'Budgetlinje', en: 'Budget line' }), value: lineName(a.budgetLineId) },
          { label: t({ da: 'Søgt beløb', en: 'Amount applied for' }), value: kr(a.amountAppliedOere) },
          { label: t({ da: 'Indsendt', en: 'Submitted' }), value: a.submittedAt ? formatDate(a.submittedAt, ctx.locale) : '–' },
          { label: t({ da: 'Version', en: 'Version' }), value: String(a.currentVersion) },
        ]}
      />
      <p>
        <a href={paths.applications.show(ids, backTo(ctx.path))}>{t({ da: 'Læs hele ansøgningen', en: 'Read the whole application' })}</a>
      </p>
      {a.currentVersion > 0 ? (
        <p>
          <a href={paths.records.journal(ids)}>{t({ da: 'Journalliste', en: 'Journal list' })}</a>
          {' · '}
          <a href={paths.records.aktindsigt(ids)}>{t({ da: 'Aktindsigt og eksport', en: 'Access to documents and export' })}</a>
        </p>
      ) : null}

      <h2>{t({ da: 'Screening', en: 'Screening' })}</h2>
      {data.informationRequests.length > 0 ? (
        <Table
          caption={t({ da: 'Spørgsmål til ansøger', en: 'Questions to the applicant' })}
          columns={[
            { label: t({ da: 'Stillet', en: 'Asked' }) },
            { label: t({ da: 'Spørgsmål', en: 'Question' }) },
            { label: t({ da: 'Besvaret', en: 'Answered' }), class: 'date' },
          ]}
          rows={data.informationRequests.map((q) => [
            formatDateTime(q.askedAt, ctx.locale),
            q.question,
            q.answeredAt ? formatDate(q.answeredAt, ctx.locale) : '–',
          ])}
        />
      ) : null}
      {data.screenings.map((s) => (
        <p>
          {s.decision === 'qualify'
            ? t({ da: `Kvalificeret ${formatDate(s.screenedAt, 'da')}.`, en: `Qualified ${formatDate(s.screenedAt, 'en')}.` })
            : t({ da: `Afvist ${formatDate(s.screenedAt, 'da')}: ${s.reason}`, en: `Rejected ${formatDate(s.screenedAt, 'en')}: ${s.reason}` })}
        </p>
      ))}
      {can('qualify') ? (
        <PostForm
          ctx={ctx}
          action={paths.assessment.screen(ids)}
          class="mb-5"
          summary={false}
          submit={t({ da: 'Kvalificér ansøgningen', en: 'Qualify the application' })}
        >
          <input type="hidden" name="decision" value="qualify" />
        </PostForm>
      ) : null}
      {can('request_more_info') ? (
        <PostForm
          ctx={ctx}
          action={paths.assessment.ask(ids)}
          class="mb-5"
          summary={false}
          submit={t({ da: 'Send spørgsmålet', en: 'Send the question' })}
          submitVariant="secondary"
        >
          <TextArea
            name="question"
            rows={4}
            label={t({ da: 'Spørgsmål til ansøger', en: 'Question to the applicant' })}
            hint={t({
              da: 'Ansøgningen sendes tilbage til ansøgeren med spørgsmålet. Svaret bliver en ny version.',
              en: 'The application goes back to the applicant with the question. The answer becomes a new version.',
            })}
            value={v(form.values, 'question')}
            error={errors.question}
          />
        </PostForm>
      ) : null}
      {can('reject_ineligible') ? (
        <PostForm
          ctx={ctx}
          action={paths.assessment.screen(ids)}
          class="mb-5"
          summary={false}
          submit={t({ da: 'Afvis: opfylder ikke kriterierne', en: 'Reject: not eligible' })}
          submitVariant="warning"
        >
          <input type="hidden" name="decision" value="reject_ineligible" />
          <TextArea
            name="reason"
            rows={3}
            label={t({ da: 'Begrundelse for afvisning', en: 'Reason for rejection' })}
            hint={t({ da: 'Sendes til ansøgeren.', en: 'Sent to the applicant.' })}
            value={v(form.values, 'reason')}
            error={errors.reason}
          />
        </PostForm>
      ) : null}

      <h2>{t({ da: 'Bedømmere', en: 'Reviewers' })}</h2>
      {data.reviews.length === 0 ? (
        <p>{t({ da: 'Ingen bedømmere tildelt endnu.', en: 'No reviewers assigned yet.' })}</p>
      ) : (
        <Table
          caption={t({ da: 'Tildelte bedømmere', en: 'Assigned reviewers' })}
          captionClass="sr-only"
          columns={[
            { label: t({ da: 'Bedømmer', en: 'Reviewer' }), rowHeader: true },
            { label: t({ da: 'Status', en: 'Status' }) },
            { label: t({ da: 'Note om habilitet', en: 'Conflict note' }) },
            { label: t({ da: 'Tildelt', en: 'Assigned' }) },
          ]}
          rows={data.reviews.map((r) => [r.reviewerName, t(reviewStatusLabel[r.status]), r.conflictNote || '–', formatDate(r.assignedAt, ctx.locale)])}
        />
      )}
      {needsReplacement(data) ? (
        <Alert variant="warning" heading={t({ da: 'En bedømmer er inhabil', en: 'A reviewer has a conflict of interest' })}>
          {t({ da: 'Tildel en anden bedømmer i stedet.', en: 'Assign another reviewer instead.' })}
        </Alert>
      ) : null}
      {reviewing(data) ? (
        <div class="row">
          <div class="col-12 col-md-6">
            <PostForm
              ctx={ctx}
              action={paths.assessment.assignReviewers(ids)}
              summary={false}
              submit={free.length === 0 ? undefined : t({ da: 'Tildel de valgte', en: 'Assign the selected' })}
              submitVariant="secondary"
            >
              <input type="hidden" name="mode" value="manual" />
              {free.length === 0 ? (
                <p>{t({ da: 'Der er ingen ledige bedømmere i organisationen.', en: 'There are no available reviewers in the organisation.' })}</p>
              ) : (
                <Checkboxes
                  name="reviewerUserIds"
                  legend={t({ da: 'Vælg bedømmere', en: 'Choose reviewers' })}
                  hint={t({ da: 'Tallet er bedømmerens åbne opgaver i puljen.', en: "The number is the reviewer's open assignments in the pool." })}
                  error={errors.reviewerUserIds}
                  items={free.map((c) => ({ value: c.userId, label: `${c.name} (${c.openAssignments})` }))}
                />
              )}
            </PostForm>
          </div>
          <div class="col-12 col-md-6">
            <PostForm
              ctx={ctx}
              action={paths.assessment.assignReviewers(ids)}
              summary={false}
              submit={t({ da: 'Fordel jævnt', en: 'Spread evenly' })}
              submitVariant="secondary"
            >
              <input type="hidden" name="mode" value="even" />
              <TextInput
                name="count"
                type="text"
                inputmode="numeric"
                width="xs"
                label={t({ da: 'Antal bedømmere i alt', en: 'Number of reviewers in all' })}
                hint={t({ da: 'Fordeles jævnt: dem med færrest åbne opgaver først.', en: 'Spread evenly: those with the fewest open assignments first.' })}
                value={v(form.values, 'count') || String(Math.max(2, active.length))}
                error={errors.count}
              />
            </PostForm>
          </div>
        </div>
      ) : null}

      <h2>{t({ da: 'Point', en: 'Scores' })}</h2>
      {data.score ? (
        <ScoreBreakdown ctx={ctx} rubric={pool.rubric} score={data.score} caption={t({ da: 'Point pr. kriterium', en: 'Scores per criterion' })} />
      ) : (
        <p>{t({ da: 'Ingen bedømmelser er afleveret endnu.', en: 'No reviews submitted yet.' })}</p>
      )}

      <h2>{t({ da: 'Indstilling', en: 'Recommendation' })}</h2>
      {data.recommendation ? (
        <StructuredList
          rows={[
            { label: t({ da: 'Indstilling', en: 'Recommendation' }), value: t(recommendationLabel[data.recommendation.kind]) },
            { label: t({ da: 'Beløb', en: 'Amount' }), value: kr(data.recommendation.amountOere) },
            { label: t({ da: 'Budgetlinje', en: 'Budget line' }), value: lineName(data.recommendation.budgetLineId) },
            {
              label: t({ da: 'Fordeling på år', en: 'Split over years' }),
              value: data.recommendation.split.map((s) => `${s.year}: ${kr(s.amountOere)}`).join(', ') || '–',
            },
            { label: t({ da: 'Betingelser', en: 'Conditions' }), value: data.recommendation.conditions || '–' },
            { label: t({ da: 'Begrundelse', en: 'Justification' }), value: data.recommendation.justification || '–' },
          ]}
        />
      ) : null}
      {recommending(data) ? (
        <ButtonLink href={paths.assessment.recommend(ids)}>{t({ da: 'Skriv indstillingen', en: 'Write the recommendation' })}</ButtonLink>
      ) : !data.recommendation ? (
        <p>{t({ da: 'Indstillingen skrives, når bedømmelsen er i gang.', en: 'The recommendation is written once the review is under way.' })}</p>
      ) : null}

      <h2>{t({ da: 'Afgørelse', en: 'Decision' })}</h2>
      {line?.decisionMode === 'direct' ? (
        <p>
          {t({
            da: `Linjen "${line.name}" afgøres direkte af ${line.directDeciderLabel ?? 'direktionen'}.`,
            en: `The line "${line.name}" is decided directly by ${line.directDeciderLabel ?? 'the directors'}.`,
          })}{' '}
          <a href={paths.assessment.decideDirectly(ids)}>{t({ da: 'Til den direkte afgørelse', en: 'To the direct decision' })}</a>
        </p>
      ) : line ? (
        <p>{t({ da: `Linjen "${line.name}" afgøres på et møde.`, en: `The line "${line.name}" is decided at a meeting.` })}</p>
      ) : null}
      {data.agenda.map((m) => (
        <p>
          <a href={paths.meetings.show({ meetingId: m.meetingId })}>
            {t({
              da: `${m.bodyName} ${formatDate(m.startsAt, 'da')}, punkt ${m.position}`,
              en: `${m.bodyName} ${formatDate(m.startsAt, 'en')}, item ${m.position}`,
            })}
          </a>
        </p>
      ))}
      {data.decisions.map((d) => (
        <p>
          <strong>{t(outcomeLabel[d.outcome])}</strong> {formatDate(d.decidedAt, ctx.locale)}
          {d.outcome === 'approve' ? ` – ${kr(d.amountOere)}` : ''}
          {d.reason ? ` – ${d.reason}` : ''}
        </p>
      ))}
      {evidence}
    </Layout>
  );
}
