import { Hono, type Context } from 'hono';
import { paths } from '../../../paths.js';
import { deleteCatalogueDocument, getCatalogueDocument, uploadCatalogueDocument } from '../../../usecases/catalogue/catalogue-documents.js';
import { createHistoryEntry } from '../../../usecases/catalogue/create-history-entry.js';
import { loadEditableEntry } from '../../../usecases/catalogue/editable-entry.js';
import { listCategories } from '../../../usecases/catalogue/list-categories.js';
import { getPoolCategoryMapping, savePoolCategoryMapping } from '../../../usecases/catalogue/pool-category-mapping.js';
import { getPublishForm, publishCatalogueEntry } from '../../../usecases/catalogue/publish-catalogue-entry.js';
import { listAllCategories, saveCategory } from '../../../usecases/catalogue/save-category.js';
import { updateCatalogueEntry } from '../../../usecases/catalogue/update-catalogue-entry.js';
import { historyOrganisationOf } from '../../../usecases/catalogue/create-history-entry.js';
import type { AppEnv } from '../../env.js';
import { formFailure, formPost, readForm, renderAgain } from '../../form-kit/index.js';
import { pageContext } from '../../page-context.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { attachmentResponse } from '../applications/download.js';
import { CategoriesPage, PoolCategoriesPage } from './category-views.js';
import { entryFormRename, entryFormValues, entryInputOf } from './entry-form.js';
import { entryPageFor } from './entry-page-for.js';
import { EditEntryPage, HistoryEntryPage, PublishEntryPage } from './publishing-views.js';

type C = Context<AppEnv>;
const db = (c: C) => c.get('deps').db;
const p = paths.catalogue;
const param = (c: C, name: string) => c.req.param(name) ?? '';
const categoriesOf = async (c: C) => (await listCategories(db(c))).categories;
const emptyEntry = { visibility: 'organisation' };

/**
 * Publishing from a project, editing, older projects, documents, the shared categories and a pool's
 * mapping. Mounted before the entry page, so `/katalog/ny` and `/katalog/kategorier` are not read as an entry id.
 */
