import { and, eq } from 'drizzle-orm';
import { isUuid } from '../../domain/ids.js';
import type { Db } from '../../db/client.js';
import { applicationAttachments } from '../../db/schema/applications.js';
import { notFound } from '../../errors.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { loadApplicationFor } from './load-application-for.js';
import { attachmentRefSchema } from './remove-attachment.js';

export interface AttachmentFile {
  fileName: string;
  contentType: string;
  data: Uint8Array;
}

/** A file of an application, for anyone who may see the application (also one removed since a version listed it). */
export async function getAttachment(db: Db, actor: Actor, input: unknown): Promise<AttachmentFile> {
  const { applicationId, attachmentId } = parseInput(attachmentRefSchema, input);
  const { application } = await loadApplicationFor(db, actor, applicationId);
  if (!isUuid(attachmentId)) throw notFound();
  const [row] = await db
    .select({ fileName: applicationAttachments.fileName, contentType: applicationAttachments.contentType, data: applicationAttachments.data })
    .from(applicationAttachments)
    .where(and(eq(applicationAttachments.id, attachmentId), eq(applicationAttachments.applicationId, application.id)));
  if (!row) throw notFound();
  return row;
}
