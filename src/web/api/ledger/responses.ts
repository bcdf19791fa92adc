import { z } from 'zod';
import { ENTRY_KINDS } from '../../../domain/ledger.js';
import type { PoolLedger } from '../../../usecases/ledger/get-pool-ledger.js';
import type { ProjectLedger } from '../../../usecases/ledger/get-project-ledger.js';
import type { LedgerEntryView } from '../../../usecases/ledger/list-ledger-entries.js';

/**
 * What the ledger's JSON operations answer, as zod schemas for the OpenAPI document. Each is checked
 * against the use case's result type (`satisfies z.ZodType<…>`), so a field added to the result and
 * not described here fails the build.
 */

const oere = z.number().int().meta({ description: 'øre' });
const year = z.number().int();

const figures = {
  setupOere: oere.meta({ description: "Budget entries from the pool's setup (øre)" }),
  adjustmentsOere: oere,
  earmarkOere: oere.meta({ description: 'Negative on a parent line (its earmarks’ shares), positive on an earmark (øre)' }),
  carriedInOere: oere,
  carriedOutOere: oere,
  budgetOere: oere.meta({ description: 'setup + adjustments + earmark + carried in − carried out (øre)' }),
  committedOere: oere,
  paidOere: oere,
  returnedOere: oere,
  remainingOere: oere.meta({ description: 'budget − committed + returned; never below zero (øre)' }),
};

export const poolLedgerResponse = z.object({
  pool: z.object({
    id: z.string(),
    name: z.string(),
    organisationId: z.string(),
    periodStartYear: year,
    periodEndYear: year,
    allowsCarryOver: z.boolean(),
  }),
  lines: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      parentLineId: z.string().nullable(),
      earmarkShareBp: z.number().int().nullable().meta({ description: "An earmark's share of its parent's yearly budget in basis points" }),
    }),
  ),
  years: z.array(year),
  rows: z.array(z.object({ budgetLineId: z.string(), budgetLineName: z.string(), parentLineId: z.string().nullable(), year, ...figures })),
  lineTotals: z.array(z.object({ budgetLineId: z.string(), budgetLineName: z.string(), ...figures })),
  yearTotals: z.array(z.object({ year, ...figures })),
  totals: z.object(figures),
}) satisfies z.ZodType<PoolLedger>;

const ledgerEntry = z.object({
  id: z.string(),
  seq: z.number().int().meta({ description: "The entry's running number in the pool" }),
  budgetLineId: z.string(),
  budgetLineName: z.string(),
  year,
  kind: z.enum(ENTRY_KINDS),
  amountOere: oere,
  applicationId: z.string().nullable(),
  applicationTitle: z.string().nullable(),
  caseNumber: z.string().nullable(),
  payeeDepartmentName: z.string().nullable(),
  reference: z.string(),
  reason: z.string(),
  reversesEntryId: z.string().nullable(),
  reversedByEntryId: z.string().nullable(),
  relatedEntryId: z.string().nullable(),
  recordedByName: z.string().nullable(),
  recordedAt: z.string().meta({ description: 'ISO 8601 time' }),
}) satisfies z.ZodType<LedgerEntryView>;

export const ledgerEntriesResponse = z.object({ entries: z.array(ledgerEntry), total: z.number().int() });

export const projectLedgerResponse = z.object({
  application: z.object({
    id: z.string(),
    title: z.string(),
    caseNumber: z.string(),
    state: z.string(),
    poolId: z.string(),
    poolName: z.string(),
    organisationId: z.string(),
    leadDepartmentName: z.string().nullable(),
  }),
  lines: z.array(
    z.object({
      applicationId: z.string(),
      budgetLineId: z.string(),
      budgetLineName: z.string(),
      year,
      committedOere: oere,
      paidOere: oere,
      returnedOere: oere,
      payableOere: oere.meta({ description: 'committed − paid − returned (øre)' }),
    }),
  ),
  totals: z.object({ committedOere: oere, paidOere: oere, returnedOere: oere, payableOere: oere }),
  spentToDateOere: oere.nullable().meta({ description: 'From the follow-up reports; null until a report gives it' }),
  entries: z.array(ledgerEntry),
  can: z.object({ pay: z.boolean(), seePool: z.boolean() }),
}) satisfies z.ZodType<ProjectLedger>;

/** The entry a payout or an adjustment wrote. */
export const entryIdResponse = z.object({ entryId: z.string() });
/** The entries a commitment (one per year), a return, a carry-over or a correction wrote. */
export const entryIdsResponse = z.object({ entryIds: z.array(z.string()) });
