import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { ledgerEntries } from '../../db/schema/ledger.js';
import { budgetLineYears, budgetLines, pools } from '../../db/schema/pools.js';
import {
  computeLineYears,
  emptySums,
  lineYearKey,
  projectFigures,
  violations,
  type EntryKind,
  type KindSums,
  type LedgerLine,
  type LineYearFigures,
  type ProjectFigures,
  type Violation,
} from '../../domain/ledger.js';
import { formatKroner } from '../../domain/money.js';
import { AppError, notFound } from '../../errors.js';
import type { Actor } from '../shared/actor.js';

/**
 * The ledger's one write path. Every change (a commitment, a payout, a budget sync …) goes:
 *   lockPool → loadLedgerState → postEntries (adds the entries in memory, refuses on any broken
 *   invariant, then inserts).
 * The lock is a row lock on the pool (SELECT … FOR NO KEY UPDATE), so every writer of one pool's
 * ledger waits for the one before it to commit, on any app instance, and each reads the sums only
 * after it holds the lock (READ COMMITTED takes a fresh snapshot per statement). It does not block
 * foreign-key checks (FOR KEY SHARE) by other tables' inserts.
 */

export interface LockedPool {
  id: string;
  organisationId: string;
  name: string;
  periodStartYear: number;
  periodEndYear: number;
  allowsCarryOver: boolean;
  version: number;
}

/** The pool's columns the ledger needs, read with or without the lock. */
const poolColumns = {
  id: pools.id,
  organisationId: pools.organisationId,
  name: pools.name,
  periodStartYear: pools.periodStartYear,
  periodEndYear: pools.periodEndYear,
  allowsCarryOver: pools.allowsCarryOver,
  version: pools.version,
};

export async function lockPool(tx: Db, poolId: string): Promise<LockedPool> {
  const [pool] = await tx.select(poolColumns).from(pools).where(eq(pools.id, poolId)).for('no key update');
  if (!pool) throw notFound();
  return pool;
}

/** The pool row without a lock (for reads). */
export async function findPool(db: Db, poolId: string): Promise<LockedPool> {
  const [pool] = await db.select(poolColumns).from(pools).where(eq(pools.id, poolId));
  if (!pool) throw notFound();
  return pool;
}

/** Refuse a budget line that is not one of the pool's (VALIDATION_FAILED on `budgetLineId`). */
export function requireLine(state: LedgerState, budgetLineId: string, message = 'Vælg en budgetlinje i puljen'): void {
  if (!state.lines.some((l) => l.id === budgetLineId)) throw new AppError('VALIDATION_FAILED', { fields: { budgetLineId: message } });
}

export interface StateLine extends LedgerLine {
  name: string;
  sortOrder: number;
}

export interface LedgerState {
  pool: LockedPool;
  /** Parents first, each followed by its earmarks, in the setup's order. */
  lines: StateLine[];
  years: number[];
  sums: Map<string, KindSums>;
  /** Sums per project, line and year for the projects loaded (`projectKey`). */
  projectSums: Map<string, KindSums>;
}

export const projectKey = (applicationId: string, lineId: string, year: number) => `${applicationId}|${lineId}|${year}`;

/** Lines, years and sums of a pool's ledger, plus per-project sums for `applicationIds`. */
export async function loadLedgerState(tx: Db, pool: LockedPool, applicationIds: readonly string[] = []): Promise<LedgerState> {
  const lineRows = await tx
    .select({
      id: budgetLines.id,
      parentLineId: budgetLines.parentLineId,
      earmarkShareBp: budgetLines.earmarkShareBp,
      name: budgetLines.name,
      sortOrder: budgetLines.sortOrder,
    })
    .from(budgetLines)
    .where(eq(budgetLines.poolId, pool.id))
    .orderBy(asc(budgetLines.sortOrder), asc(budgetLines.name));
  const lines = orderLines(lineRows);

  const sumRows = await tx
    .select({
      lineId: ledgerEntries.budgetLineId,
      year: ledgerEntries.year,
      kind: ledgerEntries.kind,
      total: sql<number>`sum(${ledgerEntries.amountOere})`.mapWith(Number),
    })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.poolId, pool.id))
    .groupBy(ledgerEntries.budgetLineId, ledgerEntries.year, ledgerEntries.kind);
  const sums = new Map<string, KindSums>();
  const years = new Set<number>();
  for (let y = pool.periodStartYear; y <= pool.periodEndYear; y++) years.add(y);
  for (const r of sumRows) {
    addTo(sums, lineYearKey(r.lineId, r.year), r.kind, r.total);
    years.add(r.year);
  }
  if (lines.length > 0) {
    const setupYears = await tx
      .selectDistinct({ year: budgetLineYears.year })
      .from(budgetLineYears)
      .where(
        inArray(
          budgetLineYears.budgetLineId,
          lines.map((l) => l.id),
        ),
      );
    for (const r of setupYears) years.add(r.year);
  }

  const projectSums = new Map<string, KindSums>();
  const ids = [...new Set(applicationIds)];
  if (ids.length > 0) {
    const rows = await tx
      .select({
        applicationId: ledgerEntries.applicationId,
        lineId: ledgerEntries.budgetLineId,
        year: ledgerEntries.year,
        kind: ledgerEntries.kind,
        total: sql<number>`sum(${ledgerEntries.amountOere})`.mapWith(Number),
      })
      .from(ledgerEntries)
      .where(and(eq(ledgerEntries.poolId, pool.id), isNotNull(ledgerEntries.applicationId), inArray(ledgerEntries.applicationId, ids)))
      .groupBy(ledgerEntries.applicationId, ledgerEntries.budgetLineId, ledgerEntries.year, ledgerEntries.kind);
    for (const r of rows) if (r.applicationId) addTo(projectSums, projectKey(r.applicationId, r.lineId, r.year), r.kind, r.total);
  }
  return { pool, lines, years: [...years].sort((a, b) => a - b), sums, projectSums };
}

