import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/rows.js';
import { violations } from '../../src/domain/ledger.js';
import { generateDataSet, type DataSetCounts } from '../../src/scale/generate.js';
import { verifyLedger } from '../../src/scale/verify.js';
import { findPool, lineYearsOf, loadLedgerState, projectsOf } from '../../src/usecases/ledger/ledger-state.js';
import { createTestApp, type TestApp } from '../support/app.js';

/**
 * The scale generator on its small preset: every ledger invariant holds on the result (checked with
 * the ledger's own functions: line and year never below zero, per project paid + returned ≤
 * committed), every state is present, and the same seed gives the same counts and sums.
 */
const TODAY = '2026-06-15';
const apps: TestApp[] = [];
afterAll(async () => {
  for (const t of apps) await t.close();
});

async function generated(seed: number): Promise<{ t: TestApp; counts: DataSetCounts }> {
  const t = await createTestApp('empty', { today: TODAY });
  apps.push(t);
  const counts = await generateDataSet(t.db, { preset: 'tiny', seed, today: TODAY });
  return { t, counts };
}

describe('scale data set generator (tiny preset)', () => {
  it('keeps every ledger invariant, per line and year and per project', { timeout: 120_000 }, async () => {
    const { t, counts } = await generated(7);
    expect(counts.applications).toBeGreaterThan(250);
    expect(counts.ledgerEntries).toBeGreaterThan(counts.pools);
    const pools = rowsOf<{ id: string }>(await t.db.execute(sql`select id from pools`));
    let checkedProjects = 0;
    for (const p of pools) {
      const ids = rowsOf<{ id: string }>(
        await t.db.execute(sql`select distinct application_id as id from ledger_entries where pool_id = ${p.id} and application_id is not null`),
      );
      const state = await loadLedgerState(
        t.db,
        await findPool(t.db, p.id),
        ids.map((r) => r.id),
      );
      const lines = lineYearsOf(state);
      const projects = projectsOf(state);
      checkedProjects += projects.length;
      expect(violations(lines, projects)).toEqual([]);
      expect(lines.some((l) => l.committedOere > 0)).toBe(true);
    }
    expect(checkedProjects).toBeGreaterThan(20);
    // The seed command's --verify check walks the same functions and finds the same.
    const check = await verifyLedger(t.db);
    expect(check.violations).toEqual([]);
    expect(check.projects).toBe(checkedProjects);
    const states = rowsOf<{ n: number }>(await t.db.execute(sql`select count(distinct state)::int as n from applications`));
    expect(states[0]?.n).toBeGreaterThanOrEqual(18);
    const linked = rowsOf<{ n: number }>(
      await t.db.execute(sql`select count(*)::int as n from applications a where a.state in ('approved', 'in_trial', 'closed')
        and not exists (select 1 from decisions d where d.application_id = a.id and d.outcome = 'approve')`),
    );
    expect(linked[0]?.n).toBe(0);
  });

  it('gives the same counts and sums for the same seed', { timeout: 120_000 }, async () => {
    const a = await generated(11);
    const b = await generated(11);
    expect(b.counts).toEqual(a.counts);
  });
});
