import { Hono, type Context } from 'hono';
import { paths } from '../../../paths.js';
import { can } from '../../../policies/authorize.js';
import { getImportBatch, listImportBatches } from '../../../usecases/imports/get-import-batch.js';
import { importProjects, previewImport } from '../../../usecases/imports/run-import.js';
import { uploadImport } from '../../../usecases/imports/upload-import.js';
import type { Actor } from '../../../usecases/shared/actor.js';
import type { AppEnv } from '../../env.js';
import { formFailure, readForm, renderAgain } from '../../form-kit/index.js';
import { pageContext } from '../../page-context.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { ImportBatchPage, ImportIndexPage } from './import-pages.js';

type C = Context<AppEnv>;
const p = paths.imports;
const db = (c: C) => c.get('deps').db;
const importOrganisations = (actor: Actor) => {
  const seen = new Map<string, string>();
  for (const m of actor.memberships) if (can(actor, 'import.run', m.organisationId)) seen.set(m.organisationId, m.organisationName);
  return [...seen].map(([id, name]) => ({ id, name }));
};

/** The batch page: the saved mapping's preview, or (after a refusal) the posted values and the errors. */
async function batchPage(c: C, actor: Actor, extra: { values?: Record<string, unknown>; errors?: Record<string, string> } = {}) {
  const batchId = c.req.param('batchId') ?? '';
  const batch = await getImportBatch(db(c), actor, { batchId });
  const { result, mappingErrors } = await previewImport(db(c), actor, { batchId });
  return ImportBatchPage({ ctx: pageContext(c), batch, preview: result, mappingErrors, imported: c.req.query('importeret') === '1', ...extra });
}

/** Import of older projects: upload, mapping and preview, import. */
export function importPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const indexPage = async (c: C, actor: Actor, extra: { values?: Record<string, unknown>; errors?: Record<string, string> } = {}) =>
    ImportIndexPage({ ctx: pageContext(c), organisations: importOrganisations(actor), batches: await listImportBatches(db(c), actor), ...extra });
  app.get(p.index.pattern, async (c) => render(c, await indexPage(c, requireActor(c))));
  app.post(p.index.pattern, async (c) => {
    const actor = requireActor(c);
    const form = await readForm(c);
    const file = form.files.file?.[0];
    try {
      const { batchId } = await uploadImport(
        db(c),
        actor,
        { organisationId: form.values.organisationId, fileName: file?.name ?? '', data: file ? new Uint8Array(await file.arrayBuffer()) : undefined },
        { maxBytes: c.get('deps').config.maxUploadBytes },
      );
      return c.redirect(p.batch({ batchId }), 303);
    } catch (err) {
      const failure = formFailure(err, pageContext(c), { primaryField: 'file', rename: { fileName: 'file', data: 'file' } });
      return renderAgain(c, await indexPage(c, actor, { values: form.values, errors: failure.errors }), failure);
    }
  });
  app.get(p.batch.pattern, async (c) => render(c, await batchPage(c, requireActor(c))));
  app.post(p.batch.pattern, async (c) => {
    const actor = requireActor(c);
    const batchId = c.req.param('batchId') ?? '';
    await getImportBatch(db(c), actor, { batchId }); // 404 for another tenant before reading the form
    const { values } = await readForm(c);
    try {
      await importProjects(db(c), actor, {
        batchId,
        mapping: values.mapping ?? {},
        sheet: typeof values.sheet === 'string' ? values.sheet : undefined,
        dryRun: true,
      });
      return c.redirect(p.batch({ batchId }), 303);
    } catch (err) {
      const failure = formFailure(err, pageContext(c), {
        primaryField: 'mapping[title]',
        rename: (path: string) => path.replace(/^mapping\.(\w+)$/, 'mapping[$1]'),
      });
      return renderAgain(c, await batchPage(c, actor, { values, errors: failure.errors }), failure);
    }
  });
  app.post(p.run.pattern, async (c) => {
    const actor = requireActor(c);
    const batchId = c.req.param('batchId') ?? '';
    try {
      await importProjects(db(c), actor, { batchId });
      return c.redirect(p.batch({ batchId }, { importeret: 1 }), 303);
    } catch (err) {
      const failure = formFailure(err, pageContext(c), { primaryField: 'mapping[title]' });
      // The row errors are on the page already (the preview); the summary says nothing was imported.
      return renderAgain(c, await batchPage(c, actor, { errors: failure.errors }), failure);
    }
  });
  return app;
}
