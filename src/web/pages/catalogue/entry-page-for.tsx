import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { loadCatalogueViewer } from '../../../policies/catalogue.js';
import { listCatalogueDocuments } from '../../../usecases/catalogue/catalogue-documents.js';
import { mayEditEntry } from '../../../usecases/catalogue/editable-entry.js';
import { loadEntrySharing } from '../../../usecases/catalogue/entry-sharing.js';
import { getCatalogueEntry } from '../../../usecases/catalogue/get-catalogue-entry.js';
import type { AppEnv } from '../../env.js';
import { pageContext } from '../../page-context.js';
import { CatalogueEntryPage } from './entry-page.js';
import { EntryDocumentsSection } from './publishing-views.js';

/** The entry page as the viewer may see it, with its documents (and the upload form's errors after a refused upload). */
export async function entryPageFor(c: Context<AppEnv>, opts: { documentErrors?: Record<string, string>; documentSaved?: boolean } = {}): Promise<Child> {
  const { db, config } = c.get('deps');
  const actor = c.get('actor');
  const viewer = await loadCatalogueViewer(db, actor);
  const entry = await getCatalogueEntry(db, actor, { entryId: c.req.param('catalogueEntryId') }, viewer);
  const sharing = await loadEntrySharing(db, actor, viewer, entry.id);
  const ctx = pageContext(c);
  const mayEdit = await mayEditEntry(db, actor, entry);
  const documents = EntryDocumentsSection({
    ctx,
    entryId: entry.id,
    documents: await listCatalogueDocuments(db, entry.id),
    mayEdit,
    maxBytes: config.maxUploadBytes,
    errors: opts.documentErrors,
    saved: opts.documentSaved,
  });
  return CatalogueEntryPage({ ctx, entry, sharing, documents, mayEdit });
}
