import type { Child } from 'hono/jsx';
import { ADVICE_TOPICS, IDEA_ASSESSMENTS, type AdviceTopic } from '../../../db/schema/applications.js';
import type { Bilingual } from '../../../domain/bilingual.js';
import { formatDateTime } from '../../../domain/dates.js';
import { advisesAsSecretariat } from '../../../policies/applications.js';
import type { IdeaView } from '../../../usecases/applications/get-idea.js';
import type { IdeaSummary } from '../../../usecases/applications/list-ideas.js';
import type { OpenPool } from '../../../usecases/applications/list-open-pools.js';
import { Alert, BackLink, Badge, Button, ButtonLink, Radios, Select, TextArea, TextInput } from '../../components/index.js';
import { PostForm } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { Layout } from '../layout.js';
import { IDEA_ASSESSMENT_LABEL, IDEA_STATUS_LABEL, IdeasTable } from '../applications/views/overview-page.js';
import { NextPageLink } from '../../components/next-page-link.js';

export const TOPIC_LABEL: Record<AdviceTopic, Bilingual> = {
  project_management: { da: 'Projektledelse', en: 'Project management' },
  economy: { da: 'Økonomi', en: 'Economy' },
  law: { da: 'Jura', en: 'Law' },
  communication: { da: 'Kommunikation', en: 'Communication' },
};

export function IdeaListPage({
  ctx,
  ideas,
  canCreate,
  nextPage = null,
}: {
  ctx: PageContext;
  ideas: IdeaSummary[];
  canCreate: boolean;
  nextPage?: string | null;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t({ da: 'Idéer', en: 'Ideas' })}>
      <h1>{t({ da: 'Idéer', en: 'Ideas' })}</h1>
      <p>
        {t({
          da: 'En idé er en kort beskrivelse af et behov og en mulig løsning, som sekretariatet giver faglig sparring på, før der søges.',
          en: 'An idea is a short description of a need and a possible solution that the secretariat advises on before an application.',
        })}
      </p>
      {canCreate ? (
        <p>
          <ButtonLink href={paths.ideas.create()} icon="plus">
            {t({ da: 'Ny idé', en: 'New idea' })}
          </ButtonLink>
        </p>
      ) : null}
      {ideas.length === 0 ? (
        <p>{t({ da: 'Ingen idéer endnu.', en: 'No ideas yet.' })}</p>
      ) : (
        <IdeasTable ctx={ctx} ideas={ideas} caption={t({ da: 'Idéer', en: 'Ideas' })} />
      )}
      <NextPageLink ctx={ctx} href={nextPage} />
    </Layout>
  );
}

export interface NewIdeaValues {
  poolId?: string;
  title?: string;
  summary?: string;
  needAnalysis?: string;
}

export function NewIdeaPage({ ctx, pools, values, errors }: { ctx: PageContext; pools: OpenPool[]; values: NewIdeaValues; errors?: Record<string, string> }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t({ da: 'Ny idé', en: 'New idea' })}>
      <BackLink href={paths.ideas.list()} text={t({ da: 'Idéer', en: 'Ideas' })} />
      <h1>{t({ da: 'Ny idé', en: 'New idea' })}</h1>
      <p>
        {t({
          da: 'Beskriv kort behovet og idéen. Sekretariatet svarer med råd om projektledelse, økonomi, jura og kommunikation.',
          en: 'Briefly describe the need and the idea. The secretariat answers with advice on project management, economy, law and communication.',
        })}
      </p>
      <PostForm
        ctx={ctx}
        action={paths.ideas.create()}
        errors={errors}
        submit={t({ da: 'Send idéen til sekretariatet', en: 'Send the idea to the secretariat' })}
      >
        <Select
          name="poolId"
          label={t({ da: 'Pulje', en: 'Pool' })}
          value={values.poolId}
          error={errors?.poolId}
          options={[{ value: '', label: t({ da: 'Vælg', en: 'Choose' }) }, ...pools.map((p) => ({ value: p.id, label: p.name }))]}
        />
        <TextInput name="title" label={t({ da: 'Idéens titel', en: 'Title of the idea' })} value={values.title} error={errors?.title} />
        <TextArea
          name="summary"
          label={t({ da: 'Kort beskrivelse af idéen', en: 'Short description of the idea' })}
          value={values.summary}
          error={errors?.summary}
          rows={4}
        />
        <TextArea
          name="needAnalysis"
          label={t({ da: 'Behovsanalyse', en: 'Need analysis' })}
          hint={t({ da: 'Hvilket problem skal løses, for hvem, og hvor stort er det?', en: 'Which problem is to be solved, for whom, and how big is it?' })}
          value={values.needAnalysis}
          error={errors?.needAnalysis}
          rows={6}
        />
      </PostForm>
    </Layout>
  );
}

export interface IdeaPageProps {
  ctx: PageContext;
  view: IdeaView;
  /** By form field name. */
  adviceErrors?: Record<string, string>;
  adviceValues?: { topic?: string; body?: string };
  assessErrors?: Record<string, string>;
  assessValues?: { assessment?: string; note?: string };
  /** Evidence from the catalogue (SimilarEntriesPanel), rendered below the idea. */
  evidence?: Child;
}

