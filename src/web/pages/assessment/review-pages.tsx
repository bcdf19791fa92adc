import type { Child } from 'hono/jsx';
import { formatDate, formatDateTime } from '../../../domain/dates.js';
import { scaleMeanings } from '../../../domain/score-scale.js';
import { formatKroner } from '../../../domain/money.js';
import type { ConflictWorkspace, MyReviewRow, ReviewWorkspace } from '../../../usecases/assessment/review-workspace.js';
import { Alert, Button, Fieldset, Radios, StructuredList, Table, TextArea } from '../../components/index.js';
import { PostForm, valueAt } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { Layout } from '../layout.js';
import { reviewStatusLabel } from './labels.js';
import { scoreText } from './score-format.js';
import { ScoreBreakdown } from './score-views.js';
import { backTo } from '../../back-link.js';
import { Crumbs } from './crumbs.js';

/** The reviewer's own assignments. */
export function MyReviewsPage({ ctx, rows }: { ctx: PageContext; rows: MyReviewRow[] }) {
  const { t } = ctx;
  const title = t({ da: 'Mine bedømmelser', en: 'My reviews' });
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {rows.length === 0 ? (
        <p>{t({ da: 'Du har ingen ansøgninger til bedømmelse.', en: 'You have no applications to review.' })}</p>
      ) : (
        <Table
          caption={t({ da: 'Ansøgninger tildelt dig', en: 'Applications assigned to you' })}
          captionClass="sr-only"
          columns={[
            { label: t({ da: 'Ansøgning', en: 'Application' }), rowHeader: true },
            { label: t({ da: 'Pulje', en: 'Pool' }) },
            { label: t({ da: 'Status', en: 'Status' }) },
            { label: t({ da: 'Tildelt', en: 'Assigned' }) },
          ]}
          rows={rows.map((r) => [
            r.status === 'conflict' ? (
              `${r.caseNumber}: ${r.title}`
            ) : (
              <a href={paths.reviews.workspace({ applicationId: r.applicationId })}>{`${r.caseNumber}: ${r.title}`}</a>
            ),
            r.poolName,
            t(reviewStatusLabel[r.status]),
            formatDate(r.assignedAt, ctx.locale),
          ])}
        />
      )}
    </Layout>
  );
}

export interface ReviewFormState {
  values?: Record<string, unknown>;
  errors?: Record<string, string>;
}

/** The form's values from the reviewer's saved draft (scores, comments, overall comment). */
function draftValues(review: ReviewWorkspace['review']): Record<string, unknown> {
  if (review.status !== 'accepted' || !review.draftSavedAt) return {};
  const keys = new Set([...Object.keys(review.scores ?? {}), ...Object.keys(review.comments ?? {})]);
  return {
    criteria: Object.fromEntries(
      [...keys].map((k) => {
        const s = review.scores?.[k];
        return [k, { score: s === undefined ? '' : String(s), comment: review.comments?.[k] ?? '' }];
      }),
    ),
    overallComment: review.overallComment,
  };
}

/** Who is involved in the case, shown before the reviewer declares whether they have a conflict. */
function PartiesList({ ctx, ws }: { ctx: PageContext; ws: ReviewWorkspace }) {
  const { t } = ctx;
  const p = ws.parties;
  const none = t({ da: 'Ingen', en: 'None' });
  const list = (items: string[]) => (items.length === 0 ? none : items.join(', '));
  return (
    <StructuredList
      rows={[
        { label: t({ da: 'Ansøger (projektleder)', en: 'Lead applicant' }), value: p.leadApplicantName || '–' },
        { label: t({ da: 'Enhed / afdeling', en: 'Unit / department' }), value: p.leadDepartment || '–' },
        { label: t({ da: 'Medansøgere', en: 'Co-applicants' }), value: list(p.coApplicants) },
        { label: t({ da: 'Andre afdelinger', en: 'Other departments' }), value: list(p.partnerDepartments) },
        {
          label: t({ da: 'Private partnere (CVR)', en: 'Private partners (CVR)' }),
          value: list(p.privatePartners.map((x) => (x.cvr ? `${x.name} (CVR ${x.cvr})` : x.name))),
        },
        { label: t({ da: 'Offentlige partnere', en: 'Public partners' }), value: list(p.publicPartners) },
      ]}
    />
  );
}

