import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { organisations } from '../../db/schema/organisations.js';
import { budgetLineYears, budgetLines, decisionBodies, meetings, pools } from '../../db/schema/pools.js';
import type { EligibilityRule } from '../../domain/eligibility.js';
import type { PoolConfigLists } from '../../domain/pool-config.js';
import type { Rubric } from '../../domain/scoring.js';
import type { PoolSetupInput } from './pool-schema.js';

export interface YearAmountView {
  year: number;
  amountOere: number;
}

export interface DecisionRouteView {
  decisionMode: 'meeting' | 'direct';
  decisionBodyKey: string | null;
  decisionBodyName: string | null;
  directDeciderLabel: string | null;
}

export interface EarmarkView extends DecisionRouteView {
  id: string;
  key: string;
  name: string;
  shareBp: number;
  openForApplications: boolean;
  /** The share of the parent's budget per year (rounded down to whole øre). */
  amounts: YearAmountView[];
}

export interface BudgetLineView extends DecisionRouteView {
  id: string;
  key: string;
  name: string;
  purpose: 'grants' | 'operation';
  openForApplications: boolean;
  /** One entry per year of the period (0 where the setup gives nothing). */
  amounts: YearAmountView[];
  earmarks: EarmarkView[];
}

export interface PoolDetails {
  id: string;
  organisationId: string;
  organisationName: string;
  networkId: string | null;
  name: string;
  description: string;
  periodStartYear: number;
  periodEndYear: number;
  status: 'draft' | 'open' | 'closed';
  intake: 'continuous' | 'rounds';
  allowsCarryOver: boolean;
  lists: PoolConfigLists;
  eligibilityRules: EligibilityRule[];
  rubric: Rubric;
  followUpMonths: number[];
  version: number;
  createdAt: string;
  updatedAt: string;
  decisionBodies: { id: string; key: string; name: string; description: string }[];
  budgetLines: BudgetLineView[];
  meetings: {
    id: string;
    decisionBodyKey: string;
    decisionBodyName: string;
    startsAt: string;
    location: string;
    submissionDeadline: string | null;
    status: string;
  }[];
}

/** An earmark's yearly amount: its share of the parent's budget, rounded down to whole øre. */
export const earmarkAmount = (parentOere: number, shareBp: number): number => Math.floor((parentOere * shareBp) / 10_000);

