import { and, eq, inArray, ne, or, type SQL } from 'drizzle-orm';
import { isUuid } from '../../domain/ids.js';
import type { Db } from '../../db/client.js';
import { applicationCoApplicants, applications } from '../../db/schema/applications.js';
import { reviews } from '../../db/schema/assessment.js';
import { pools } from '../../db/schema/pools.js';
import { applicantStatusLabel, staffStatusLabel, type ApplicationState } from '../../domain/application-workflow.js';
import type { Bilingual } from '../../domain/bilingual.js';
import { can } from '../../policies/authorize.js';
import { organisationIds, type Actor } from '../shared/actor.js';
import { decodeCursor, microsOf, newestFirst, pageOf } from '../shared/keyset.js';
import { parseInput } from '../shared/validate.js';
import { listApplicationsSchema } from './schemas.js';

export interface ApplicationSummary {
  id: string;
  caseNumber: string;
  title: string;
  poolId: string;
  poolName: string;
  state: ApplicationState;
  /** What the applicant sees (internal steps are "Under behandling"). */
  applicantStatus: Bilingual;
  staffStatus: Bilingual;
  amountAppliedOere: number;
  currentVersion: number;
  submittedAt: Date | null;
  updatedAt: Date;
  /** The actor's part: lead, co-applicant, or staff. */
  relation: 'lead' | 'co_applicant' | 'staff';
}

/** A keyset page of applications, most recently changed first. */
export interface ApplicationPage {
  applications: ApplicationSummary[];
  nextCursor: string | null;
}

/**
 * The applications the actor may see: their own (lead or co-applicant); every one of the organisations
 * where they are secretariat/admin; the submitted ones where they are reviewer, decision body or finance.
 * `mine` keeps only their own.
 */
export async function listApplications(db: Db, actor: Actor, input: unknown = {}): Promise<ApplicationPage> {
  const filter = parseInput(listApplicationsSchema, input ?? {});
  const keyset = newestFirst(applications.updatedAt, applications.id, decodeCursor(filter.after));
  if (filter.poolId !== undefined && !isUuid(filter.poolId)) return { applications: [], nextCursor: null };
  const coIds = db.select({ id: applicationCoApplicants.applicationId }).from(applicationCoApplicants).where(eq(applicationCoApplicants.userId, actor.userId));
  const mine = or(eq(applications.leadUserId, actor.userId), inArray(applications.id, coIds));
  const visible: (SQL | undefined)[] = [mine];
  if (!filter.mine) {
    const orgs = organisationIds(actor);
    const all = orgs.filter((o) => can(actor, 'application.viewAll', o));
    const submitted = orgs.filter((o) => !all.includes(o) && can(actor, 'application.viewSubmitted', o));
    if (all.length) visible.push(inArray(applications.organisationId, all));
    // Reviewers: the applications assigned to them, without a declared conflict.
    const assigned = db
      .select({ id: reviews.applicationId })
      .from(reviews)
      .where(and(eq(reviews.reviewerUserId, actor.userId), inArray(reviews.status, ['assigned', 'accepted', 'submitted'])));
    visible.push(inArray(applications.id, assigned));
    if (submitted.length) {
      // As isUnsubmittedDraft: neither a draft nor a draft withdrawn before it was ever submitted.
      visible.push(
        and(
          inArray(applications.organisationId, submitted),
          ne(applications.state, 'draft'),
          or(ne(applications.state, 'withdrawn'), ne(applications.currentVersion, 0)),
        ),
      );
    }
  }
  const found = await db
    .select({
      id: applications.id,
      caseNumber: applications.caseNumber,
      title: applications.title,
      poolId: applications.poolId,
      poolName: pools.name,
      state: applications.state,
      amountAppliedOere: applications.amountAppliedOere,
      currentVersion: applications.currentVersion,
      submittedAt: applications.submittedAt,
      updatedAt: applications.updatedAt,
      leadUserId: applications.leadUserId,
      sortKey: microsOf(applications.updatedAt),
    })
    .from(applications)
    .innerJoin(pools, eq(pools.id, applications.poolId))
    .where(and(or(...visible), filter.poolId ? eq(applications.poolId, filter.poolId) : undefined, keyset.after))
    .orderBy(...keyset.orderBy)
    .limit(filter.limit + 1);
  const page = pageOf(found, filter.limit, (r) => ({ key: r.sortKey, id: r.id }));
  const rows = page.items;
  const coSet = new Set(
    rows.length
      ? (
          await db
            .select({ id: applicationCoApplicants.applicationId })
            .from(applicationCoApplicants)
            .where(
              and(
                eq(applicationCoApplicants.userId, actor.userId),
                inArray(
                  applicationCoApplicants.applicationId,
                  rows.map((r) => r.id),
                ),
              ),
            )
        ).map((r) => r.id)
      : [],
  );
  return {
    applications: rows.map(({ leadUserId, sortKey: _sortKey, ...r }) => ({
      ...r,
      applicantStatus: applicantStatusLabel[r.state],
      staffStatus: staffStatusLabel[r.state],
      relation: leadUserId === actor.userId ? 'lead' : coSet.has(r.id) ? 'co_applicant' : 'staff',
    })),
    nextCursor: page.nextCursor,
  };
}
