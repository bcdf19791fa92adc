import { and, asc, eq, inArray, lte, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/accounts.js';
import { applications } from '../../db/schema/applications.js';
import { departments } from '../../db/schema/organisations.js';
import { pools } from '../../db/schema/pools.js';
import { followUpReports } from '../../db/schema/projects.js';
import { todayInCopenhagen } from '../../domain/dates.js';
import { addDays, daysBetween, DUE_WINDOW_DAYS, reportStatus, type ReportStatus } from '../../domain/follow-up.js';
import { forbidden } from '../../errors.js';
import { mayViewReportsDue } from '../../policies/projects.js';
import { organisationIds, type Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';

const optionalUuid = (what: string) => z.preprocess((v) => (v === '' ? undefined : v), z.uuid({ error: `Ukendt ${what}` }).optional());

export const listReportsDueSchema = z.object({
  poolId: optionalUuid('pulje'),
  departmentId: optionalUuid('enhed'),
  /** overdue: only overdue; all (default): overdue and due within 30 days. */
  show: z.enum(['all', 'overdue'], { error: 'Vælg alle eller overskredne' }).default('all'),
});

export interface ReportDueRow {
  reportId: string;
  applicationId: string;
  projectTitle: string;
  caseNumber: string;
  poolId: string;
  poolName: string;
  departmentId: string | null;
  departmentName: string | null;
  leadName: string;
  reportTitle: string;
  dueOn: string;
  status: ReportStatus;
  /** Positive: days past the due date; negative: days left. */
  daysOverdue: number;
}

export interface ReportsDue {
  rows: ReportDueRow[];
  overdueCount: number;
  dueSoonCount: number;
  /** For the filters: the pools and units that appear. */
  pools: { id: string; name: string }[];
  departments: { id: string; name: string }[];
}

/**
 * The secretariat's "reports due": every report of their organisations' projects that is overdue
 * or due within 30 days and still waits for the project, by pool and unit (the project's lead unit).
 */
export async function listReportsDue(db: Db, actor: Actor, input: unknown = {}, opts: { today?: string } = {}): Promise<ReportsDue> {
  const data = parseInput(listReportsDueSchema, input ?? {});
  const orgs = organisationIds(actor).filter((o) => mayViewReportsDue(actor, o));
  if (orgs.length === 0) throw forbidden();
  const today = opts.today ?? todayInCopenhagen();
  const conds: SQL[] = [
    inArray(followUpReports.organisationId, orgs),
    inArray(followUpReports.status, ['open', 'changes_requested']),
    lte(followUpReports.dueOn, data.show === 'overdue' ? addDays(today, -1) : addDays(today, DUE_WINDOW_DAYS)),
  ];
  const all = await db
    .select({
      reportId: followUpReports.id,
      applicationId: applications.id,
      projectTitle: applications.title,
      caseNumber: applications.caseNumber,
      poolId: pools.id,
      poolName: pools.name,
      departmentId: departments.id,
      departmentName: departments.name,
      leadName: users.name,
      reportTitle: followUpReports.title,
      dueOn: followUpReports.dueOn,
      stored: followUpReports.status,
    })
    .from(followUpReports)
    .innerJoin(applications, eq(applications.id, followUpReports.applicationId))
    .innerJoin(pools, eq(pools.id, followUpReports.poolId))
    .innerJoin(users, eq(users.id, applications.leadUserId))
    .leftJoin(departments, eq(departments.id, applications.leadDepartmentId))
    .where(and(...conds))
    .orderBy(asc(followUpReports.dueOn), asc(applications.caseNumber));
  const uniq = <T extends { id: string | null; name: string | null }>(xs: T[]) =>
    [...new Map(xs.filter((x) => x.id !== null).map((x) => [x.id, { id: x.id as string, name: x.name ?? '' }])).values()].sort((a, b) =>
      a.name.localeCompare(b.name, 'da'),
    );
  const filterPools = uniq(all.map((r) => ({ id: r.poolId, name: r.poolName })));
  const filterDepts = uniq(all.map((r) => ({ id: r.departmentId, name: r.departmentName })));
  const rows = all
    .filter((r) => (!data.poolId || r.poolId === data.poolId) && (!data.departmentId || r.departmentId === data.departmentId))
    .map(({ stored, ...r }) => ({ ...r, status: reportStatus(stored, r.dueOn, today), daysOverdue: daysBetween(r.dueOn, today) }));
  return {
    rows,
    overdueCount: rows.filter((r) => r.daysOverdue > 0).length,
    dueSoonCount: rows.filter((r) => r.daysOverdue <= 0).length,
    pools: filterPools,
    departments: filterDepts,
  };
}
