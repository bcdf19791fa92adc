import { formatDate } from '../../../domain/dates.js';
import { formatKroner } from '../../../domain/money.js';
import type { MyReviewRow, ReviewWorkspace } from '../../../usecases/assessment/review-workspace.js';
import { Alert, Fieldset, Radios, StructuredList, Table, TextArea } from '../../components/index.js';
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

/** One assigned application: declare conflict of interest, then score per criterion; after submitting, everyone's scores. */
export function ReviewPage({ ctx, ws, form = {} }: { ctx: PageContext; ws: ReviewWorkspace; form?: ReviewFormState }) {
  const { t } = ctx;
  const { application: a, pool, review } = ws;
  const ids = { applicationId: a.id };
  const errors = form.errors ?? {};
  const values = form.values ?? {};
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
              da: 'Før du giver point, skal du erklære, om du er inhabil i sagen (fx personlig eller økonomisk interesse i ansøger eller leverandør).',
              en: 'Before scoring, declare whether you have a conflict of interest (e.g. a personal or financial interest in the applicant or supplier).',
            })}
          </p>
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
              hint={t({ da: 'Skal udfyldes, hvis du er inhabil.', en: 'Required if you have a conflict.' })}
              value={valueAt(values, 'note')}
              error={errors.note}
            />
          </PostForm>
        </>
      ) : null}

      {review.status === 'conflict' ? (
        <Alert variant="info" heading={t({ da: 'Du har erklæret dig inhabil', en: 'You declared a conflict of interest' })}>
          {t({
            da: 'Du er taget af sagen, og sekretariatet tildeler en anden bedømmer.',
            en: 'You have been removed from the case; the secretariat will assign another reviewer.',
          })}
        </Alert>
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
              submit={t({ da: 'Aflevér bedømmelsen', en: 'Submit the review' })}
            >
              <p>
                {t({
                  da: 'Giv en score og en kommentar for hvert kriterium. "Ikke relevant" tæller ikke med i gennemsnittet. Når du har afleveret, kan du se de andre bedømmeres point.',
                  en: 'Give a score and a comment for each criterion. "Not applicable" is left out of the mean. After submitting you can see the other reviewers\' scores.',
                })}
              </p>
              {pool.rubric.criteria.map((c) => {
                const name = `criteria[${c.key}][score]`;
                const scale: number[] = [];
                for (let s = c.scaleMin; s <= c.scaleMax; s++) scale.push(s);
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
                      legend={t({ da: 'Score', en: 'Score' })}
                      error={errors[name]}
                      items={[
                        ...scale.map((s) => ({ value: String(s), label: String(s), checked: valueAt(values, name) === String(s) })),
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
    </Layout>
  );
}