/** The pool with every child row, or null. No authorization: callers authorize. */
export async function loadPoolDetails(db: Db, poolId: string): Promise<PoolDetails | null> {
  const [row] = await db
    .select({ pool: pools, organisationName: organisations.name })
    .from(pools)
    .innerJoin(organisations, eq(organisations.id, pools.organisationId))
    .where(eq(pools.id, poolId));
  if (!row) return null;
  const p = row.pool;
  const bodies = await db
    .select()
    .from(decisionBodies)
    .where(eq(decisionBodies.poolId, poolId))
    .orderBy(asc(decisionBodies.sortOrder), asc(decisionBodies.name));
  const bodyById = new Map(bodies.map((b) => [b.id, b]));
  const lines = await db.select().from(budgetLines).where(eq(budgetLines.poolId, poolId)).orderBy(asc(budgetLines.sortOrder), asc(budgetLines.name));
  const years = lines.length
    ? await db
        .select()
        .from(budgetLineYears)
        .where(
          inArray(
            budgetLineYears.budgetLineId,
            lines.map((l) => l.id),
          ),
        )
    : [];
  const meetingRows = bodies.length
    ? await db
        .select()
        .from(meetings)
        .where(
          inArray(
            meetings.decisionBodyId,
            bodies.map((b) => b.id),
          ),
        )
        .orderBy(asc(meetings.startsAt))
    : [];

  const periodYears: number[] = [];
  for (let y = p.periodStartYear; y <= p.periodEndYear; y++) periodYears.push(y);
  const route = (l: (typeof lines)[number]): DecisionRouteView => {
    const body = l.decisionBodyId ? bodyById.get(l.decisionBodyId) : undefined;
    return {
      decisionMode: l.decisionMode,
      decisionBodyKey: body?.key ?? null,
      decisionBodyName: body?.name ?? null,
      directDeciderLabel: l.directDeciderLabel,
    };
  };

  const budget: BudgetLineView[] = lines
    .filter((l) => l.parentLineId === null)
    .map((l) => {
      const own = years.filter((y) => y.budgetLineId === l.id);
      const extra = own.map((y) => y.year).filter((y) => !periodYears.includes(y));
      const amounts = [...periodYears, ...extra].sort((a, b) => a - b).map((year) => ({ year, amountOere: own.find((y) => y.year === year)?.amountOere ?? 0 }));
      return {
        id: l.id,
        key: l.key,
        name: l.name,
        purpose: l.purpose,
        openForApplications: l.openForApplications,
        ...route(l),
        amounts,
        earmarks: lines
          .filter((e) => e.parentLineId === l.id)
          .map((e) => ({
            id: e.id,
            key: e.key,
            name: e.name,
            shareBp: e.earmarkShareBp ?? 0,
            openForApplications: e.openForApplications,
            ...route(e),
            amounts: amounts.map((a) => ({ year: a.year, amountOere: earmarkAmount(a.amountOere, e.earmarkShareBp ?? 0) })),
          })),
      };
    });

  return {
    id: p.id,
    organisationId: p.organisationId,
    organisationName: row.organisationName,
    networkId: p.networkId,
    ...setupScalars(p),
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    decisionBodies: bodies.map((b) => ({ id: b.id, key: b.key, name: b.name, description: b.description })),
    budgetLines: budget,
    meetings: meetingRows.map((m) => {
      const body = bodyById.get(m.decisionBodyId);
      return {
        id: m.id,
        decisionBodyKey: body?.key ?? '',
        decisionBodyName: body?.name ?? '',
        startsAt: m.startsAt.toISOString(),
        location: m.location,
        submissionDeadline: m.submissionDeadline,
        status: m.status,
      };
    }),
  };
}

/** The setup's own fields (not its child rows), as the pool row and the details both hold them. */
type SetupScalars = Pick<
  PoolDetails,
  | 'name'
  | 'description'
  | 'periodStartYear'
  | 'periodEndYear'
  | 'status'
  | 'intake'
  | 'allowsCarryOver'
  | 'lists'
  | 'eligibilityRules'
  | 'rubric'
  | 'followUpMonths'
>;
function setupScalars(p: SetupScalars): SetupScalars {
  return {
    name: p.name,
    description: p.description,
    periodStartYear: p.periodStartYear,
    periodEndYear: p.periodEndYear,
    status: p.status,
    intake: p.intake,
    allowsCarryOver: p.allowsCarryOver,
    lists: p.lists,
    eligibilityRules: p.eligibilityRules,
    rubric: p.rubric,
    followUpMonths: p.followUpMonths,
  };
}

/** The pool's current setup in the shape the schema takes, for merging edits and for audit snapshots. */
export function setupOf(p: PoolDetails): PoolSetupInput {
  const route = (r: DecisionRouteView) => ({
    decisionMode: r.decisionMode,
    ...(r.decisionMode === 'meeting' && r.decisionBodyKey ? { decisionBodyKey: r.decisionBodyKey } : {}),
    ...(r.decisionMode === 'direct' && r.directDeciderLabel ? { directDeciderLabel: r.directDeciderLabel } : {}),
  });
  return {
    ...setupScalars(p),
    decisionBodies: p.decisionBodies.map(({ key, name, description }) => ({ key, name, description })),
    budgetLines: p.budgetLines.map((l) => ({
      key: l.key,
      name: l.name,
      purpose: l.purpose,
      openForApplications: l.openForApplications,
      ...route(l),
      amounts: l.amounts.map(({ year, amountOere }) => ({ year, amountOere })),
      earmarks: l.earmarks.map((e) => ({ key: e.key, name: e.name, shareBp: e.shareBp, openForApplications: e.openForApplications, ...route(e) })),
    })),
    meetings: p.meetings.map((m) => ({
      id: m.id,
      decisionBodyKey: m.decisionBodyKey,
      startsAt: m.startsAt,
      location: m.location,
      ...(m.submissionDeadline ? { submissionDeadline: m.submissionDeadline } : {}),
    })),
  };
}
