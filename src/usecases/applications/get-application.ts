import { openInformationRequests } from '../assessment/information-requests.js';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/accounts.js';
import { applicationAttachments, applicationCoApplicants } from '../../db/schema/applications.js';
import { readContent, type ApplicationContent } from '../../domain/application-content.js';
import { sectionStatuses, type SectionStatus } from '../../domain/application-sections.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import type { ApplicationRow } from './apply-transition.js';
import { loadApplicationFor, type ApplicationAccess } from './load-application-for.js';
import { decisionOf, type ApplicationDecision } from './decision-of.js';
import { loadPoolContext, nextMeetings, type NextMeeting, type PoolContext } from './pool-context.js';
import { leadApplicantOf } from './lead-applicant.js';
import { applicationIdSchema } from './schemas.js';

export interface AttachmentInfo {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  createdAt: Date;
}

export interface ApplicationView {
  application: ApplicationRow;
  content: ApplicationContent;
  access: ApplicationAccess;
  pool: PoolContext;
  lead: { id: string; name: string; email: string };
  /** The lead unit (department) by name; null when none is chosen yet. */
  leadUnit: string | null;
  coApplicants: { userId: string; name: string; email: string }[];
  attachments: AttachmentInfo[];
  sections: Record<string, SectionStatus>;
  /** The secretariat's unanswered questions (request for more information), newest first. */
  openQuestions: { question: string; askedAt: Date }[];
  /** The latest decision, once one is recorded (shown at the top of the page). */
  decision: ApplicationDecision | null;
  /** The pool's next meeting an application submitted today still reaches (what happens next). */
  nextMeeting: NextMeeting | null;
}

/** An application with what its pages need, for anyone who may see it. */
export async function getApplication(db: Db, actor: Actor, input: unknown): Promise<ApplicationView> {
  const { applicationId } = parseInput(applicationIdSchema, input);
  const { application, access } = await loadApplicationFor(db, actor, applicationId);
  const pool = await loadPoolContext(db, application.poolId);
  const [lead] = await db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(eq(users.id, application.leadUserId));
  const coApplicants = await db
    .select({ userId: users.id, name: users.name, email: users.email })
    .from(applicationCoApplicants)
    .innerJoin(users, eq(users.id, applicationCoApplicants.userId))
    .where(eq(applicationCoApplicants.applicationId, application.id))
    .orderBy(asc(users.name));
  const attachments = await listAttachments(db, application.id);
  const content = readContent(application.content);
  const openQuestions = (await openInformationRequests(db, application.id)).map((q) => ({ question: q.question, askedAt: q.askedAt }));
  const decision = await decisionOf(db, application.id);
  const nextMeeting = (await nextMeetings(db, [application.poolId])).get(application.poolId) ?? null;
  return {
    application,
    content,
    access,
    pool,
    lead: lead ?? { id: application.leadUserId, name: '', email: '' },
    leadUnit: (await leadApplicantOf(db, application)).unit,
    coApplicants,
    attachments,
    sections: sectionStatuses(application.title, content, pool.offer, attachments.length),
    openQuestions,
    decision,
    nextMeeting,
  };
}

export async function listAttachments(db: Db, applicationId: string): Promise<AttachmentInfo[]> {
  return db
    .select({
      id: applicationAttachments.id,
      fileName: applicationAttachments.fileName,
      contentType: applicationAttachments.contentType,
      sizeBytes: applicationAttachments.sizeBytes,
      createdAt: applicationAttachments.createdAt,
    })
    .from(applicationAttachments)
    .where(and(eq(applicationAttachments.applicationId, applicationId), isNull(applicationAttachments.removedAt)))
    .orderBy(asc(applicationAttachments.createdAt));
}