function orderLines(rows: StateLine[]): StateLine[] {
  const out: StateLine[] = [];
  for (const parent of rows.filter((r) => !r.parentLineId)) {
    out.push(parent);
    out.push(...rows.filter((r) => r.parentLineId === parent.id));
  }
  // Orphans (a parent outside this pool) last, so nothing is silently dropped.
  for (const r of rows) if (!out.includes(r)) out.push(r);
  return out;
}

function addTo(map: Map<string, KindSums>, key: string, kind: EntryKind, amount: number): void {
  const s = map.get(key) ?? emptySums();
  s[kind] += amount;
  map.set(key, s);
}

export function lineYearsOf(state: LedgerState): LineYearFigures[] {
  return computeLineYears(state.lines, state.years, state.sums);
}

export function projectsOf(state: LedgerState): ProjectFigures[] {
  return [...state.projectSums.entries()].map(([key, s]) => {
    const [applicationId = '', lineId = '', year = '0'] = key.split('|');
    return projectFigures(applicationId, lineId, Number(year), s);
  });
}

export interface NewEntry {
  budgetLineId: string;
  year: number;
  kind: EntryKind;
  amountOere: number;
  applicationId?: string | null;
  payeeDepartmentId?: string | null;
  reference: string;
  reason: string;
  reversesEntryId?: string | null;
  /** Index into the same batch (or an existing id) of the entry this one is linked to. */
  relatedEntryId?: string | null;
  relatedToIndex?: number;
}

/**
 * Add the entries to the state, refuse if any invariant breaks (nothing is written then), else
 * insert them in order and return their ids. Call only while holding `lockPool`.
 */
export async function postEntries(tx: Db, actor: Actor | null, state: LedgerState, entries: readonly NewEntry[]): Promise<string[]> {
  const lineIds = new Set(state.lines.map((l) => l.id));
  for (const e of entries) {
    if (!lineIds.has(e.budgetLineId)) throw notFound();
    if (!Number.isSafeInteger(e.amountOere) || e.amountOere === 0) throw new Error(`ledger: bad amount ${e.amountOere}`);
    addTo(state.sums, lineYearKey(e.budgetLineId, e.year), e.kind, e.amountOere);
    if (!state.years.includes(e.year)) state.years = [...state.years, e.year].sort((a, b) => a - b);
    if (e.applicationId) addTo(state.projectSums, projectKey(e.applicationId, e.budgetLineId, e.year), e.kind, e.amountOere);
  }
  const broken = violations(lineYearsOf(state), projectsOf(state));
  if (broken.length > 0) {
    // Take the entries back out, so a caller that catches the refusal keeps a true picture.
    for (const e of entries) {
      addTo(state.sums, lineYearKey(e.budgetLineId, e.year), e.kind, -e.amountOere);
      if (e.applicationId) addTo(state.projectSums, projectKey(e.applicationId, e.budgetLineId, e.year), e.kind, -e.amountOere);
    }
    throw refusal(state, broken);
  }
  const ids: string[] = [];
  for (const e of entries) {
    const related = e.relatedToIndex !== undefined ? ids[e.relatedToIndex] : e.relatedEntryId;
    const [row] = await tx
      .insert(ledgerEntries)
      .values({
        poolId: state.pool.id,
        budgetLineId: e.budgetLineId,
        year: e.year,
        kind: e.kind,
        amountOere: e.amountOere,
        applicationId: e.applicationId ?? null,
        payeeDepartmentId: e.payeeDepartmentId ?? null,
        reference: e.reference,
        reason: e.reason,
        reversesEntryId: e.reversesEntryId ?? null,
        relatedEntryId: related ?? null,
        recordedBy: actor?.userId ?? null,
      })
      .returning({ id: ledgerEntries.id });
    if (!row) throw new Error('insert returned no row');
    ids.push(row.id);
  }
  return ids;
}

/** The refusal for the first broken invariant, naming the line and year in Danish. */
export function refusal(state: LedgerState, broken: readonly Violation[]): AppError {
  const first = broken[0];
  if (!first) return new AppError('INSUFFICIENT_FUNDS');
  const lineName = state.lines.find((l) => l.id === first.budgetLineId)?.name ?? '';
  if (first.kind === 'line') {
    const short = formatKroner(-first.remainingOere);
    const shortEn = formatKroner(-first.remainingOere, 'en');
    return new AppError('INSUFFICIENT_FUNDS', {
      message: {
        da: `Der er ikke penge nok på budgetlinjen ${lineName} i ${first.year}: der mangler ${short}.`,
        en: `There is not enough money on the budget line ${lineName} in ${first.year}: ${shortEn} short.`,
      },
    });
  }
  const over = formatKroner(Math.max(-first.payableOere, -first.paidOere, -first.returnedOere, -first.committedOere));
  const overEn = formatKroner(Math.max(-first.payableOere, -first.paidOere, -first.returnedOere, -first.committedOere), 'en');
  return new AppError('EXCEEDS_COMMITMENT', {
    message: {
      da: `Beløbet overstiger projektets bevilling på ${lineName} i ${first.year} med ${over} (bevilget ${formatKroner(first.committedOere)}, udbetalt ${formatKroner(first.paidOere)}, tilbageført ${formatKroner(first.returnedOere)}).`,
      en: `The amount exceeds the project's commitment on ${lineName} in ${first.year} by ${overEn}.`,
    },
  });
}
