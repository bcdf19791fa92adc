import { and, eq, isNull } from 'drizzle-orm';
import { isUuid } from '../../domain/ids.js';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { applicationAttachments } from '../../db/schema/applications.js';
import { notFound } from '../../errors.js';
import { assertMayEditContent } from '../../policies/applications.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { loadApplicationFor } from './load-application-for.js';

export const attachmentRefSchema = z.object({ applicationId: z.string(), attachmentId: z.string() });

/** Remove an attachment from the application (kept for the versions that list it). */
export async function removeAttachment(db: Db, actor: Actor, input: unknown): Promise<void> {
  const { applicationId, attachmentId } = parseInput(attachmentRefSchema, input);
  await db.transaction(async (tx) => {
    const { application, access } = await loadApplicationFor(tx, actor, applicationId, { forUpdate: true });
    assertMayEditContent(access);
    if (!isUuid(attachmentId)) throw notFound();
    const [row] = await tx
      .update(applicationAttachments)
      .set({ removedAt: new Date() })
      .where(
        and(eq(applicationAttachments.id, attachmentId), eq(applicationAttachments.applicationId, application.id), isNull(applicationAttachments.removedAt)),
      )
      .returning({ fileName: applicationAttachments.fileName });
    if (!row) throw notFound();
    await recordAudit(tx, actor, {
      action: 'application.attachment_removed',
      objectType: 'application',
      objectId: application.id,
      organisationId: application.organisationId,
      before: { attachmentId, fileName: row.fileName },
    });
  });
}
