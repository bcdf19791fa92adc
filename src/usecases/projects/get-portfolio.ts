import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { applications } from '../../db/schema/applications.js';
import { ledgerEntries } from '../../db/schema/ledger.js';
import { departments } from '../../db/schema/organisations.js';
import { projectEvaluations } from '../../db/schema/project-outcomes.js';
import { pools } from '../../db/schema/pools.js';
import { APPLICATION_STATES, stateInfo, type ApplicationState } from '../../domain/application-workflow.js';
import { todayInCopenhagen } from '../../domain/dates.js';
import type { Recommendation } from '../../domain/evaluation.js';
import { isUuid } from '../../domain/ids.js';
import { notFound } from '../../errors.js';
import { can } from '../../policies/authorize.js';
import { assertMayViewPortfolio } from '../../policies/project-outcomes.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { reportFactsFor } from './report-facts.js';

/** The states a project passes through after the grant (the portfolio's phases). */
export const PORTFOLIO_STATES: readonly ApplicationState[] = APPLICATION_STATES.filter(
  (s) => s === 'approved' || stateInfo(s).stage === 'project' || s === 'closed',
);

const optional = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());
export const getPortfolioSchema = z.object({
  /** One pool; without it every pool of the organisation. */
  poolId: optional,
  /** The organisation (when the actor has several); default the first where they may see the portfolio. */
  organisationId: optional,
  state: z.preprocess((v) => (v === '' ? undefined : v), z.enum(APPLICATION_STATES, { error: 'Ukendt fase' }).optional()),
  departmentId: optional,
});

export interface PortfolioProject {
  id: string;
  caseNumber: string;
  title: string;
  poolId: string;
  poolName: string;
  state: ApplicationState;
  leadDepartmentName: string | null;
  committedOere: number;
  paidOere: number;
  returnedOere: number;
  overdueReports: number;
  goalsOnTrack: number;
  goalsOffTrack: number;
  recommendation: Recommendation | null;
}

export interface PortfolioYear {
  year: number;
  committedOere: number;
  paidOere: number;
  returnedOere: number;
}

export interface Portfolio {
  organisationId: string;
  pools: { id: string; name: string }[];
  poolId: string | null;
  filters: { state: ApplicationState | null; departmentId: string | null };
  departments: { id: string; name: string }[];
  byPhase: { state: ApplicationState; count: number }[];
  projects: PortfolioProject[];
  years: PortfolioYear[];
  totals: {
    projects: number;
    overdueReports: number;
    goalsOnTrack: number;
    goalsOffTrack: number;
    committedOere: number;
    paidOere: number;
    returnedOere: number;
  };
}

/**
 * The portfolio of one pool or of every pool of an organisation: projects by phase, follow-up reports
 * overdue, result goals on track or not (from the follow-up reports), and money committed, paid and
 * returned per year (from the ledger), filterable by phase and lead unit. One query per table.
 */
