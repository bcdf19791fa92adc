import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { applications } from '../../db/schema/applications.js';
import { caseRecordExports } from '../../db/schema/case-records.js';
import { projectClosures } from '../../db/schema/project-outcomes.js';
import { pools } from '../../db/schema/pools.js';
import { caseDeletions } from '../../db/schema/retention.js';
import { addMonths, todayInCopenhagen } from '../../domain/dates.js';
import { assertMayManageRetention } from '../../policies/retention.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { retentionYearsOf } from './retention-settings.js';
import { retentionOrgSchema } from './schemas.js';

export interface RetentionDueCase {
  applicationId: string;
  caseNumber: string;
  title: string;
  poolName: string;
  closedAt: Date;
  closedOn: string;
  dueOn: string;
  /** The latest archive export of the case's record, if any: deletion needs one. */
  archiveExportedAt: Date | null;
}

export interface RetentionDue {
  organisationId: string;
  retentionYears: number;
  today: string;
  items: RetentionDueCase[];
}

/** The day a case closed in Copenhagen, and the day it becomes due for deletion. */
export const dueDates = (closedAt: Date, years: number) => {
  const closedOn = todayInCopenhagen(closedAt);
  return { closedOn, dueOn: addMonths(closedOn, years * 12) };
};

/**
 * The organisation's closed cases whose retention period has run out (closed on + the organisation's
 * years ≤ today) and whose personal data is not yet deleted, with whether an archive export is recorded.
 */
export async function listRetentionDue(db: Db, actor: Actor, input: unknown, opts: { today?: string } = {}): Promise<RetentionDue> {
  const { organisationId } = parseInput(retentionOrgSchema, input);
  assertMayManageRetention(actor, organisationId);
  const today = opts.today ?? todayInCopenhagen();
  const retentionYears = await retentionYearsOf(db, organisationId);
  const closed = await db
    .select({ id: applications.id, caseNumber: applications.caseNumber, title: applications.title, poolName: pools.name, closedAt: projectClosures.createdAt })
    .from(applications)
    .innerJoin(projectClosures, eq(projectClosures.applicationId, applications.id))
    .innerJoin(pools, eq(pools.id, applications.poolId))
    .leftJoin(caseDeletions, eq(caseDeletions.applicationId, applications.id))
    .where(and(eq(applications.organisationId, organisationId), eq(applications.state, 'closed'), isNull(caseDeletions.applicationId)))
    .orderBy(projectClosures.createdAt, applications.caseNumber);
  const items: RetentionDueCase[] = [];
  for (const c of closed) {
    const { closedOn, dueOn } = dueDates(c.closedAt, retentionYears);
    if (dueOn > today) continue;
    items.push({
      applicationId: c.id,
      caseNumber: c.caseNumber,
      title: c.title,
      poolName: c.poolName,
      closedAt: c.closedAt,
      closedOn,
      dueOn,
      archiveExportedAt: await lastArchiveExport(db, c.id),
    });
  }
  return { organisationId, retentionYears, today, items };
}

export async function lastArchiveExport(db: Db, applicationId: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: caseRecordExports.createdAt })
    .from(caseRecordExports)
    .where(and(eq(caseRecordExports.applicationId, applicationId), eq(caseRecordExports.purpose, 'archive')))
    .orderBy(desc(caseRecordExports.createdAt))
    .limit(1);
  return row?.at ?? null;
}
