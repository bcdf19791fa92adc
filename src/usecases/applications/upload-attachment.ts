import type { Db } from '../../db/client.js';
import { applicationAttachments } from '../../db/schema/applications.js';
import { detectAttachmentType } from '../../domain/attachment-types.js';
import { AppError } from '../../errors.js';
import { assertMayEditContent } from '../../policies/applications.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { loadApplicationFor } from './load-application-for.js';
import { applicationIdSchema, uploadAttachmentSchema } from './schemas.js';

const megabytes = (bytes: number, locale: 'da' | 'en') => {
  const mb = bytes / (1024 * 1024);
  const s = mb >= 10 || Number.isInteger(mb) ? String(Math.round(mb)) : mb.toFixed(1);
  return locale === 'da' ? s.replace('.', ',') : s;
};

export function tooLarge(fileName: string, size: number, maxBytes: number): AppError {
  const da = `Filen "${fileName}" er for stor (${megabytes(size, 'da')} MB). En fil må højst fylde ${megabytes(maxBytes, 'da')} MB.`;
  const en = `The file "${fileName}" is too large (${megabytes(size, 'en')} MB). A file may be at most ${megabytes(maxBytes, 'en')} MB.`;
  return new AppError('PAYLOAD_TOO_LARGE', { message: { da, en }, fields: { file: da } });
}

export function wrongType(fileName: string): AppError {
  const da = `Filen "${fileName}" kan ikke vedhæftes. Vedhæft PDF, Word, Excel, PowerPoint, OpenDocument eller billeder (PNG, JPEG, GIF, WebP).`;
  const en = `The file "${fileName}" cannot be attached. Attach PDF, Word, Excel, PowerPoint, OpenDocument or images (PNG, JPEG, GIF, WebP).`;
  return new AppError('UNSUPPORTED_MEDIA_TYPE', { message: { da, en }, fields: { file: da } });
}

/**
 * Attach a file to an application (its applicants, while it can be edited). The size limit comes from
 * the configuration; the type is decided from the file's first bytes, not its name alone.
 */
export async function uploadAttachment(
  db: Db,
  actor: Actor,
  input: unknown,
  opts: { maxBytes: number },
): Promise<{ id: string; contentType: string; sizeBytes: number }> {
  const { applicationId } = parseInput(applicationIdSchema, input);
  return db.transaction(async (tx) => {
    const { application, access } = await loadApplicationFor(tx, actor, applicationId, { forUpdate: true });
    assertMayEditContent(access);
    const data = parseInput(uploadAttachmentSchema, input);
    if (data.data.byteLength === 0) throw new AppError('VALIDATION_FAILED', { fields: { file: `Filen "${data.fileName}" er tom` } });
    if (data.data.byteLength > opts.maxBytes) throw tooLarge(data.fileName, data.data.byteLength, opts.maxBytes);
    const contentType = detectAttachmentType(data.fileName, data.data);
    if (!contentType) throw wrongType(data.fileName);
    const [row] = await tx
      .insert(applicationAttachments)
      .values({
        applicationId: application.id,
        fileName: data.fileName,
        contentType,
        sizeBytes: data.data.byteLength,
        data: data.data,
        uploadedByUserId: actor.userId,
      })
      .returning({ id: applicationAttachments.id });
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, actor, {
      action: 'application.attachment_added',
      objectType: 'application',
      objectId: application.id,
      organisationId: application.organisationId,
      after: { attachmentId: row.id, fileName: data.fileName, contentType, sizeBytes: data.data.byteLength },
    });
    return { id: row.id, contentType, sizeBytes: data.data.byteLength };
  });
}