export function IdeaPage({ ctx, view, adviceErrors, adviceValues, assessErrors, assessValues, evidence }: IdeaPageProps) {
  const { t } = ctx;
  const { idea } = view;
  const ideaId = idea.id;
  const asSecretariat = advisesAsSecretariat(view);
  return (
    <Layout ctx={ctx} title={idea.title}>
      <BackLink
        href={view.isSecretariat ? paths.ideas.list() : paths.applications.list()}
        text={view.isSecretariat ? t({ da: 'Idéer', en: 'Ideas' }) : t({ da: 'Ansøgninger', en: 'Applications' })}
      />
      <span class="h5 mb-0 d-block">{t({ da: 'Idé', en: 'Idea' })}</span>
      <h1 class="mt-2">{idea.title}</h1>
      <p>
        <Badge text={t(IDEA_STATUS_LABEL[idea.status])} variant="info" />{' '}
        {idea.assessment ? (
          <Badge
            text={t(IDEA_ASSESSMENT_LABEL[idea.assessment])}
            variant={idea.assessment === 'promising' ? 'success' : idea.assessment === 'new_angle' ? 'warning' : 'error'}
          />
        ) : null}
      </p>
      <ul class="nobullet-list">
        <li>{t({ da: `Pulje: ${view.poolName}`, en: `Pool: ${view.poolName}` })}</li>
        <li>{t({ da: `Fra: ${view.authorName}`, en: `From: ${view.authorName}` })}</li>
      </ul>
      <h2 class="h3">{t({ da: 'Idéen', en: 'The idea' })}</h2>
      {idea.summary ? <p class="text-pre-line">{idea.summary}</p> : null}
      <h3 class="h4">{t({ da: 'Behovsanalyse', en: 'Need analysis' })}</h3>
      <p class="text-pre-line">{idea.needAnalysis}</p>
      {idea.assessment ? (
        <Alert
          variant={idea.assessment === 'promising' ? 'success' : 'info'}
          heading={t({
            da: `Sekretariatets vurdering: ${t(IDEA_ASSESSMENT_LABEL[idea.assessment])}`,
            en: `The secretariat's assessment: ${t(IDEA_ASSESSMENT_LABEL[idea.assessment])}`,
          })}
          headingLevel="h2"
        >
          {idea.assessmentNote}
        </Alert>
      ) : null}
      {idea.applicationId ? (
        <p>
          <a href={paths.applications.show({ applicationId: idea.applicationId })}>{t({ da: 'Gå til ansøgningen', en: 'Go to the application' })}</a>
        </p>
      ) : null}
      {view.isAuthor && idea.status === 'open' ? (
        <PostForm ctx={ctx} action={paths.ideas.convert({ ideaId })} summary={false}>
          <p>
            {t({
              da: 'Når du er klar, kan idéen blive til en ansøgning. Titel, beskrivelse og behovsanalyse følger med.',
              en: 'When you are ready, the idea can become an application. Title, description and need analysis are carried over.',
            })}
          </p>
          <Button>{t({ da: 'Gør idéen til en ansøgning', en: 'Turn the idea into an application' })}</Button>
        </PostForm>
      ) : null}

      {evidence}
      <h2 class="h3 mt-7">{t({ da: 'Faglig sparring', en: 'Advice' })}</h2>
      {view.thread.length === 0 ? (
        <p>{t({ da: 'Ingen beskeder endnu.', en: 'No messages yet.' })}</p>
      ) : (
        <ol class="advice-thread" id="advice-thread">
          {view.thread.map((n) => (
            <li class={n.fromSecretariat ? 'from-secretariat' : undefined}>
              <p class="mt-0 mb-2">
                <strong>{n.authorName}</strong> {n.fromSecretariat ? t({ da: '(sekretariatet)', en: '(secretariat)' }) : ''} ·{' '}
                {formatDateTime(n.createdAt, ctx.locale)} {n.topic ? <Badge text={t(TOPIC_LABEL[n.topic])} variant="info" /> : null}
              </p>
              <p class="mt-0 text-pre-line">{n.body}</p>
            </li>
          ))}
        </ol>
      )}
      <PostForm ctx={ctx} action={paths.ideas.advise({ ideaId })} errors={adviceErrors}>
        {asSecretariat ? (
          <Radios
            name="topic"
            legend={t({ da: 'Emne', en: 'Topic' })}
            error={adviceErrors?.topic}
            items={ADVICE_TOPICS.map((k) => ({ value: k, label: t(TOPIC_LABEL[k]), checked: adviceValues?.topic === k }))}
          />
        ) : null}
        <TextArea
          name="body"
          label={asSecretariat ? t({ da: 'Råd til ansøgeren', en: 'Advice to the applicant' }) : t({ da: 'Dit svar', en: 'Your reply' })}
          value={adviceValues?.body}
          error={adviceErrors?.body}
          rows={4}
        />
        <Button variant="secondary" icon="send">
          {t({ da: 'Send', en: 'Send' })}
        </Button>
      </PostForm>

      {view.isSecretariat ? (
        <>
          <h2 class="h3 mt-7">{t({ da: 'Vurdering', en: 'Assessment' })}</h2>
          <PostForm ctx={ctx} action={paths.ideas.assess({ ideaId })} errors={assessErrors}>
            <Radios
              name="assessment"
              legend={t({ da: 'Hvordan vurderer sekretariatet idéen?', en: 'How does the secretariat assess the idea?' })}
              error={assessErrors?.assessment}
              items={IDEA_ASSESSMENTS.map((k) => ({
                value: k,
                label: t(IDEA_ASSESSMENT_LABEL[k]),
                checked: (assessValues?.assessment ?? idea.assessment) === k,
              }))}
            />
            <TextArea
              name="note"
              label={t({ da: 'Begrundelse', en: 'Reason' })}
              value={assessValues?.note ?? idea.assessmentNote}
              error={assessErrors?.note}
              rows={3}
            />
            <Button variant="secondary">{t({ da: 'Gem vurdering', en: 'Save assessment' })}</Button>
          </PostForm>
        </>
      ) : null}
    </Layout>
  );
}
