import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { catalogueEntryDocuments } from '../../db/schema/catalogue.js';
import { detectAttachmentType } from '../../domain/attachment-types.js';
import { isUuid } from '../../domain/ids.js';
import { AppError, notFound } from '../../errors.js';
import { loadCatalogueViewer } from '../../policies/catalogue.js';
import { tooLarge, wrongType } from '../applications/upload-attachment.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { loadEditableEntry } from './editable-entry.js';
import { loadVisibleEntry } from './shared-entry.js';

export const uploadCatalogueDocumentSchema = z.object({
  catalogueEntryId: z.string(),
  fileName: z.string({ error: 'Vælg en fil' }).trim().min(1, { error: 'Vælg en fil' }).max(255, { error: 'Filnavnet er for langt (højst 255 tegn)' }),
  data: z.instanceof(Uint8Array, { error: 'Vælg en fil' }),
});
const documentRefSchema = z.object({ catalogueEntryId: z.string(), documentId: z.string() });

export interface CatalogueDocumentInfo {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  createdAt: string;
}

/**
 * Attach a document (report, guide, photo) to an entry, by those who may edit it. The same checks
 * as an application's attachments: the configured size limit, the type from the file's first bytes.
 */
export async function uploadCatalogueDocument(db: Db, actor: Actor, input: unknown, opts: { maxBytes: number }): Promise<CatalogueDocumentInfo> {
  const data = parseInput(uploadCatalogueDocumentSchema.pick({ catalogueEntryId: true }), input);
  return db.transaction(async (tx) => {
    const entry = await loadEditableEntry(tx, actor, data.catalogueEntryId, { forUpdate: true });
    const file = parseInput(uploadCatalogueDocumentSchema, input);
    if (file.data.byteLength === 0) throw new AppError('VALIDATION_FAILED', { fields: { file: `Filen "${file.fileName}" er tom` } });
    if (file.data.byteLength > opts.maxBytes) throw tooLarge(file.fileName, file.data.byteLength, opts.maxBytes);
    const contentType = detectAttachmentType(file.fileName, file.data);
    if (!contentType) throw wrongType(file.fileName);
    const [row] = await tx
      .insert(catalogueEntryDocuments)
      .values({ entryId: entry.id, filename: file.fileName, contentType, sizeBytes: file.data.byteLength, content: file.data, uploadedByUserId: actor.userId })
      .returning({ id: catalogueEntryDocuments.id, createdAt: catalogueEntryDocuments.createdAt });
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, actor, {
      action: 'catalogue.document_added',
      objectType: 'catalogue_entry',
      objectId: entry.id,
      organisationId: entry.organisationId,
      after: { documentId: row.id, fileName: file.fileName, contentType, sizeBytes: file.data.byteLength },
    });
    return { id: row.id, filename: file.fileName, contentType, sizeBytes: file.data.byteLength, createdAt: row.createdAt.toISOString() };
  });
}

/** The documents of an entry (the caller has already been shown the entry). */
export async function listCatalogueDocuments(db: Db, entryId: string): Promise<CatalogueDocumentInfo[]> {
  const rows = await db
    .select({
      id: catalogueEntryDocuments.id,
      filename: catalogueEntryDocuments.filename,
      contentType: catalogueEntryDocuments.contentType,
      sizeBytes: catalogueEntryDocuments.sizeBytes,
      createdAt: catalogueEntryDocuments.createdAt,
    })
    .from(catalogueEntryDocuments)
    .where(eq(catalogueEntryDocuments.entryId, entryId))
    .orderBy(asc(catalogueEntryDocuments.createdAt));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

/** A document as a download, for anyone who may see the entry (a public entry's: anyone); else NOT_FOUND. */
export async function getCatalogueDocument(db: Db, actor: Actor | null, input: unknown): Promise<{ fileName: string; contentType: string; data: Uint8Array }> {
  const { catalogueEntryId, documentId } = parseInput(documentRefSchema, input);
  const viewer = await loadCatalogueViewer(db, actor);
  const { entry } = await loadVisibleEntry(db, viewer, catalogueEntryId);
  if (!isUuid(documentId)) throw notFound();
  const [row] = await db
    .select({ fileName: catalogueEntryDocuments.filename, contentType: catalogueEntryDocuments.contentType, data: catalogueEntryDocuments.content })
    .from(catalogueEntryDocuments)
    .where(and(eq(catalogueEntryDocuments.id, documentId), eq(catalogueEntryDocuments.entryId, entry.id)));
  if (!row) throw notFound();
  return row;
}

/** Remove a document, by those who may edit the entry (audited with its name). */
export async function deleteCatalogueDocument(db: Db, actor: Actor, input: unknown): Promise<{ deleted: true }> {
  const { catalogueEntryId, documentId } = parseInput(documentRefSchema, input);
  return db.transaction(async (tx) => {
    const entry = await loadEditableEntry(tx, actor, catalogueEntryId, { forUpdate: true });
    if (!isUuid(documentId)) throw notFound();
    const [row] = await tx
      .delete(catalogueEntryDocuments)
      .where(and(eq(catalogueEntryDocuments.id, documentId), eq(catalogueEntryDocuments.entryId, entry.id)))
      .returning({ id: catalogueEntryDocuments.id, filename: catalogueEntryDocuments.filename });
    if (!row) throw notFound();
    await recordAudit(tx, actor, {
      action: 'catalogue.document_removed',
      objectType: 'catalogue_entry',
      objectId: entry.id,
      organisationId: entry.organisationId,
      before: { documentId: row.id, fileName: row.filename },
    });
    return { deleted: true as const };
  });
}
