import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, catalogueEntries } from '../../src/db/schema/index.js';
import { createHistoryEntry } from '../../src/usecases/catalogue/create-history-entry.js';
import { getCatalogueDocument, uploadCatalogueDocument } from '../../src/usecases/catalogue/catalogue-documents.js';
import { publishCatalogueEntry } from '../../src/usecases/catalogue/publish-catalogue-entry.js';
import { updateCatalogueEntry } from '../../src/usecases/catalogue/update-catalogue-entry.js';
import { startProject } from '../../src/usecases/projects/start-project.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { expectRefusal } from '../support/expect-refusal.js';
import { buildProject } from '../support/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp('demo');
});
afterAll(() => t?.close());

const started = async (title: string) => {
  const { applicationId } = await buildProject(t.db, 'horsens', { title });
  await startProject(t.db, await t.actor('sekretariat@horsens.demo'), { applicationId, startedOn: '2026-01-15' });
  return applicationId;
};
const fields = { title: 'Skærmbesøg', summary: 'Borgere får besøg på skærm', visibility: 'organisation' };

describe('publishCatalogueEntry', () => {
  it('the project lead publishes, prefilled measured fields; a second publish is refused', async () => {
    const applicationId = await started('Skærmbesøg (lead)');
    const { catalogueEntryId } = await publishCatalogueEntry(t.db, await t.actor('ansoeger@horsens.demo'), { applicationId, ...fields });
    const [row] = await t.db.select().from(catalogueEntries).where(eq(catalogueEntries.id, catalogueEntryId));
    expect(row?.source).toBe('project');
    expect(row?.applicationId).toBe(applicationId);
    expect(row?.phase).not.toBe('');
    await expectRefusal(publishCatalogueEntry(t.db, await t.actor('sekretariat@horsens.demo'), { applicationId, ...fields }), 'ALREADY_EXISTS');
  });

  it('the secretariat publishes; other roles are refused, other organisations get 404', async () => {
    const applicationId = await started('Skærmbesøg (sekretariat)');
    await expectRefusal(publishCatalogueEntry(t.db, await t.actor('oekonomi@horsens.demo'), { applicationId, ...fields }), 'FORBIDDEN');
    await expectRefusal(publishCatalogueEntry(t.db, await t.actor('sekretariat@vejle.demo'), { applicationId, ...fields }), 'NOT_FOUND');
    const { catalogueEntryId } = await publishCatalogueEntry(t.db, await t.actor('sekretariat@horsens.demo'), { applicationId, ...fields });
    expect(catalogueEntryId).toBeTruthy();
  });

  it('a visibility change is audited as such', async () => {
    const applicationId = await started('Skærmbesøg (synlighed)');
    const actor = await t.actor('sekretariat@horsens.demo');
    const { catalogueEntryId } = await publishCatalogueEntry(t.db, actor, { applicationId, ...fields });
    await updateCatalogueEntry(t.db, actor, { catalogueEntryId, ...fields, visibility: 'public' });
    const events = await t.db.select().from(auditEvents).where(eq(auditEvents.objectId, catalogueEntryId));
    expect(events.map((e) => e.action)).toContain('catalogue.visibility_changed');
  });
});

describe('history entries and documents', () => {
  it('creates a history entry with money in øre; documents follow the entry visibility', async () => {
    const actor = await t.actor('sekretariat@horsens.demo');
    const { catalogueEntryId } = await createHistoryEntry(t.db, actor, { ...fields, spentOere: 250_000_00 });
    const [row] = await t.db.select().from(catalogueEntries).where(eq(catalogueEntries.id, catalogueEntryId));
    expect(row?.source).toBe('history');
    expect(row?.spentOere).toBe(250_000_00);
    const doc = await uploadCatalogueDocument(
      t.db,
      actor,
      { catalogueEntryId, fileName: 'rapport.pdf', data: new TextEncoder().encode('%PDF-1.4\n%%EOF\n') },
      { maxBytes: 1024 * 1024 },
    );
    expect((await getCatalogueDocument(t.db, actor, { catalogueEntryId, documentId: doc.id })).fileName).toBe('rapport.pdf');
    await expectRefusal(getCatalogueDocument(t.db, null, { catalogueEntryId, documentId: doc.id }), 'NOT_FOUND');
    await expectRefusal(getCatalogueDocument(t.db, await t.actor('ansoeger@aarhus.demo'), { catalogueEntryId, documentId: doc.id }), 'NOT_FOUND');
  });
});
