import { Breadcrumbs } from '../../components/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import type { Theme } from '../../../usecases/guide/get-theme.js';
import type { ThemeList } from '../../../usecases/guide/list-themes.js';
import { Layout } from '../layout.js';

/** /guide: the organisations that have a citizens' guide. */
export function GuideListPage({ ctx, guides }: { ctx: PageContext; guides: { slug: string; name: string; themeCount: number }[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t({ da: 'Guide til velfærdsteknologi', en: 'Guide to welfare technology' })}>
      <h1>{t({ da: 'Guide til velfærdsteknologi', en: 'Guide to welfare technology' })}</h1>
      <p class="font-lead">
        {t({
          da: 'Find hjælp til hverdagen: teknologi, der kan gøre det lettere at klare sig selv.',
          en: 'Find help for everyday life: technology that makes it easier to manage on your own.',
        })}
      </p>
      <ul>
        {guides.map((g) => (
          <li>
            <a href={paths.guide.index({ organisationSlug: g.slug })}>{g.name}</a>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

/** /guide/:organisationSlug: the themes by problem, in plain Danish. */
export function GuideIndexPage({ ctx, list }: { ctx: PageContext; list: ThemeList }) {
  const { t } = ctx;
  const slug = list.organisation.slug;
  const title = t({ da: `Teknologi der kan hjælpe – ${list.organisation.name}`, en: `Technology that can help – ${list.organisation.name}` });
  return (
    <Layout ctx={ctx} title={title}>
      <Breadcrumbs items={[{ label: t({ da: 'Guide', en: 'Guide' }), href: paths.guide.list() }, { label: list.organisation.name }]} />
      <h1>{title}</h1>
      <p class="font-lead">
        {t({
          da: 'Vælg det, du har svært ved. Så fortæller vi, hvilke slags teknologi der kan hjælpe, og hvor du kan se og prøve dem.',
          en: 'Choose what you find difficult. We tell you which kinds of technology can help, and where you can see and try them.',
        })}
      </p>
      {list.themes.length === 0 ? <p>{t({ da: 'Der er ingen temaer endnu.', en: 'There are no themes yet.' })}</p> : null}
      <ul class="guide-themes">
        {list.themes.map((theme) => (
          <li>
            <h2 class="h3">
              <a href={paths.guide.theme({ organisationSlug: slug, themeSlug: theme.slug })}>{theme.title}</a>
            </h2>
            <p>{theme.problem}</p>
          </li>
        ))}
      </ul>
      {list.mayEdit ? (
        <p>
          <a href={paths.guide.newTheme({ organisationSlug: slug })}>{t({ da: 'Skriv et nyt tema', en: 'Write a new theme' })}</a>
        </p>
      ) : null}
    </Layout>
  );
}

/** /guide/:organisationSlug/:themeSlug: kinds of technology, where to try them, public catalogue entries. */
export function GuideThemePage({ ctx, theme }: { ctx: PageContext; theme: Theme }) {
  const { t } = ctx;
  const org = theme.organisation;
  return (
    <Layout ctx={ctx} title={theme.title}>
      <Breadcrumbs
        items={[
          { label: t({ da: 'Guide', en: 'Guide' }), href: paths.guide.list() },
          { label: org.name, href: paths.guide.index({ organisationSlug: org.slug }) },
          { label: theme.title },
        ]}
      />
      <h1>{theme.title}</h1>
      <p class="font-lead">{theme.problem}</p>
      <h2>{t({ da: 'Teknologi der kan hjælpe', en: 'Technology that can help' })}</h2>
      {theme.technologies.map((tech) => (
        <>
          <h3>{tech.name}</h3>
          <p>{tech.description}</p>
        </>
      ))}
      {theme.whereToTry ? (
        <>
          <h2>{t({ da: 'Her kan du se og prøve det', en: 'Where you can see and try it' })}</h2>
          {theme.whereToTry.split(/\n{2,}/).map((para) => (
            <p>{para}</p>
          ))}
        </>
      ) : null}
      {theme.entries.length > 0 ? (
        <>
          <h2>{t({ da: 'Erfaringer fra kommunerne', en: 'Experience from the municipalities' })}</h2>
          <ul>
            {theme.entries.map((e) => (
              <li>
                <a href={paths.catalogue.show({ catalogueEntryId: e.id })}>{e.title}</a> ({e.municipality}){e.summary ? ` – ${e.summary}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {theme.mayEdit ? (
        <p>
          <a href={paths.guide.editTheme({ organisationSlug: org.slug, themeSlug: theme.slug })}>{t({ da: 'Redigér temaet', en: 'Edit the theme' })}</a>
        </p>
      ) : null}
    </Layout>
  );
}
