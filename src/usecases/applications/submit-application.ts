import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { applicationAttachments, applicationVersions } from '../../db/schema/applications.js';
import { readContent } from '../../domain/application-content.js';
import { AppError, type FieldErrors } from '../../errors.js';
import { assertLeadApplicant, EDITABLE_STATES, ONLY_LEAD_SUBMITS } from '../../policies/applications.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { markInformationRequestsAnswered } from '../assessment/information-requests.js';
import { notifyApplicationSubmitted } from '../notifications/case-events.js';
import { enqueueCaseEvent } from '../webhooks/enqueue.js';
import { applyTransition, type ApplicationRow } from './apply-transition.js';
import { evaluateApplication, type EligibilityReport } from './check-eligibility.js';
import { loadApplicationFor } from './load-application-for.js';
import { loadPoolContext } from './pool-context.js';
import { applicationIdSchema } from './schemas.js';

export interface SubmitResult {
  id: string;
  state: string;
  version: number;
}

/**
 * Submit (or, after a request for more information, resubmit) an application: only its lead, only
 * when every hard rule is met, nothing required is missing and the amounts fit the line's money.
 * Freezes a new version and changes the state through the workflow, in one transaction.
 */
export async function submitApplication(db: Db, actor: Actor, input: unknown): Promise<SubmitResult> {
  const { applicationId } = parseInput(applicationIdSchema, input);
  return db.transaction(async (tx) => {
    const { application, access } = await loadApplicationFor(tx, actor, applicationId, { forUpdate: true });
    assertLeadApplicant(access, ONLY_LEAD_SUBMITS);
    if (!EDITABLE_STATES.includes(application.state)) throw new AppError('TRANSITION_NOT_ALLOWED');
    const report = await evaluateApplication(tx, application, await loadPoolContext(tx, application.poolId));
    if (!report.canSubmit) throw new AppError('NOT_ELIGIBLE', { fields: reportFields(report) });

    const number = application.currentVersion + 1;
    const snapshot = await snapshotOf(tx, application);
    await tx.insert(applicationVersions).values({
      applicationId: application.id,
      number,
      content: snapshot,
      submittedByUserId: actor.userId,
    });
    const action = application.state === 'more_info_requested' ? 'resubmit' : 'submit';
    if (action === 'resubmit') await markInformationRequestsAnswered(tx, application.id, number);
    const r = await applyTransition(tx, actor, {
      applicationId: application.id,
      action,
      roles: access.roles,
      changes: { currentVersion: number },
      details: { version: number },
    });
    await notifyApplicationSubmitted(tx, application, { resubmitted: action === 'resubmit', version: number });
    await enqueueCaseEvent(tx, {
      event: 'submitted',
      applicationId: application.id,
      document: { kind: 'application_version', title: `Ansøgning, version ${number}`, body: { version: number, ...snapshot } },
    });
    return { id: application.id, state: r.to, version: number };
  });
}

/** Why a submission was refused, per field (missing fields) or per rule (`rule:<id>`, `budget`). */
export function reportFields(report: EligibilityReport): FieldErrors {
  const fields: FieldErrors = {};
  for (const m of report.missing) fields[m.field] ??= m.message.da;
  for (const r of report.rules) if (r.applicable && !r.met && r.severity === 'hard') fields[`rule:${r.ruleId}`] = r.reason.da;
  if (report.budget && !report.budget.met) fields.budget = report.budget.reason.da;
  return fields;
}

/** What a version freezes: the core columns, the content and the attachment list. */
export async function snapshotOf(db: Db, application: ApplicationRow): Promise<Record<string, unknown>> {
  const files = await db
    .select({
      id: applicationAttachments.id,
      fileName: applicationAttachments.fileName,
      contentType: applicationAttachments.contentType,
      sizeBytes: applicationAttachments.sizeBytes,
    })
    .from(applicationAttachments)
    .where(and(eq(applicationAttachments.applicationId, application.id), isNull(applicationAttachments.removedAt)))
    .orderBy(asc(applicationAttachments.createdAt));
  return {
    title: application.title,
    caseNumber: application.caseNumber,
    content: readContent(application.content),
    attachments: files,
  };
}