/** After a declared conflict: only that the reviewer declared it, none of the case. */
function ConflictPage({ ctx, ws }: { ctx: PageContext; ws: ConflictWorkspace }) {
  const { t } = ctx;
  const title = t({ da: `Bedømmelse: ${ws.caseNumber}`, en: `Review: ${ws.caseNumber}` });
  return (
    <Layout ctx={ctx} title={title}>
      <Crumbs ctx={ctx} items={[{ label: t({ da: 'Mine bedømmelser', en: 'My reviews' }), href: paths.reviews.list() }, { label: ws.caseNumber }]} />
      <h1>{title}</h1>
      <Alert variant="info" heading={t({ da: 'Du har erklæret dig inhabil', en: 'You declared a conflict of interest' })}>
        {t({
          da: `Du erklærede dig inhabil${ws.declaredAt ? ` den ${formatDate(ws.declaredAt, 'da')}` : ''} og er taget af sagen. Du kan derfor ikke længere læse ansøgningen; sekretariatet tildeler en anden bedømmer.`,
          en: `You declared a conflict of interest${ws.declaredAt ? ` on ${formatDate(ws.declaredAt, 'en')}` : ''} and have been removed from the case. You can therefore no longer read the application; the secretariat will assign another reviewer.`,
        })}
      </Alert>
      <p>
        <a href={paths.reviews.list()}>{t({ da: 'Tilbage til mine bedømmelser', en: 'Back to my reviews' })}</a>
      </p>
    </Layout>
  );
}

