import { sql } from 'drizzle-orm';
import { bigint, bigserial, check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { applications } from './applications.js';
import { ENTRY_KINDS } from '../../domain/ledger.js';
import { id } from './columns.js';
import { departments } from './organisations.js';
import { budgetLines, pools } from './pools.js';

export const ledgerEntryKindEnum = pgEnum('ledger_entry_kind', ENTRY_KINDS);

/**
 * The pool's money, append-only: every budget, adjustment, commitment, payout, return and carry-over
 * is a row, and a correction is a new row of the same kind with the opposite amount that points at
 * the row it reverses (`reverses_entry_id`). Sums per kind are therefore always net of corrections.
 * A database trigger (drizzle/*_ledger_append_only.sql) refuses UPDATE, DELETE and TRUNCATE.
 *
 * Signs: every amount is the signed change of its own kind's total for (line, year): budget and
 * adjustment ±, commitment/payout/return > 0 (their reversals < 0), carry_over_out > 0 on the year
 * the money leaves, carry_over_in > 0 on the next year (both written together, `related_entry_id`
 * of the incoming row names the outgoing one).
 */
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: id(),
    /** Insertion order, for stable listings. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    poolId: uuid('pool_id')
      .notNull()
      .references(() => pools.id),
    budgetLineId: uuid('budget_line_id')
      .notNull()
      .references(() => budgetLines.id),
    year: integer('year').notNull(),
    kind: ledgerEntryKindEnum('kind').notNull(),
    amountOere: bigint('amount_oere', { mode: 'number' }).notNull(),
    /** Commitments, payouts and returns belong to a project. */
    applicationId: uuid('application_id').references(() => applications.id),
    /** Payouts: the unit that receives the money (the project's lead unit; decentral payout). */
    payeeDepartmentId: uuid('payee_department_id').references(() => departments.id),
    /** The decision or document the entry rests on: meeting and item, budget decision, invoice number, account string. */
    reference: text('reference').notNull(),
    /** Why, in the recorder's words. */
    reason: text('reason').notNull(),
    /** Set on a correction: the entry this one reverses (each entry can be reversed once). */
    reversesEntryId: uuid('reverses_entry_id'),
    /** Links the two halves of a carry-over, and a repayment's payout correction to its return. */
    relatedEntryId: uuid('related_entry_id'),
    /** Null only for entries the system posts without a person (demo seed, setup sync from the CLI). */
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('ledger_entries_pool_line_year_idx').on(t.poolId, t.budgetLineId, t.year),
    index('ledger_entries_application_idx').on(t.applicationId),
    index('ledger_entries_pool_seq_idx').on(t.poolId, t.seq),
    uniqueIndex('ledger_entries_reverses_uq').on(t.reversesEntryId),
    check('ledger_entries_amount_nonzero', sql`${t.amountOere} <> 0`),
  ],
);