export function cataloguePublishingPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  // ── Older project (history entry) ──
  app.get(p.newHistory.pattern, async (c) => {
    historyOrganisationOf(requireActor(c));
    return render(c, HistoryEntryPage({ ctx: pageContext(c), categories: await categoriesOf(c), values: emptyEntry }));
  });
  app.post(
    p.newHistory.pattern,
    formPost({
      failure: { primaryField: 'title', rename: entryFormRename },
      run: async (actor, f, c) => {
        const { catalogueEntryId } = await createHistoryEntry(db(c), actor, entryInputOf(f, { money: true }));
        return p.show({ catalogueEntryId });
      },
      again: async (_a, form, c) => HistoryEntryPage({ ctx: pageContext(c), categories: await categoriesOf(c), ...form }),
    }),
  );

  // ── Categories (installation admins) ──
  app.get(p.categories.pattern, async (c) =>
    render(c, CategoriesPage({ ctx: pageContext(c), categories: await listAllCategories(db(c), requireActor(c)), saved: c.req.query('gemt') === '1' })),
  );
  app.post(
    p.categories.pattern,
    formPost({
      failure: { primaryField: 'labelDa' },
      run: async (actor, f, c) => {
        await saveCategory(db(c), actor, {
          categoryId: f.text('categoryId'),
          key: f.optionalText('key'),
          labelDa: f.text('labelDa'),
          labelEn: f.text('labelEn'),
          description: f.text('description'),
          archived: f.text('archived') === 'on',
        });
        return p.categories({ gemt: 1 });
      },
      again: async (actor, form, c) =>
        CategoriesPage({
          ctx: pageContext(c),
          categories: await listAllCategories(db(c), actor),
          posted: { formId: typeof form.values.categoryId === 'string' && form.values.categoryId ? form.values.categoryId : 'new', ...form },
        }),
    }),
  );

  // ── Publish from a project ──
  app.get(p.publish.pattern, async (c) => {
    const form = await getPublishForm(db(c), requireActor(c), { applicationId: param(c, 'applicationId') });
    if (form.existingEntryId) return c.redirect(p.edit({ catalogueEntryId: form.existingEntryId }), 303);
    return render(
      c,
      PublishEntryPage({
        ctx: pageContext(c),
        applicationId: param(c, 'applicationId'),
        projectTitle: form.title,
        categories: await categoriesOf(c),
        values: entryFormValues(form.fields),
      }),
    );
  });
  app.post(
    p.publish.pattern,
    formPost({
      failure: { primaryField: 'title', rename: entryFormRename },
      run: async (actor, f, c) => {
        const { catalogueEntryId } = await publishCatalogueEntry(db(c), actor, {
          applicationId: param(c, 'applicationId'),
          ...entryInputOf(f, { money: false }),
        });
        return p.show({ catalogueEntryId });
      },
      again: async (actor, form, c) => {
        const loaded = await getPublishForm(db(c), actor, { applicationId: param(c, 'applicationId') });
        return PublishEntryPage({
          ctx: pageContext(c),
          applicationId: param(c, 'applicationId'),
          projectTitle: loaded.title,
          categories: await categoriesOf(c),
          ...form,
        });
      },
    }),
  );

  // ── Edit ──
  app.get(p.edit.pattern, async (c) => {
    const entry = await loadEditableEntry(db(c), requireActor(c), param(c, 'catalogueEntryId'));
    return render(
      c,
      EditEntryPage({
        ctx: pageContext(c),
        entryId: entry.id,
        entryTitle: entry.title,
        money: entry.source !== 'project',
        categories: await categoriesOf(c),
        values: entryFormValues(entry, entry),
      }),
    );
  });
  app.post(
    p.edit.pattern,
    formPost({
      failure: { primaryField: 'title', rename: entryFormRename },
      run: async (actor, f, c) => {
        const entry = await loadEditableEntry(db(c), actor, param(c, 'catalogueEntryId'));
        await updateCatalogueEntry(db(c), actor, { catalogueEntryId: entry.id, ...entryInputOf(f, { money: entry.source !== 'project' }) });
        return p.show({ catalogueEntryId: entry.id });
      },
      again: async (actor, form, c) => {
        const entry = await loadEditableEntry(db(c), actor, param(c, 'catalogueEntryId'));
        return EditEntryPage({
          ctx: pageContext(c),
          entryId: entry.id,
          entryTitle: entry.title,
          money: entry.source !== 'project',
          categories: await categoriesOf(c),
          ...form,
        });
      },
    }),
  );

  // ── Documents ──
  app.post(p.documents.pattern, async (c) => {
    const actor = requireActor(c);
    const catalogueEntryId = param(c, 'catalogueEntryId');
    const form = await readForm(c);
    const file = form.files.file?.[0];
    try {
      const data = file ? new Uint8Array(await file.arrayBuffer()) : undefined;
      await uploadCatalogueDocument(db(c), actor, { catalogueEntryId, fileName: file?.name ?? '', data }, { maxBytes: c.get('deps').config.maxUploadBytes });
      return c.redirect(p.show({ catalogueEntryId }, { dokument: 'tilfoejet' }), 303);
    } catch (err) {
      const failure = formFailure(err, pageContext(c), { primaryField: 'file', rename: { fileName: 'file', data: 'file' } });
      // The entry page again, with the message under the file field (413/415/422 kept).
      return renderAgain(c, await entryPageFor(c, { documentErrors: failure.errors }), failure);
    }
  });
  app.get(p.document.pattern, async (c) =>
    attachmentResponse(
      c,
      await getCatalogueDocument(db(c), c.get('actor'), { catalogueEntryId: param(c, 'catalogueEntryId'), documentId: param(c, 'documentId') }),
    ),
  );
  app.post(p.deleteDocument.pattern, async (c) => {
    const catalogueEntryId = param(c, 'catalogueEntryId');
    await deleteCatalogueDocument(db(c), requireActor(c), { catalogueEntryId, documentId: param(c, 'documentId') });
    return c.redirect(p.show({ catalogueEntryId }), 303);
  });

  // ── A pool's mapping (the pool's secretariat) ──
  app.get(p.poolCategories.pattern, async (c) => {
    const view = await getPoolCategoryMapping(db(c), requireActor(c), { poolId: param(c, 'poolId') });
    return render(c, PoolCategoriesPage({ ctx: pageContext(c), view, categories: await categoriesOf(c), saved: c.req.query('gemt') === '1' }));
  });
  app.post(
    p.poolCategories.pattern,
    formPost({
      failure: { primaryField: 'mappings' },
      run: async (actor, f, c) => {
        const raw = f.raw('mappings');
        const mappings: Record<string, string> = {};
        if (raw && typeof raw === 'object') for (const [k, v] of Object.entries(raw)) mappings[k] = typeof v === 'string' ? v : '';
        await savePoolCategoryMapping(db(c), actor, { poolId: param(c, 'poolId'), mappings });
        return p.poolCategories({ poolId: param(c, 'poolId') }, { gemt: 1 });
      },
      again: async (actor, form, c) =>
        PoolCategoriesPage({
          ctx: pageContext(c),
          view: await getPoolCategoryMapping(db(c), actor, { poolId: param(c, 'poolId') }),
          categories: await categoriesOf(c),
          ...form,
        }),
    }),
  );
  return app;
}