export async function getPortfolio(db: Db, actor: Actor, input: unknown, today = todayInCopenhagen()): Promise<Portfolio> {
  const data = parseInput(getPortfolioSchema, input);
  let organisationId: string;
  if (data.poolId) {
    if (!isUuid(data.poolId)) throw notFound();
    const [pool] = await db.select({ organisationId: pools.organisationId }).from(pools).where(eq(pools.id, data.poolId));
    if (!pool) throw notFound();
    organisationId = pool.organisationId;
  } else if (data.organisationId) {
    if (!isUuid(data.organisationId)) throw notFound();
    organisationId = data.organisationId;
  } else {
    organisationId =
      actor.memberships.find((m) => can(actor, 'portfolio.view', m.organisationId))?.organisationId ?? actor.memberships[0]?.organisationId ?? '';
  }
  assertMayViewPortfolio(actor, organisationId);

  const orgPools = await db.select({ id: pools.id, name: pools.name }).from(pools).where(eq(pools.organisationId, organisationId)).orderBy(asc(pools.name));
  const poolIds = data.poolId ? [data.poolId] : orgPools.map((p) => p.id);
  const poolName = new Map(orgPools.map((p) => [p.id, p.name]));
  const orgDepartments = await db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(eq(departments.organisationId, organisationId))
    .orderBy(asc(departments.name));
  const deptName = new Map(orgDepartments.map((d) => [d.id, d.name]));

  const rows =
    poolIds.length === 0
      ? []
      : await db
          .select({
            id: applications.id,
            caseNumber: applications.caseNumber,
            title: applications.title,
            poolId: applications.poolId,
            state: applications.state,
            leadDepartmentId: applications.leadDepartmentId,
          })
          .from(applications)
          .where(
            and(
              inArray(applications.poolId, poolIds),
              inArray(applications.state, [...PORTFOLIO_STATES]),
              data.departmentId && isUuid(data.departmentId) ? eq(applications.leadDepartmentId, data.departmentId) : undefined,
            ),
          )
          .orderBy(asc(applications.caseNumber));
  const byPhase = PORTFOLIO_STATES.map((state) => ({ state, count: rows.filter((r) => r.state === state).length }));
  const selected = data.state ? rows.filter((r) => r.state === data.state) : rows;
  const ids = selected.map((r) => r.id);

  const money =
    ids.length === 0
      ? []
      : await db
          .select({
            applicationId: ledgerEntries.applicationId,
            year: ledgerEntries.year,
            kind: ledgerEntries.kind,
            total: sql<number>`sum(${ledgerEntries.amountOere})`.mapWith(Number),
          })
          .from(ledgerEntries)
          .where(and(isNotNull(ledgerEntries.applicationId), inArray(ledgerEntries.applicationId, ids)))
          .groupBy(ledgerEntries.applicationId, ledgerEntries.year, ledgerEntries.kind);
  const evaluations =
    ids.length === 0
      ? []
      : await db
          .select({ applicationId: projectEvaluations.applicationId, recommendation: projectEvaluations.recommendation })
          .from(projectEvaluations)
          .where(inArray(projectEvaluations.applicationId, ids));
  const recommendation = new Map(evaluations.map((e) => [e.applicationId, e.recommendation]));
  const facts = await reportFactsFor(db, ids, today);

  const perYear = new Map<number, PortfolioYear>();
  const perProject = new Map<string, { committedOere: number; paidOere: number; returnedOere: number }>();
  for (const m of money) {
    if (!m.applicationId) continue;
    const y = perYear.get(m.year) ?? { year: m.year, committedOere: 0, paidOere: 0, returnedOere: 0 };
    const p = perProject.get(m.applicationId) ?? { committedOere: 0, paidOere: 0, returnedOere: 0 };
    const key = m.kind === 'commitment' ? 'committedOere' : m.kind === 'payout' ? 'paidOere' : m.kind === 'return' ? 'returnedOere' : null;
    if (!key) continue;
    y[key] += m.total;
    p[key] += m.total;
    perYear.set(m.year, y);
    perProject.set(m.applicationId, p);
  }
  const projects: PortfolioProject[] = selected.map((r) => {
    const f = facts.get(r.id);
    const p = perProject.get(r.id) ?? { committedOere: 0, paidOere: 0, returnedOere: 0 };
    return {
      id: r.id,
      caseNumber: r.caseNumber,
      title: r.title,
      poolId: r.poolId,
      poolName: poolName.get(r.poolId) ?? '',
      state: r.state,
      leadDepartmentName: r.leadDepartmentId ? (deptName.get(r.leadDepartmentId) ?? null) : null,
      ...p,
      overdueReports: f?.overdueCount ?? 0,
      goalsOnTrack: f?.goalsOnTrack ?? 0,
      goalsOffTrack: f?.goalsOffTrack ?? 0,
      recommendation: recommendation.get(r.id) ?? null,
    };
  });
  const sum = (k: keyof Pick<PortfolioProject, 'overdueReports' | 'goalsOnTrack' | 'goalsOffTrack' | 'committedOere' | 'paidOere' | 'returnedOere'>) =>
    projects.reduce((s, p) => s + p[k], 0);
  return {
    organisationId,
    pools: orgPools,
    poolId: data.poolId ?? null,
    filters: { state: data.state ?? null, departmentId: data.departmentId ?? null },
    departments: orgDepartments,
    byPhase,
    projects,
    years: [...perYear.values()].sort((a, b) => a.year - b.year),
    totals: {
      projects: projects.length,
      overdueReports: sum('overdueReports'),
      goalsOnTrack: sum('goalsOnTrack'),
      goalsOffTrack: sum('goalsOffTrack'),
      committedOere: sum('committedOere'),
      paidOere: sum('paidOere'),
      returnedOere: sum('returnedOere'),
    },
  };
}
