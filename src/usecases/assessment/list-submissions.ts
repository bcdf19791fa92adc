import { and, asc, desc, eq, ilike, ne, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { applications } from '../../db/schema/applications.js';
import { departments } from '../../db/schema/organisations.js';
import { budgetLines } from '../../db/schema/pools.js';
import { APPLICATION_STATES, type ApplicationState } from '../../domain/application-workflow.js';
import { todayInCopenhagen } from '../../domain/dates.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { loadPoolFor, type PoolRow } from './load.js';

export const SUBMISSION_SORTS = ['age', 'case', 'title', 'amount', 'status'] as const;
export const PAGE_SIZE = 25;

const emptyToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

export const listSubmissionsSchema = z.object({
  poolId: z.string(),
  status: z.preprocess(
    emptyToUndefined,
    z.enum(APPLICATION_STATES.filter((s) => s !== 'draft') as [ApplicationState, ...ApplicationState[]], { error: 'Ukendt status' }).optional(),
  ),
  budgetLineId: z.preprocess(emptyToUndefined, z.uuid({ error: 'Ukendt budgetlinje' }).optional()),
  projectType: z.preprocess(emptyToUndefined, z.string().max(60).optional()),
  category: z.preprocess(emptyToUndefined, z.string().max(60).optional()),
  departmentId: z.preprocess(emptyToUndefined, z.uuid({ error: 'Ukendt afdeling' }).optional()),
  /** Search in title and case number. */
  q: z.preprocess(emptyToUndefined, z.string().trim().max(200).optional()),
  sort: z.preprocess(emptyToUndefined, z.enum(SUBMISSION_SORTS).default('age')),
  dir: z.preprocess(emptyToUndefined, z.enum(['asc', 'desc']).optional()),
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(10_000).default(1)),
});
export type ListSubmissionsFilter = z.output<typeof listSubmissionsSchema>;

export interface SubmissionRow {
  id: string;
  caseNumber: string;
  title: string;
  state: ApplicationState;
  projectType: string | null;
  category: string | null;
  budgetLineId: string | null;
  budgetLineName: string | null;
  departmentName: string | null;
  amountAppliedOere: number;
  submittedAt: Date | null;
  /** Whole days since submission (Danish calendar days); null if never submitted. */
  ageDays: number | null;
}

export interface SubmissionList {
  pool: PoolRow;
  filter: ListSubmissionsFilter;
  rows: SubmissionRow[];
  total: number;
  page: number;
  pageCount: number;
}

function daysBetween(isoFrom: string, isoTo: string): number {
  return Math.round((Date.parse(`${isoTo}T00:00:00Z`) - Date.parse(`${isoFrom}T00:00:00Z`)) / 86_400_000);
}

/**
 * The secretariat's inbox for a pool: every submitted application (drafts never), filtered by status,
 * budget line, project type, category and lead department, searched by title and case number, sorted
 * (default: oldest case first) and paginated, with each case's age in days.
 */
export async function listSubmissions(db: Db, actor: Actor, input: unknown, now = new Date()): Promise<SubmissionList> {
  const filter = parseInput(listSubmissionsSchema, input);
  const pool = await loadPoolFor(db, actor, filter.poolId, 'assessment.screen');
  const where: SQL[] = [eq(applications.poolId, pool.id), ne(applications.state, 'draft'), sql`${applications.submittedAt} is not null`];
  if (filter.status) where.push(eq(applications.state, filter.status));
  if (filter.budgetLineId) where.push(eq(applications.budgetLineId, filter.budgetLineId));
  if (filter.projectType) where.push(eq(applications.projectType, filter.projectType));
  if (filter.category) where.push(eq(applications.category, filter.category));
  if (filter.departmentId) where.push(eq(applications.leadDepartmentId, filter.departmentId));
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    const search = or(ilike(applications.title, like), ilike(applications.caseNumber, like));
    if (search) where.push(search);
  }
  const cond = and(...where);
  const dir = filter.dir ?? (filter.sort === 'amount' || filter.sort === 'age' ? 'desc' : 'asc');
  const by = dir === 'asc' ? asc : desc;
  const order = {
    // Age descending (the default) = oldest case first = earliest submission first.
    age: [(dir === 'asc' ? desc : asc)(applications.submittedAt)],
    case: [by(applications.caseNumber)],
    title: [by(applications.title)],
    amount: [by(applications.amountAppliedOere)],
    status: [by(applications.state)],
  }[filter.sort];

  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(applications)
    .where(cond);
  const total = Number(count?.n ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(filter.page, pageCount);
  const rows = await db
    .select({
      id: applications.id,
      caseNumber: applications.caseNumber,
      title: applications.title,
      state: applications.state,
      projectType: applications.projectType,
      category: applications.category,
      budgetLineId: applications.budgetLineId,
      budgetLineName: budgetLines.name,
      departmentName: departments.name,
      amountAppliedOere: applications.amountAppliedOere,
      submittedAt: applications.submittedAt,
    })
    .from(applications)
    .leftJoin(budgetLines, eq(budgetLines.id, applications.budgetLineId))
    .leftJoin(departments, eq(departments.id, applications.leadDepartmentId))
    .where(cond)
    .orderBy(...order, asc(applications.caseNumber))
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE);
  const today = todayInCopenhagen(now);
  return {
    pool,
    filter,
    total,
    page,
    pageCount,
    rows: rows.map((r) => ({ ...r, ageDays: r.submittedAt ? daysBetween(todayInCopenhagen(r.submittedAt), today) : null })),
  };
}

/** The choices the inbox's filters offer: the pool's budget lines and the organisation's departments. */
export async function inboxOptions(db: Db, pool: PoolRow): Promise<{ lines: { id: string; name: string }[]; departments: { id: string; name: string }[] }> {
  const lines = await db
    .select({ id: budgetLines.id, name: budgetLines.name })
    .from(budgetLines)
    .where(eq(budgetLines.poolId, pool.id))
    .orderBy(asc(budgetLines.sortOrder));
  const deps = await db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(eq(departments.organisationId, pool.organisationId))
    .orderBy(asc(departments.name));
  return { lines, departments: deps };
}
