import { Hono } from 'hono';
import { paths } from '../../../paths.js';
import { listCatalogueEntries, type CatalogueSearchResult } from '../../../usecases/catalogue/list-catalogue-entries.js';
import { listCatalogueOrganisations } from '../../../usecases/catalogue/list-catalogue-organisations.js';
import { listCategories } from '../../../usecases/catalogue/list-categories.js';
import type { AppEnv } from '../../env.js';
import { formFailure, type FormFailure } from '../../form-kit/index.js';
import { pageContext } from '../../page-context.js';
import { render } from '../../render.js';
import { entryPageFor } from './entry-page-for.js';
import { cataloguePublishingPages } from './publishing-routes.js';
import { CatalogueSearchPage, type CatalogueQuery } from './search-page.js';
import { readDb } from '../../read-db.js';

/** The catalogue's search and entry pages; both public (an anonymous visitor sees public entries only). */
export function cataloguePages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const p = paths.catalogue;
  // Before the entry page: /katalog/ny and /katalog/kategorier are not entry ids.
  app.route('/', cataloguePublishingPages());

  app.get(p.index.pattern, async (c) => {
    const { db } = c.get('deps');
    const actor = c.get('actor');
    const raw = c.req.query();
    const offset = Number.parseInt(raw.offset ?? '0', 10);
    const query: CatalogueQuery = {
      q: raw.q ?? '',
      categoryId: raw.categoryId ?? '',
      maturity: raw.maturity ?? '',
      outcome: raw.outcome ?? '',
      organisationId: raw.organisationId ?? '',
      offset: Number.isFinite(offset) && offset > 0 ? offset : 0,
    };
    let result: CatalogueSearchResult = { entries: [], more: false };
    let failure: FormFailure | undefined;
    const ctx = pageContext(c);
    try {
      result = await listCatalogueEntries(readDb(c), actor, { ...query, offset: raw.offset });
    } catch (err) {
      // A bad filter is the visitor's typing: the form again with the error at the field, not a 500.
      failure = formFailure(err, ctx, { primaryField: 'q' });
    }
    const [{ categories }, { organisations }] = await Promise.all([listCategories(db), listCatalogueOrganisations(db, actor)]);
    const page = CatalogueSearchPage({ ctx, query, result, categories, organisations, errors: failure?.errors });
    return render(c, page, failure?.status ?? 200);
  });

  app.get(p.show.pattern, async (c) => render(c, await entryPageFor(c, { documentSaved: c.req.query('dokument') === 'tilfoejet' })));
  return app;
}
