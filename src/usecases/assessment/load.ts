import { and, eq } from 'drizzle-orm';
import { isUuid } from '../../domain/ids.js';
import type { Db } from '../../db/client.js';
import { applications } from '../../db/schema/applications.js';
import { reviews } from '../../db/schema/assessment.js';
import { budgetLines, pools } from '../../db/schema/pools.js';
import { notFound } from '../../errors.js';
import { authorize } from '../../policies/authorize.js';
import type { Permission } from '../../policies/permissions.js';
import type { ApplicationRow } from '../applications/apply-transition.js';
import type { Actor } from '../shared/actor.js';

export type PoolRow = typeof pools.$inferSelect;
export type BudgetLineRow = typeof budgetLines.$inferSelect;
export type ReviewRow = typeof reviews.$inferSelect;

export interface AssessmentTarget {
  application: ApplicationRow;
  pool: PoolRow;
}

/**
 * Loads an application and its pool and authorizes `permission` in the application's organisation:
 * unknown id or another organisation → NOT_FOUND (404), a missing role → FORBIDDEN (403).
 */
export async function loadForAssessment(
  db: Db,
  actor: Actor,
  applicationId: unknown,
  permission: Permission,
  opts: { forUpdate?: boolean } = {},
): Promise<AssessmentTarget> {
  if (!isUuid(applicationId)) throw notFound();
  const query = db.select().from(applications).where(eq(applications.id, applicationId));
  const [application] = opts.forUpdate ? await query.for('update') : await query;
  if (!application) throw notFound();
  authorize(actor, permission, application.organisationId);
  const [pool] = await db.select().from(pools).where(eq(pools.id, application.poolId));
  if (!pool) throw notFound();
  return { application, pool };
}

/** Loads a pool and authorizes `permission` in its organisation (404 outside it, 403 without the role). */
export async function loadPoolFor(db: Db, actor: Actor, poolId: unknown, permission: Permission): Promise<PoolRow> {
  if (!isUuid(poolId)) throw notFound();
  const [pool] = await db.select().from(pools).where(eq(pools.id, poolId));
  if (!pool) throw notFound();
  authorize(actor, permission, pool.organisationId);
  return pool;
}

/** A budget line of this pool, or null. */
export async function lineOfPool(db: Db, poolId: string, lineId: string | null | undefined): Promise<BudgetLineRow | null> {
  if (!lineId || !isUuid(lineId)) return null;
  const [line] = await db
    .select()
    .from(budgetLines)
    .where(and(eq(budgetLines.id, lineId), eq(budgetLines.poolId, poolId)));
  return line ?? null;
}

/** The actor's own review (assignment) of an application, if any. */
export async function ownReview(db: Db, applicationId: string, userId: string): Promise<ReviewRow | null> {
  const [r] = await db
    .select()
    .from(reviews)
    .where(and(eq(reviews.applicationId, applicationId), eq(reviews.reviewerUserId, userId)));
  return r ?? null;
}

/** Reviews that count: assigned and not removed or conflicted. */
export { ACTIVE_REVIEW_STATUSES } from '../../policies/assessment.js';
