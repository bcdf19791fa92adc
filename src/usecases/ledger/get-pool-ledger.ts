import { z } from 'zod';
import { isUuid } from '../../domain/ids.js';
import type { Db } from '../../db/client.js';
import { totalOf, type LineYearFigures } from '../../domain/ledger.js';
import { notFound } from '../../errors.js';
import { authorize } from '../../policies/authorize.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { findPool, lineYearsOf, loadLedgerState } from './ledger-state.js';

export const getPoolLedgerSchema = z.object({ poolId: z.string() });

export type LedgerFigures = Omit<LineYearFigures, 'budgetLineId' | 'year'>;

export interface PoolLedgerRow extends LineYearFigures {
  budgetLineName: string;
  parentLineId: string | null;
}

export interface PoolLedger {
  pool: { id: string; name: string; organisationId: string; periodStartYear: number; periodEndYear: number; allowsCarryOver: boolean };
  lines: { id: string; name: string; parentLineId: string | null; earmarkShareBp: number | null }[];
  years: number[];
  /** One row per line and year: lines in the setup's order (earmarks after their parent), years ascending. */
  rows: PoolLedgerRow[];
  lineTotals: (LedgerFigures & { budgetLineId: string; budgetLineName: string })[];
  yearTotals: (LedgerFigures & { year: number })[];
  /** Over every line and year. The earmark column nets to zero here. */
  totals: LedgerFigures;
}

/** The pool's economy: per line and year budget, committed, paid, returned and remaining, with totals. */
export async function getPoolLedger(db: Db, actor: Actor, input: unknown): Promise<PoolLedger> {
  const { poolId } = parseInput(getPoolLedgerSchema, input);
  if (!isUuid(poolId)) throw notFound();
  const pool = await findPool(db, poolId);
  authorize(actor, 'ledger.view', pool.organisationId);
  const state = await loadLedgerState(db, pool);
  const byId = new Map(state.lines.map((l) => [l.id, l]));
  const rows: PoolLedgerRow[] = lineYearsOf(state).map((f) => ({
    ...f,
    budgetLineName: byId.get(f.budgetLineId)?.name ?? '',
    parentLineId: byId.get(f.budgetLineId)?.parentLineId ?? null,
  }));
  return {
    pool: {
      id: pool.id,
      name: pool.name,
      organisationId: pool.organisationId,
      periodStartYear: pool.periodStartYear,
      periodEndYear: pool.periodEndYear,
      allowsCarryOver: pool.allowsCarryOver,
    },
    lines: state.lines.map((l) => ({ id: l.id, name: l.name, parentLineId: l.parentLineId, earmarkShareBp: l.earmarkShareBp })),
    years: state.years,
    rows,
    lineTotals: state.lines.map((l) => ({ budgetLineId: l.id, budgetLineName: l.name, ...totalOf(rows.filter((r) => r.budgetLineId === l.id)) })),
    yearTotals: state.years.map((year) => ({ year, ...totalOf(rows.filter((r) => r.year === year)) })),
    totals: totalOf(rows),
  };
}
