/**
 * The ledger's contract with the other areas (pools, applications, assessment). The ledger area
 * implements these; other areas call only these.
 */
import type { YearAmount } from '../../domain/money.js';

export type { YearAmount };

export interface LineYearBalance {
  budgetLineId: string;
  year: number;
  /**
   * What the line has for the year: the setup's budget ± adjustments ± the earmark partition
   * (a parent gives its earmarks their share; an earmark's budget is that share) ± carry-over.
   * So remainingOere = budgetOere − committedOere + returnedOere.
   */
  budgetOere: number;
  committedOere: number;
  paidOere: number;
  returnedOere: number;
  /** What can still be granted: never below zero. */
  remainingOere: number;
  /** The line's name (for agendas and messages). */
  budgetLineName?: string;
  /** Set on an earmark: the line whose yearly budget it takes its share of. */
  parentLineId?: string | null;
  /** Breakdown of budgetOere. */
  setupOere?: number;
  adjustmentsOere?: number;
  /** Negative on a parent (its earmarks' shares), positive on an earmark (its share). */
  earmarkOere?: number;
  carriedInOere?: number;
  carriedOutOere?: number;
}

export interface CommitFundsInput {
  poolId: string;
  budgetLineId: string;
  applicationId: string;
  split: YearAmount[];
  /** The decision or document it rests on, e.g. "Velfærdsteknologirådet 12. marts 2026, punkt 3". */
  reference: string;
  reason: string;
}
