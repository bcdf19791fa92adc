import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { paths } from '../../paths.js';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { memberships, users } from '../../db/schema/accounts.js';
import { applications } from '../../db/schema/applications.js';
import { reviews } from '../../db/schema/assessment.js';
import { AppError, validationFailed } from '../../errors.js';
import { applyTransition } from '../applications/apply-transition.js';
import { notify } from '../notifications/notify.js';
import { rolesWith } from '../../policies/assessment.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { ACTIVE_REVIEW_STATUSES, loadForAssessment } from './load.js';
import { workflowRolesFor } from '../../policies/assessment.js';

const oneOrMany = z.preprocess((v) => (typeof v === 'string' ? (v === '' ? [] : [v]) : v), z.array(z.string()).max(50));

export const assignReviewersSchema = z.discriminatedUnion(
  'mode',
  [
    z.object({
      applicationId: z.string(),
      mode: z.literal('manual'),
      reviewerUserIds: oneOrMany.refine((a) => a.length > 0, { error: 'Vælg mindst én bedømmer' }),
    }),
    z.object({
      applicationId: z.string(),
      mode: z.literal('even'),
      /** How many reviewers the application should have in all (active assignments). */
      count: z.coerce
        .number({ error: 'Angiv antallet af bedømmere' })
        .int({ error: 'Angiv et helt tal' })
        .min(1, { error: 'Mindst 1 bedømmer' })
        .max(10, { error: 'Højst 10 bedømmere' })
        .default(2),
    }),
  ],
  { error: 'Vælg, hvordan bedømmerne skal tildeles' },
);

export interface ReviewerCandidate {
  userId: string;
  name: string;
  email: string;
  /** Open assignments in this pool: assigned or accepted, not yet submitted. */
  openAssignments: number;
  /** Already has a review row on this application (any status). */
  onThisApplication: boolean;
}

/**
 * The pool organisation's reviewers with their current load: active, unsubmitted assignments within
 * the pool. The lead applicant is never a candidate for their own application.
 */
export async function reviewerCandidates(
  db: Db,
  application: { id: string; organisationId: string; poolId: string; leadUserId: string },
): Promise<ReviewerCandidate[]> {
  const rows = await db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      openAssignments: sql<number>`(
        select count(*)::int from ${reviews} r join ${applications} a on a.id = r.application_id
        where r.reviewer_user_id = ${users.id} and a.pool_id = ${application.poolId} and r.status in ('assigned', 'accepted')
      )`,
      onThisApplication: sql<boolean>`exists (select 1 from ${reviews} r where r.reviewer_user_id = ${users.id} and r.application_id = ${application.id})`,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, application.organisationId),
        inArray(memberships.role, [...rolesWith('assessment.review')]),
        sql`${users.disabledAt} is null`,
      ),
    )
    .orderBy(asc(users.name), asc(users.email));
  return rows
    .filter((r) => r.userId !== application.leadUserId)
    .map((r) => ({ ...r, openAssignments: Number(r.openAssignments), onThisApplication: r.onThisApplication === true || String(r.onThisApplication) === 't' }));
}

/**
 * Assign reviewers to a qualified (or already in-review) application: by hand, or spread evenly —
 * the pool organisation's reviewers with the fewest open assignments in the pool first, until the
 * application has `count` active reviewers. The first assignment starts the review (start_review).
 * Each reviewer is notified and must first declare conflict of interest.
 */
export async function assignReviewers(db: Db, actor: Actor, input: unknown): Promise<{ assigned: string[]; state: string }> {
  const data = parseInput(assignReviewersSchema, input);
  return db.transaction(async (tx) => {
    // The row lock serialises assignments per application (counted below).
    const { application } = await loadForAssessment(tx, actor, data.applicationId, 'assessment.screen', { forUpdate: true });
    if (application.state !== 'qualified' && application.state !== 'in_review') {
      throw new AppError('TRANSITION_NOT_ALLOWED', {
        message: {
          da: 'Bedømmere kan kun tildeles kvalificerede ansøgninger og ansøgninger under bedømmelse.',
          en: 'Reviewers can only be assigned to qualified applications and applications in review.',
        },
      });
    }
    const candidates = await reviewerCandidates(tx, application);
    const free = candidates.filter((c) => !c.onThisApplication);
    const active = await tx
      .select({ id: reviews.id })
      .from(reviews)
      .where(and(eq(reviews.applicationId, application.id), inArray(reviews.status, [...ACTIVE_REVIEW_STATUSES])));

    let chosen: string[];
    if (data.mode === 'manual') {
      const freeIds = new Set(free.map((c) => c.userId));
      const unknown = data.reviewerUserIds.filter((id) => !freeIds.has(id));
      if (unknown.length > 0) {
        throw validationFailed({ reviewerUserIds: 'Vælg blandt organisationens bedømmere, som ikke allerede er på ansøgningen.' });
      }
      chosen = [...new Set(data.reviewerUserIds)];
    } else {
      const needed = data.count - active.length;
      if (needed <= 0) throw validationFailed({ count: `Ansøgningen har allerede ${active.length} bedømmere.` });
      chosen = [...free]
        .sort((a, b) => a.openAssignments - b.openAssignments || a.name.localeCompare(b.name, 'da') || a.email.localeCompare(b.email))
        .slice(0, needed)
        .map((c) => c.userId);
      if (chosen.length === 0) throw validationFailed({ count: 'Der er ingen ledige bedømmere i organisationen.' });
    }

    await tx.insert(reviews).values(
      chosen.map((reviewerUserId) => ({
        applicationId: application.id,
        organisationId: application.organisationId,
        reviewerUserId,
        assignedByUserId: actor.userId,
      })),
    );
    for (const reviewerUserId of chosen) {
      await recordAudit(tx, actor, {
        action: 'review.assigned',
        objectType: 'application',
        objectId: application.id,
        organisationId: application.organisationId,
        after: { reviewerUserId, mode: data.mode },
      });
    }
    await notify(tx, {
      userIds: chosen,
      organisationId: application.organisationId,
      applicationId: application.id,
      kind: 'review.assigned',
      title: { da: `Ny ansøgning til bedømmelse: ${application.caseNumber}`, en: `New application to review: ${application.caseNumber}` },
      body: {
        da: `Du er sat til at bedømme ansøgningen "${application.title}". Erklær først, om du er habil, og giv derefter point.`,
        en: `You have been asked to review the application "${application.title}". First declare whether you have a conflict of interest, then score it.`,
      },
      link: paths.reviews.workspace({ applicationId: application.id }),
    });

    let state: string = application.state;
    if (application.state === 'qualified') {
      const r = await applyTransition(tx, actor, {
        applicationId: application.id,
        action: 'start_review',
        roles: workflowRolesFor(actor, application),
        ctx: { reviewerCount: active.length + chosen.length },
      });
      state = r.to;
    }
    return { assigned: chosen, state };
  });
}
