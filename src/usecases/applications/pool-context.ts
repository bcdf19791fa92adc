import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import { isUuid } from '../../domain/ids.js';
import type { Db } from '../../db/client.js';
import { departments } from '../../db/schema/organisations.js';
import { budgetLineYears, budgetLines, decisionBodies, meetings, pools } from '../../db/schema/pools.js';
import type { PoolOffer } from '../../domain/application-sections.js';
import { todayInCopenhagen } from '../../domain/dates.js';
import { lineBalances } from '../ledger/line-balances.js';
import { notFound } from '../../errors.js';

export type PoolRow = typeof pools.$inferSelect;

export interface LineInfo {
  id: string;
  key: string;
  name: string;
  parentLineId: string | null;
  earmarkShareBp: number | null;
  openForApplications: boolean;
  purpose: 'grants' | 'operation';
  decisionMode: 'meeting' | 'direct';
  directDeciderLabel: string | null;
  years: { year: number; amountOere: number }[];
}

export interface PoolContext {
  pool: PoolRow;
  lines: LineInfo[];
  /** Lines an applicant may choose: open for applications and for grants. */
  openLines: LineInfo[];
  departments: { id: string; name: string }[];
  offer: PoolOffer;
}

/** A pool with what the application form needs from it. No authorization: callers authorize. */
export async function loadPoolContext(db: Db, poolId: string): Promise<PoolContext> {
  if (!isUuid(poolId)) throw notFound();
  const [pool] = await db.select().from(pools).where(eq(pools.id, poolId));
  if (!pool) throw notFound();
  const lineRows = await db.select().from(budgetLines).where(eq(budgetLines.poolId, poolId)).orderBy(asc(budgetLines.sortOrder), asc(budgetLines.name));
  const yearRows = lineRows.length
    ? await db
        .select()
        .from(budgetLineYears)
        .where(
          inArray(
            budgetLineYears.budgetLineId,
            lineRows.map((l) => l.id),
          ),
        )
        .orderBy(asc(budgetLineYears.year))
    : [];
  const lines: LineInfo[] = lineRows.map((l) => ({
    id: l.id,
    key: l.key,
    name: l.name,
    parentLineId: l.parentLineId,
    earmarkShareBp: l.earmarkShareBp,
    openForApplications: l.openForApplications,
    purpose: l.purpose,
    decisionMode: l.decisionMode,
    directDeciderLabel: l.directDeciderLabel,
    years: yearRows.filter((y) => y.budgetLineId === l.id).map((y) => ({ year: y.year, amountOere: y.amountOere })),
  }));
  const deps = await db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(and(eq(departments.organisationId, pool.organisationId), eq(departments.active, true)))
    .orderBy(asc(departments.name));
  const openLines = lines.filter((l) => l.openForApplications && l.purpose === 'grants');
  return {
    pool,
    lines,
    openLines,
    departments: deps,
    offer: {
      projectTypes: pool.lists.projectTypes.length,
      categories: pool.lists.categories.length,
      targetGroups: pool.lists.targetGroups.length,
      departments: deps.length,
    },
  };
}

/**
 * What a line can still grant per year: from the ledger when it has entries for the pool; until then
 * from the setup's budget (an earmark gets its share of the parent's year; the parent keeps the rest).
 */
export async function availableByYear(db: Db, ctx: PoolContext, lineId: string): Promise<Map<number, number>> {
  const balances = await lineBalances(db, ctx.pool.id);
  if (balances.length > 0) {
    return new Map(balances.filter((b) => b.budgetLineId === lineId).map((b) => [b.year, b.remainingOere]));
  }
  const line = ctx.lines.find((l) => l.id === lineId);
  const out = new Map<number, number>();
  if (!line) return out;
  const share = (amount: number, bp: number) => Math.floor((amount * bp) / 10_000);
  if (line.parentLineId) {
    const parent = ctx.lines.find((l) => l.id === line.parentLineId);
    for (const y of parent?.years ?? []) out.set(y.year, share(y.amountOere, line.earmarkShareBp ?? 0));
    return out;
  }
  const earmarks = ctx.lines.filter((l) => l.parentLineId === line.id);
  for (const y of line.years) {
    out.set(y.year, y.amountOere - earmarks.reduce((s, e) => s + share(y.amountOere, e.earmarkShareBp ?? 0), 0));
  }
  return out;
}

export interface NextMeeting {
  startsAt: Date;
  submissionDeadline: string | null;
  bodyName: string;
}

/** Per pool, the next meeting whose submission deadline has not passed. */
export async function nextMeetings(db: Db, poolIds: string[], now = new Date()): Promise<Map<string, NextMeeting>> {
  const out = new Map<string, NextMeeting>();
  if (poolIds.length === 0) return out;
  const today = todayInCopenhagen(now);
  const rows = await db
    .select({
      poolId: decisionBodies.poolId,
      bodyName: decisionBodies.name,
      startsAt: meetings.startsAt,
      submissionDeadline: meetings.submissionDeadline,
      status: meetings.status,
    })
    .from(meetings)
    .innerJoin(decisionBodies, eq(decisionBodies.id, meetings.decisionBodyId))
    .where(and(inArray(decisionBodies.poolId, poolIds), gt(meetings.startsAt, now)))
    .orderBy(asc(meetings.startsAt));
  for (const r of rows) {
    if (r.status === 'cancelled' || out.has(r.poolId)) continue;
    // The meeting an application submitted today can still reach.
    if (r.submissionDeadline !== null && r.submissionDeadline < today) continue;
    out.set(r.poolId, { startsAt: r.startsAt, submissionDeadline: r.submissionDeadline, bodyName: r.bodyName });
  }
  return out;
}
