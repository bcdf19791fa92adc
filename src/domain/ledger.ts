/**
 * The pool's money as pure arithmetic: from sums of ledger entries to balances per budget line and
 * year, and the invariants every change must keep. No I/O; the use cases load the sums under a lock,
 * add the entries they propose, and refuse the change when `violations` is not empty.
 *
 * Per line and year:
 *   base       = budget entries + adjustments                                  (top-level lines)
 *   earmark    = − Σ ⌊max(0, base) × share⌋ over the line's earmarks            (on the parent)
 *              = + ⌊max(0, base of parent) × share⌋                             (on an earmark)
 *   budget     = base + earmark + carried in − carried out                     (what the line has)
 *   remaining  = budget − committed + returned                                 (never below zero)
 * Per project, line and year: paid + returned ≤ committed, each of them ≥ 0.
 */

export const ENTRY_KINDS = ['budget', 'adjustment', 'commitment', 'payout', 'return', 'carry_over_out', 'carry_over_in'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export type KindSums = Record<EntryKind, number>;

export const emptySums = (): KindSums => ({ budget: 0, adjustment: 0, commitment: 0, payout: 0, return: 0, carry_over_out: 0, carry_over_in: 0 });

export interface LedgerLine {
  id: string;
  parentLineId: string | null;
  /** Only on earmarks: share of the parent's yearly budget in basis points (1000 = 10 %). */
  earmarkShareBp: number | null;
}

export interface LineYearFigures {
  budgetLineId: string;
  year: number;
  /** Budget entries (from the pool's setup). */
  setupOere: number;
  adjustmentsOere: number;
  /** Negative on a parent (what its earmarks take), positive on an earmark (its share). */
  earmarkOere: number;
  carriedInOere: number;
  carriedOutOere: number;
  /** What the line has for the year: setup + adjustments + earmark + carried in − carried out. */
  budgetOere: number;
  committedOere: number;
  paidOere: number;
  returnedOere: number;
  /** budget − committed + returned. The invariant is that it is never below zero. */
  remainingOere: number;
}

export const lineYearKey = (lineId: string, year: number) => `${lineId}|${year}`;

/** Share of an amount in basis points, rounded down to whole øre (the parent keeps the rest). */
export function earmarkShare(baseOere: number, shareBp: number): number {
  if (baseOere <= 0 || shareBp <= 0) return 0;
  return Math.floor((baseOere * shareBp) / 10_000);
}

/**
 * Balances for every line and year. `sums` is keyed by `lineYearKey`; missing keys are zero. Earmarks
 * of earmarks are not modelled (an earmark's parent is always a top-level line).
 */
export function computeLineYears(lines: readonly LedgerLine[], years: readonly number[], sums: ReadonlyMap<string, KindSums>): LineYearFigures[] {
  const get = (lineId: string, year: number) => sums.get(lineYearKey(lineId, year)) ?? emptySums();
  const children = new Map<string, LedgerLine[]>();
  for (const l of lines) if (l.parentLineId) children.set(l.parentLineId, [...(children.get(l.parentLineId) ?? []), l]);
  const out: LineYearFigures[] = [];
  for (const line of lines) {
    for (const year of years) {
      const s = get(line.id, year);
      const base = s.budget + s.adjustment;
      let earmark = 0;
      if (line.parentLineId) {
        const p = get(line.parentLineId, year);
        earmark = earmarkShare(p.budget + p.adjustment, line.earmarkShareBp ?? 0);
      } else {
        for (const child of children.get(line.id) ?? []) earmark -= earmarkShare(base, child.earmarkShareBp ?? 0);
      }
      const budget = base + earmark + s.carry_over_in - s.carry_over_out;
      out.push({
        budgetLineId: line.id,
        year,
        setupOere: s.budget,
        adjustmentsOere: s.adjustment,
        earmarkOere: earmark,
        carriedInOere: s.carry_over_in,
        carriedOutOere: s.carry_over_out,
        budgetOere: budget,
        committedOere: s.commitment,
        paidOere: s.payout,
        returnedOere: s.return,
        remainingOere: budget - s.commitment + s.return,
      });
    }
  }
  return out;
}

export interface ProjectFigures {
  applicationId: string;
  budgetLineId: string;
  year: number;
  committedOere: number;
  paidOere: number;
  returnedOere: number;
  /** What can still be paid out: committed − paid − returned. */
  payableOere: number;
}

export function projectFigures(applicationId: string, budgetLineId: string, year: number, s: KindSums): ProjectFigures {
  return {
    applicationId,
    budgetLineId,
    year,
    committedOere: s.commitment,
    paidOere: s.payout,
    returnedOere: s.return,
    payableOere: s.commitment - s.payout - s.return,
  };
}

export type Violation =
  | { kind: 'line'; budgetLineId: string; year: number; remainingOere: number }
  | {
      kind: 'project';
      applicationId: string;
      budgetLineId: string;
      year: number;
      payableOere: number;
      paidOere: number;
      returnedOere: number;
      committedOere: number;
    };

/** Every broken invariant; empty when the ledger is sound. */
export function violations(lineYears: readonly LineYearFigures[], projects: readonly ProjectFigures[]): Violation[] {
  const out: Violation[] = [];
  for (const ly of lineYears) {
    if (ly.remainingOere < 0) out.push({ kind: 'line', budgetLineId: ly.budgetLineId, year: ly.year, remainingOere: ly.remainingOere });
  }
  for (const p of projects) {
    if (p.payableOere < 0 || p.paidOere < 0 || p.returnedOere < 0 || p.committedOere < 0) {
      out.push({ kind: 'project', ...p });
    }
  }
  return out;
}

/** Sum balances over lines and years (for totals rows). Earmark transfers net to zero across a pool. */
export function totalOf(rows: readonly LineYearFigures[]): Omit<LineYearFigures, 'budgetLineId' | 'year'> {
  const t = {
    setupOere: 0,
    adjustmentsOere: 0,
    earmarkOere: 0,
    carriedInOere: 0,
    carriedOutOere: 0,
    budgetOere: 0,
    committedOere: 0,
    paidOere: 0,
    returnedOere: 0,
    remainingOere: 0,
  };
  for (const r of rows) {
    t.setupOere += r.setupOere;
    t.adjustmentsOere += r.adjustmentsOere;
    t.earmarkOere += r.earmarkOere;
    t.carriedInOere += r.carriedInOere;
    t.carriedOutOere += r.carriedOutOere;
    t.budgetOere += r.budgetOere;
    t.committedOere += r.committedOere;
    t.paidOere += r.paidOere;
    t.returnedOere += r.returnedOere;
    t.remainingOere += r.remainingOere;
  }
  return t;
}