/** One assigned application: who is involved, declare conflict of interest, then score per criterion (or save a draft); after submitting, everyone's scores. */
export function ReviewPage({
  ctx,
  ws,
  form = {},
  evidence,
}: {
  ctx: PageContext;
  ws: ReviewWorkspace | ConflictWorkspace;
  form?: ReviewFormState;
  evidence?: Child;
}) {
  if (ws.conflict) return <ConflictPage ctx={ctx} ws={ws} />;
  const { t } = ctx;
  const { application: a, pool, review } = ws;
  const ids = { applicationId: a.id };
  const errors = form.errors ?? {};
  const values = form.values ?? draftValues(review);
  const title = t({ da: `Bedømmelse: ${a.title}`, en: `Review: ${a.title}` });
  const summary = typeof a.content.summary === 'string' ? a.content.summary : '';
  return (
    <Layout ctx={ctx} title={title}>
      <Crumbs ctx={ctx} items={[{ label: t({ da: 'Mine bedømmelser', en: 'My reviews' }), href: paths.reviews.list() }, { label: a.caseNumber }]} />
      <h1>{title}</h1>
      <StructuredList
        rows={[
          { label: t({ da: 'Sagsnummer', en: 'Case number' }), value: a.caseNumber },
          { label: t({ da: 'Pulje', en: 'Pool' }), value: pool.name },
          { label: t({ da: 'Ansvarlig ansøger', en: 'Lead applicant' }), value: ws.leadApplicant.name },
          { label: t({ da: 'Ansvarlig enhed', en: 'Lead unit' }), value: ws.leadApplicant.unit ?? t({ da: 'Ikke angivet', en: 'Not given' }) },
          { label: t({ da: 'Søgt beløb', en: 'Amount applied for' }), value: formatKroner(a.amountAppliedOere, ctx.locale) },
          ...(summary ? [{ label: t({ da: 'Resumé', en: 'Summary' }), value: summary }] : []),
          { label: t({ da: 'Din status', en: 'Your status' }), value: t(reviewStatusLabel[review.status]) },
        ]}
      />
      <p>
        <a href={paths.applications.show(ids, backTo(ctx.path))}>{t({ da: 'Læs hele ansøgningen', en: 'Read the whole application' })}</a>
      </p>

      {review.status === 'assigned' ? (
        <>
          <h2>{t({ da: 'Habilitet', en: 'Conflict of interest' })}</h2>
          <p>
            {t({
              da: 'Før du giver point, skal du erklære, om du er inhabil i sagen (fx personlig eller økonomisk interesse i ansøger, enhed, medansøgere eller partnere). Disse er involveret:',
              en: 'Before scoring, declare whether you have a conflict of interest (e.g. a personal or financial interest in the applicant, unit, co-applicants or partners). These are involved:',
            })}
          </p>
          <PartiesList ctx={ctx} ws={ws} />
          <PostForm ctx={ctx} action={paths.reviews.conflict(ids)} errors={errors} submit={t({ da: 'Afgiv erklæring', en: 'Submit declaration' })}>
            <Radios
              name="hasConflict"
              legend={t({ da: 'Er du inhabil i denne ansøgning?', en: 'Do you have a conflict of interest in this application?' })}
              error={errors.hasConflict}
              items={[
                { value: 'false', label: t({ da: 'Nej, jeg er habil', en: 'No, I have no conflict' }), checked: valueAt(values, 'hasConflict') === 'false' },
                { value: 'true', label: t({ da: 'Ja, jeg er inhabil', en: 'Yes, I have a conflict' }), checked: valueAt(values, 'hasConflict') === 'true' },
              ]}
            />
            <TextArea
              name="note"
              rows={3}
              label={t({ da: 'Bemærkning', en: 'Note' })}
              hint={t({
                da: 'Skal udfyldes, hvis du er inhabil. Erklærer du dig inhabil, kan du ikke længere læse sagen.',
                en: 'Required if you have a conflict. If you declare a conflict, you can no longer read the case.',
              })}
              value={valueAt(values, 'note')}
              error={errors.note}
            />
          </PostForm>
        </>
      ) : null}

      {review.status === 'accepted' ? (
        <>
          <h2>{t({ da: 'Giv point', en: 'Score' })}</h2>
          {!ws.scoringOpen ? (
            <p>{t({ da: 'Ansøgningen er ikke længere under bedømmelse.', en: 'The application is no longer in review.' })}</p>
          ) : (
            <PostForm
              ctx={ctx}
              action={paths.reviews.workspace(ids)}
              errors={errors}
              hrefs={Object.fromEntries(pool.rubric.criteria.map((c) => [`criteria[${c.key}][score]`, `#criteria-${c.key}-score`]))}
            >
              {review.draftSavedAt ? (
                <Alert variant="info" heading={t({ da: 'Kladde', en: 'Draft' })}>
                  {t({
                    da: `Din kladde blev gemt ${formatDateTime(review.draftSavedAt, 'da')}. Kun du kan se den, og den tæller ikke med, før du afleverer.`,
                    en: `Your draft was saved ${formatDateTime(review.draftSavedAt, 'en')}. Only you can see it, and it does not count until you submit.`,
                  })}
                </Alert>
              ) : null}
              <p>
                {t({
                  da: 'Giv en score og en kommentar for hvert kriterium. "Ikke relevant" tæller ikke med i gennemsnittet. Du kan gemme som kladde og aflevere senere; en kladde ser kun du. Når du har afleveret, kan du se de andre bedømmeres point.',
                  en: 'Give a score and a comment for each criterion. "Not applicable" is left out of the mean. You can save a draft and submit later; only you see a draft. After submitting you can see the other reviewers\' scores.',
                })}
              </p>
              {pool.rubric.criteria.map((c) => {
                const name = `criteria[${c.key}][score]`;
                return (
                  <Fieldset legend={`${t(c.label)} (${t({ da: 'vægt', en: 'weight' })} ${scoreText(c.weight, ctx.locale)})`} legendClass="h3" class="mb-6">
                    {c.knockOutBelow !== undefined ? (
                      <p class="form-hint">
                        {t({
                          da: `En score under ${c.knockOutBelow} markeres som knock-out.`,
                          en: `A score below ${c.knockOutBelow} is flagged as a knock-out.`,
                        })}
                      </p>
                    ) : null}
                    <Radios
                      name={name}
                      legend={t({ da: `Score (${c.scaleMin}–${c.scaleMax})`, en: `Score (${c.scaleMin}–${c.scaleMax})` })}
                      error={errors[name]}
                      items={[
                        ...scaleMeanings(c).map((l) => ({
                          value: String(l.score),
                          label: String(l.score),
                          hint: t(l.meaning),
                          checked: valueAt(values, name) === String(l.score),
                        })),
                        { value: 'na', label: t({ da: 'Ikke relevant', en: 'Not applicable' }), checked: valueAt(values, name) === 'na' },
                      ]}
                    />
                    <TextArea
                      name={`criteria[${c.key}][comment]`}
                      rows={2}
                      label={t({ da: 'Kommentar', en: 'Comment' })}
                      value={valueAt(values, `criteria[${c.key}][comment]`)}
                      error={errors[`criteria[${c.key}][comment]`]}
                    />
                  </Fieldset>
                );
              })}
              <TextArea
                name="overallComment"
                rows={4}
                label={t({ da: 'Samlet kommentar', en: 'Overall comment' })}
                value={valueAt(values, 'overallComment')}
                error={errors.overallComment}
              />
              <div class="button-group">
                <Button variant="primary">{t({ da: 'Aflevér bedømmelsen', en: 'Submit the review' })}</Button>
                <Button variant="secondary" name="intent" value="draft">
                  {t({ da: 'Gem som kladde', en: 'Save as draft' })}
                </Button>
              </div>
            </PostForm>
          )}
        </>
      ) : null}

      {review.status === 'submitted' ? (
        <>
          <h2>{t({ da: 'Din bedømmelse', en: 'Your review' })}</h2>
          <Table
            caption={t({ da: 'Dine point', en: 'Your scores' })}
            captionClass="sr-only"
            columns={[
              { label: t({ da: 'Kriterium', en: 'Criterion' }), rowHeader: true },
              { label: t({ da: 'Score', en: 'Score' }), numeric: true },
              { label: t({ da: 'Kommentar', en: 'Comment' }) },
            ]}
            rows={pool.rubric.criteria.map((c) => {
              const s = review.scores?.[c.key];
              return [
                t(c.label),
                s === 'na' ? t({ da: 'Ikke relevant', en: 'Not applicable' }) : s === undefined ? '–' : String(s),
                review.comments?.[c.key] ?? '',
              ];
            })}
          />
          {ws.score ? (
            <>
              <h2>{t({ da: 'Alle bedømmeres point', en: "All reviewers' scores" })}</h2>
              <ScoreBreakdown
                ctx={ctx}
                rubric={pool.rubric}
                score={ws.score}
                caption={t({ da: 'Point pr. kriterium, alle bedømmere', en: 'Scores per criterion, all reviewers' })}
              />
              {(ws.others ?? []).map((o) => (
                <>
                  <h3>{o.reviewerName}</h3>
                  <ul>
                    {pool.rubric.criteria.map((c) => (
                      <li>
                        {t(c.label)}: {o.scores[c.key] === 'na' ? t({ da: 'ikke relevant', en: 'not applicable' }) : String(o.scores[c.key] ?? '–')}
                        {o.comments[c.key] ? ` – ${o.comments[c.key]}` : ''}
                      </li>
                    ))}
                  </ul>
                  {o.overallComment ? <p>{o.overallComment}</p> : null}
                </>
              ))}
            </>
          ) : null}
        </>
      ) : null}
      {evidence}
    </Layout>
  );
}
