import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rowsOf } from '../db/rows.js';
import { violations, type Violation } from '../domain/ledger.js';
import { findPool, lineYearsOf, loadLedgerState, projectsOf } from '../usecases/ledger/ledger-state.js';

export interface LedgerCheck {
  pools: number;
  lineYears: number;
  projects: number;
  violations: Violation[];
}

/**
 * Every ledger invariant of every pool, checked with the ledger's own functions (the same the ledger
 * tests use): no line and year below zero, per project paid + returned ≤ committed.
 */
export async function verifyLedger(db: Db): Promise<LedgerCheck> {
  const out: LedgerCheck = { pools: 0, lineYears: 0, projects: 0, violations: [] };
  const pools = rowsOf<{ id: string }>(await db.execute(sql`select id from pools order by id`));
  for (const p of pools) {
    const ids = rowsOf<{ id: string }>(
      await db.execute(sql`select distinct application_id as id from ledger_entries where pool_id = ${p.id} and application_id is not null`),
    );
    const state = await loadLedgerState(
      db,
      await findPool(db, p.id),
      ids.map((r) => r.id),
    );
    const lines = lineYearsOf(state);
    const projects = projectsOf(state);
    out.pools++;
    out.lineYears += lines.length;
    out.projects += projects.length;
    out.violations.push(...violations(lines, projects));
  }
  return out;
}
