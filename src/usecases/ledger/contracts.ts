/**
 * The ledger's contract with the other areas (pools, applications, assessment). The ledger area
 * implements these; other areas call only these.
 */
export interface YearAmount {
  year: number;
  amountOere: number;
}

export interface LineYearBalance {
  budgetLineId: string;
  year: number;
  budgetOere: number;
  committedOere: number;
  paidOere: number;
  returnedOere: number;
  /** What can still be granted: never below zero. */
  remainingOere: number;
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
