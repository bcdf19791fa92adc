import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { followUpReportAttachments } from '../../db/schema/projects.js';
import { detectAttachmentType } from '../../domain/attachment-types.js';
import { AppError, forbidden } from '../../errors.js';
import { tooLarge, wrongType } from '../applications/upload-attachment.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { loadReportFor } from './load-project.js';
import { assertEditable } from './save-follow-up-report.js';

export const uploadReportAttachmentSchema = z.object({
  applicationId: z.string(),
  reportId: z.string(),
  fileName: z.string({ error: 'Vælg en fil' }).trim().min(1, { error: 'Vælg en fil' }).max(255, { error: 'Filnavnet er for langt (højst 255 tegn)' }),
  data: z.instanceof(Uint8Array, { error: 'Vælg en fil' }),
});

/** Attach a file to a report while it can be written (the same types and size limit as an application's attachments). */
export async function uploadReportAttachment(
  db: Db,
  actor: Actor,
  input: unknown,
  opts: { maxBytes: number },
): Promise<{ id: string; contentType: string; sizeBytes: number }> {
  const data = parseInput(uploadReportAttachmentSchema, input);
  return db.transaction(async (tx) => {
    const { report, application, may } = await loadReportFor(tx, actor, data.applicationId, data.reportId, { forUpdate: true });
    if (!may.write) throw forbidden();
    assertEditable(report);
    if (data.data.byteLength === 0) throw new AppError('VALIDATION_FAILED', { fields: { file: `Filen "${data.fileName}" er tom` } });
    if (data.data.byteLength > opts.maxBytes) throw tooLarge(data.fileName, data.data.byteLength, opts.maxBytes);
    const contentType = detectAttachmentType(data.fileName, data.data);
    if (!contentType) throw wrongType(data.fileName);
    const [row] = await tx
      .insert(followUpReportAttachments)
      .values({ reportId: report.id, fileName: data.fileName, contentType, sizeBytes: data.data.byteLength, data: data.data, uploadedByUserId: actor.userId })
      .returning({ id: followUpReportAttachments.id });
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, actor, {
      action: 'report.attachment_added',
      objectType: 'follow_up_report',
      objectId: report.id,
      organisationId: application.organisationId,
      after: { attachmentId: row.id, fileName: data.fileName, contentType, sizeBytes: data.data.byteLength },
    });
    return { id: row.id, contentType, sizeBytes: data.data.byteLength };
  });
}
