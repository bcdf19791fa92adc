import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/accounts.js';
import { applicationVersions } from '../../db/schema/applications.js';
import { readContent } from '../../domain/application-content.js';
import { AppError } from '../../errors.js';
import { assertMayPrintSubmittedCopy } from '../../policies/applications.js';
import type { Actor } from '../shared/actor.js';
import { getApplication, type ApplicationView, type AttachmentInfo } from './get-application.js';
import { applicationIdSchema } from './schemas.js';

export interface SubmittedCopy {
  /** The application as its pages show it, with the title, content and attachments of the submitted version. */
  view: ApplicationView;
  version: { number: number; submittedAt: Date; submittedByName: string };
}

/**
 * The latest submitted version of an application, for its printable copy: its applicants and the
 * secretariat only (policies/applications.ts). Never submitted → NOT_FOUND.
 */
export async function getSubmittedCopy(db: Db, actor: Actor, input: unknown): Promise<SubmittedCopy> {
  const view = await getApplication(db, actor, input);
  const a = view.application;
  assertMayPrintSubmittedCopy(actor, a, view.access);
  const notSubmitted = new AppError('NOT_FOUND', {
    message: {
      da: 'Ansøgningen er ikke indsendt endnu, så der er ingen kopi at udskrive.',
      en: 'The application has not been submitted, so there is no copy to print.',
    },
  });
  if (a.currentVersion === 0) throw notSubmitted;
  const { applicationId } = applicationIdSchema.parse(input);
  const [row] = await db
    .select({ v: applicationVersions, submittedByName: users.name })
    .from(applicationVersions)
    .innerJoin(users, eq(users.id, applicationVersions.submittedByUserId))
    .where(and(eq(applicationVersions.applicationId, applicationId), eq(applicationVersions.number, a.currentVersion)));
  if (!row) throw notSubmitted;
  const snapshot = row.v.content;
  const title = typeof snapshot.title === 'string' ? snapshot.title : a.title;
  const attachments: AttachmentInfo[] = Array.isArray(snapshot.attachments)
    ? (snapshot.attachments as Omit<AttachmentInfo, 'createdAt'>[]).map((f) => ({
        ...f,
        createdAt: view.attachments.find((c) => c.id === f.id)?.createdAt ?? row.v.submittedAt,
      }))
    : [];
  return {
    view: { ...view, application: { ...a, title }, content: readContent(snapshot.content), attachments, access: { ...view.access, canEdit: false } },
    version: { number: row.v.number, submittedAt: row.v.submittedAt, submittedByName: row.submittedByName },
  };
}
