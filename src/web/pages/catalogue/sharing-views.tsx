import { experienceKindLabels, EXPERIENCE_KINDS } from '../../../domain/network-platform.js';
import { formatDateTime } from '../../../domain/dates.js';
import { paths } from '../../../paths.js';
import type { AdoptionForm } from '../../../usecases/catalogue/get-adoption-form.js';
import type { ExperienceThread } from '../../../usecases/network/experiences.js';
import type { ExperiencesView } from '../../../usecases/network/list-experiences.js';
import { Badge, BackLink, Radios, Select, TextArea, TextInput } from '../../components/index.js';
import { PostForm, valueAt } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { Layout } from '../layout.js';

type Form = { values?: Record<string, unknown>; errors?: Record<string, string> };

/** /katalog/:catalogueEntryId/brug — start an idea in one's own organisation from the entry. */
export function AdoptPage({ ctx, form, values, errors = {} }: { ctx: PageContext; form: AdoptionForm } & Form) {
  const { t } = ctx;
  const e = form.entry;
  const v = (n: string, d: string) => (values ? String(valueAt(values, n) ?? '') : d);
  return (
    <Layout ctx={ctx} title={t({ da: 'Brug dette projekt', en: 'Use this project' })}>
      <BackLink href={paths.catalogue.show({ catalogueEntryId: e.id })} text={e.title} />
      <h1>{t({ da: 'Brug dette projekt', en: 'Use this project' })}</h1>
      <p>
        {t({
          da: `Start en idé i din egen organisation ud fra "${e.title}". Teksten er udfyldt fra katalogindgangen; ret den til jeres behov.`,
          en: `Start an idea in your own organisation from "${e.title}". The text is filled in from the catalogue entry; adapt it to your needs.`,
        })}
      </p>
      {form.pools.length === 0 ? (
        <p>
          {t({ da: 'Din organisation har ingen åbne puljer, du kan sende en idé til.', en: 'Your organisation has no open pools you can send an idea to.' })}
        </p>
      ) : (
        <PostForm
          ctx={ctx}
          action={paths.catalogueSharing.adopt({ catalogueEntryId: e.id })}
          errors={errors}
          submit={t({ da: 'Send idéen', en: 'Send the idea' })}
        >
          <Select
            name="poolId"
            label={t({ da: 'Pulje', en: 'Pool' })}
            value={v('poolId', form.pools.length === 1 ? (form.pools[0]?.id ?? '') : '')}
            error={errors.poolId}
            options={[{ value: '', label: t({ da: 'Vælg en pulje', en: 'Choose a pool' }) }, ...form.pools.map((p) => ({ value: p.id, label: p.name }))]}
          />
          <TextInput name="title" label={t({ da: 'Titel', en: 'Title' })} value={v('title', e.title)} error={errors.title} />
          <TextArea
            name="summary"
            label={t({ da: 'Kort beskrivelse', en: 'Short description' })}
            rows={4}
            value={v('summary', e.summary)}
            error={errors.summary}
          />
          <TextArea
            name="needAnalysis"
            label={t({ da: 'Behovsanalyse', en: 'Need analysis' })}
            rows={6}
            value={v('needAnalysis', e.problem)}
            error={errors.needAnalysis}
          />
        </PostForm>
      )}
    </Layout>
  );
}

export function ExperienceList({ ctx, threads }: { ctx: PageContext; threads: ExperienceThread[] }) {
  const { t } = ctx;
  if (threads.length === 0) return <p>{t({ da: 'Ingen indlæg endnu.', en: 'No posts yet.' })}</p>;
  const one = (p: ExperienceThread | ExperienceThread['replies'][number]) => (
    <>
      <p class="mt-0 mb-2">
        <Badge text={t(experienceKindLabels[p.kind])} variant="info" /> <strong>{p.authorName}</strong>, {p.organisationName} ·{' '}
        {formatDateTime(p.createdAt, ctx.locale)}
      </p>
      <p class="text-pre-line mt-0">{p.body}</p>
    </>
  );
  return (
    <ol class="nobullet-list">
      {threads.map((th) => (
        <li class="mb-5">
          {one(th)}
          {th.replies.length > 0 ? (
            <ol class="nobullet-list ml-6">
              {th.replies.map((r) => (
                <li>{one(r)}</li>
              ))}
            </ol>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/** /katalog/:catalogueEntryId/erfaringer — the posts and the form to write one. */
export function ExperiencesPage({ ctx, view, values = {}, errors = {} }: { ctx: PageContext; view: ExperiencesView } & Form) {
  const { t } = ctx;
  const e = view.entry;
  return (
    <Layout ctx={ctx} title={t({ da: `Erfaringer: ${e.title}`, en: `Experiences: ${e.title}` })}>
      <BackLink href={paths.catalogue.show({ catalogueEntryId: e.id })} text={e.title} />
      <h1>{t({ da: `Erfaringer: ${e.title}`, en: `Experiences: ${e.title}` })}</h1>
      {e.summary ? <p>{e.summary}</p> : null}
      <ExperienceList ctx={ctx} threads={view.threads} />
      {view.mayPost ? (
        <>
          <h2>{t({ da: 'Skriv et indlæg', en: 'Write a post' })}</h2>
          <PostForm
            ctx={ctx}
            action={paths.catalogueSharing.experiences({ catalogueEntryId: e.id })}
            errors={errors}
            submit={t({ da: 'Send indlægget', en: 'Send the post' })}
          >
            <Radios
              name="kind"
              legend={t({ da: 'Hvad vil du skrive?', en: 'What do you want to write?' })}
              error={errors.kind}
              items={EXPERIENCE_KINDS.map((k) => ({ value: k, label: t(experienceKindLabels[k]), checked: valueAt(values, 'kind') === k }))}
            />
            {view.threads.length > 0 ? (
              <Select
                name="replyToId"
                label={t({ da: 'Svar på (valgfrit)', en: 'Reply to (optional)' })}
                value={String(valueAt(values, 'replyToId') ?? '')}
                error={errors.replyToId}
                options={[
                  { value: '', label: t({ da: 'Et nyt emne', en: 'A new topic' }) },
                  ...view.threads.map((th) => ({ value: th.id, label: `${th.authorName}: ${th.body.slice(0, 60)}` })),
                ]}
              />
            ) : null}
            <TextArea name="body" label={t({ da: 'Indlæg', en: 'Post' })} rows={5} value={String(valueAt(values, 'body') ?? '')} error={errors.body} />
          </PostForm>
        </>
      ) : null}
    </Layout>
  );
}
