import type { Child } from 'hono/jsx';
import { MATURITIES, maturityLabels } from '../../../domain/catalogue.js';
import { formatDate } from '../../../domain/dates.js';
import { RECOMMENDATIONS, recommendationLabels } from '../../../domain/evaluation.js';
import type { FieldErrors } from '../../../errors.js';
import { paths } from '../../../paths.js';
import type { CatalogueSearchResult } from '../../../usecases/catalogue/list-catalogue-entries.js';
import type { CategoryView } from '../../../usecases/catalogue/list-categories.js';
import { Badge, Button, Select, TextInput } from '../../components/index.js';
import type { PageContext } from '../../page-context.js';
import { CatalogueAdminLinks } from './admin-links.js';
import { Layout } from '../layout.js';

/** The search's query string as typed (kept in the form and in the "next page" link). */
export interface CatalogueQuery {
  q: string;
  categoryId: string;
  maturity: string;
  outcome: string;
  organisationId: string;
  offset: number;
}

export interface CatalogueSearchProps {
  ctx: PageContext;
  query: CatalogueQuery;
  result: CatalogueSearchResult;
  categories: CategoryView[];
  organisations: { id: string; name: string }[];
  errors?: FieldErrors;
}

/**
 * A ts_headline snippet as markup: only its `<b>`/`</b>` markers become <mark>; every other
 * character is text (JSX escapes it), so an entry's own "<script>" stays harmless.
 */
export function Snippet({ text }: { text: string }) {
  const out: Child[] = [];
  let marked = false;
  for (const part of text.split(/(<b>|<\/b>)/)) {
    if (part === '<b>' || part === '</b>') marked = part === '<b>';
    else if (part !== '') out.push(marked ? <mark>{part}</mark> : part);
  }
  return <>{out}</>;
}

/** /katalog: the erfaringskatalog's search (GET form, works without JavaScript) and its results. */
export function CatalogueSearchPage({ ctx, query, result, categories, organisations, errors = {} }: CatalogueSearchProps) {
  const { t } = ctx;
  const title = t({ da: 'Erfaringskatalog', en: 'Experience catalogue' });
  const all = { value: '', label: t({ da: 'Alle', en: 'All' }) };
  const { offset: _offset, ...filters } = query;
  const next = paths.catalogue.index({ ...filters, offset: query.offset + result.entries.length });
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <CatalogueAdminLinks ctx={ctx} />
      <p class="font-lead">
        {t({
          da: 'Find projekter, som andre kommuner har afprøvet, og se hvad de lærte.',
          en: 'Find projects other municipalities have tried, and what they learned.',
        })}
      </p>
      <form method="get" action={paths.catalogue.index()} class="mb-6" role="search">
        <TextInput name="q" type="search" label={t({ da: 'Søg', en: 'Search' })} value={query.q} error={errors.q} />
        <div class="row">
          <div class="col-12 col-md-6 col-lg-3">
            <Select
              name="categoryId"
              label={t({ da: 'Teknologikategori', en: 'Technology category' })}
              value={query.categoryId}
              error={errors.categoryId}
              options={[all, ...categories.map((c) => ({ value: c.id, label: ctx.locale === 'en' ? c.labelEn : c.labelDa }))]}
            />
          </div>
          <div class="col-12 col-md-6 col-lg-3">
            <Select
              name="maturity"
              label={t({ da: 'Modenhed', en: 'Maturity' })}
              value={query.maturity}
              error={errors.maturity}
              options={[all, ...MATURITIES.map((m) => ({ value: m, label: t(maturityLabels[m]) }))]}
            />
          </div>
          <div class="col-12 col-md-6 col-lg-3">
            <Select
              name="outcome"
              label={t({ da: 'Resultat af evalueringen', en: 'Evaluation outcome' })}
              value={query.outcome}
              error={errors.outcome}
              options={[all, ...RECOMMENDATIONS.map((r) => ({ value: r, label: t(recommendationLabels[r]) }))]}
            />
          </div>
          <div class="col-12 col-md-6 col-lg-3">
            <Select
              name="organisationId"
              label={t({ da: 'Kommune', en: 'Municipality' })}
              value={query.organisationId}
              error={errors.organisationId}
              options={[all, ...organisations.map((o) => ({ value: o.id, label: o.name }))]}
            />
          </div>
        </div>
        <Button variant="primary" class="mt-5">
          {t({ da: 'Søg', en: 'Search' })}
        </Button>{' '}
        <a href={paths.catalogue.index()}>{t({ da: 'Nulstil', en: 'Reset' })}</a>
      </form>
      <h2 role="status">
        {result.entries.length === 0
          ? t({ da: 'Ingen projekter matcher søgningen.', en: 'No projects match the search.' })
          : t({
              da: `Resultater ${query.offset + 1}–${query.offset + result.entries.length}`,
              en: `Results ${query.offset + 1}–${query.offset + result.entries.length}`,
            })}
      </h2>
      <ul class="nobullet-list catalogue-results">
        {result.entries.map((e) => (
          <li class="mb-6">
            <h3 class="h4 mb-2">
              <a href={paths.catalogue.show({ catalogueEntryId: e.id })}>{e.title}</a>
            </h3>
            <p class="mt-0 mb-2">
              {e.organisationName}
              {e.unitName ? `, ${e.unitName}` : ''} · {formatDate(e.publishedAt, ctx.locale)}
            </p>
            <p class="mt-0 mb-2">
              <Snippet text={e.snippet} />
            </p>
            <p class="mt-0">
              {e.categoryLabel ? <Badge text={e.categoryLabel} /> : null} {e.maturity ? <Badge text={t(maturityLabels[e.maturity])} /> : null}{' '}
              {e.evaluationOutcome ? <Badge text={t(recommendationLabels[e.evaluationOutcome])} /> : null}
            </p>
          </li>
        ))}
      </ul>
      {result.more ? (
        <p>
          <a href={next}>{t({ da: 'Flere resultater', en: 'More results' })}</a>
        </p>
      ) : null}
    </Layout>
  );
}
