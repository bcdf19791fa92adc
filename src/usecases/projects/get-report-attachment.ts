import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { followUpReportAttachments } from '../../db/schema/projects.js';
import { isUuid } from '../../domain/ids.js';
import { notFound } from '../../errors.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { loadReportFor } from './load-project.js';

export const reportAttachmentRefSchema = z.object({ applicationId: z.string(), reportId: z.string(), attachmentId: z.string() });

/** A report's file, for anyone who may see the project. */
export async function getReportAttachment(db: Db, actor: Actor, input: unknown): Promise<{ fileName: string; contentType: string; data: Uint8Array }> {
  const ref = parseInput(reportAttachmentRefSchema, input);
  const { report } = await loadReportFor(db, actor, ref.applicationId, ref.reportId);
  if (!isUuid(ref.attachmentId)) throw notFound();
  const [row] = await db
    .select({ fileName: followUpReportAttachments.fileName, contentType: followUpReportAttachments.contentType, data: followUpReportAttachments.data })
    .from(followUpReportAttachments)
    .where(and(eq(followUpReportAttachments.id, ref.attachmentId), eq(followUpReportAttachments.reportId, report.id)));
  if (!row) throw notFound();
  return row;
}
