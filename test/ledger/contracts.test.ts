import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetLineYears } from '../../src/db/schema/pools.js';
import { rowsOf } from '../../src/db/rows.js';
import { commitFunds } from '../../src/usecases/ledger/commit-funds.js';
import { lineBalances } from '../../src/usecases/ledger/line-balances.js';
import { syncBudgetFromSetup } from '../../src/usecases/ledger/sync-budget-from-setup.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { MIO, buildLedgerPool, buildLedgerApplication, vejleLedgerSpec, type LedgerTestPool } from '../support/factories.js';
import { and, eq } from 'drizzle-orm';
import { expectRefusal, refusalOf } from '../support/expect-refusal.js';

let t: TestApp;
let vejle: LedgerTestPool;
beforeAll(async () => {
  t = await createTestApp('demo');
  vejle = await buildLedgerPool(t.db, vejleLedgerSpec());
});
afterAll(() => t.close());

const balance = async (pool: LedgerTestPool, line: string, year: number) => {
  const all = await lineBalances(t.db, pool.poolId);
  const b = all.find((x) => x.budgetLineId === pool.lines[line] && x.year === year);
  if (!b) throw new Error(`no balance ${line} ${year}`);
  return b;
};

const commit = (pool: LedgerTestPool, line: string, applicationId: string, split: { year: number; amountOere: number }[]) =>
  t.db.transaction((tx) =>
    commitFunds(tx, null, {
      poolId: pool.poolId,
      budgetLineId: pool.lines[line] ?? '',
      applicationId,
      split,
      reference: 'Rådsmøde, punkt 1',
      reason: 'Godkendt',
    }),
  );

describe('ledger contracts on the Vejle pool', () => {
  it('syncs the setup into budget entries with the 10 % earmark partition', async () => {
    const all = await lineBalances(t.db, vejle.poolId);
    const fig = (line: string, year: number) => all.find((b) => b.budgetLineId === vejle.lines[line] && b.year === year)?.budgetOere;
    expect([2021, 2022, 2023, 2024].map((y) => fig('ordinaer', y))).toEqual([4.5 * MIO, 0, 9 * MIO, 4.5 * MIO]);
    expect([2021, 2022, 2023, 2024].map((y) => fig('innovation', y))).toEqual([0.5 * MIO, 0, 1 * MIO, 0.5 * MIO]);
    expect(all.every((b) => b.remainingOere === b.budgetOere)).toBe(true);
  });

  it('refuses any commitment in 2022 (0 kr.) and writes nothing', async () => {
    const app = await buildLedgerApplication(t.db, vejle);
    const e = await refusalOf(commit(vejle, 'ordinaer', app, [{ year: 2022, amountOere: 100 }]));
    expect(e.code).toBe('INSUFFICIENT_FUNDS');
    expect(e.userMessage.da).toContain('2022');
    const e2 = await refusalOf(commit(vejle, 'innovation', app, [{ year: 2022, amountOere: 100 }]));
    expect(e2.code).toBe('INSUFFICIENT_FUNDS');
    expect((await balance(vejle, 'ordinaer', 2022)).committedOere).toBe(0);
  });

  it('keeps the earmark and the ordinary share apart', async () => {
    const ordinary = await buildLedgerApplication(t.db, vejle);
    const innovation = await buildLedgerApplication(t.db, vejle, { budgetLine: 'innovation' });
    // The ordinary share is 4,5 mio. in 2021: one øre more is refused, the exact amount is accepted.
    await expectRefusal(commit(vejle, 'ordinaer', ordinary, [{ year: 2021, amountOere: 4.5 * MIO + 1 }]), 'INSUFFICIENT_FUNDS');
    await commit(vejle, 'ordinaer', ordinary, [{ year: 2021, amountOere: 4.5 * MIO }]);
    expect((await balance(vejle, 'ordinaer', 2021)).remainingOere).toBe(0);
    // The earmark is untouched by it, and cannot take more than its 0,5 mio.
    expect((await balance(vejle, 'innovation', 2021)).remainingOere).toBe(0.5 * MIO);
    await expectRefusal(commit(vejle, 'innovation', innovation, [{ year: 2021, amountOere: 0.5 * MIO + 1 }]), 'INSUFFICIENT_FUNDS');
    const { entryIds } = await commit(vejle, 'innovation', innovation, [{ year: 2021, amountOere: 0.5 * MIO }]);
    expect(entryIds).toHaveLength(1);
    expect((await balance(vejle, 'innovation', 2021)).remainingOere).toBe(0);
  });

  it('splits a commitment over years atomically: one short year refuses the whole split', async () => {
    const app = await buildLedgerApplication(t.db, vejle);
    const before = await balance(vejle, 'ordinaer', 2023);
    const e = await refusalOf(
      commit(vejle, 'ordinaer', app, [
        { year: 2023, amountOere: 1 * MIO },
        { year: 2024, amountOere: 4.5 * MIO + 1 },
      ]),
    );
    expect(e.code).toBe('INSUFFICIENT_FUNDS');
    expect((await balance(vejle, 'ordinaer', 2023)).committedOere).toBe(before.committedOere);
    await commit(vejle, 'ordinaer', app, [
      { year: 2023, amountOere: 1 * MIO },
      { year: 2024, amountOere: 2 * MIO },
    ]);
    expect((await balance(vejle, 'ordinaer', 2023)).committedOere).toBe(before.committedOere + 1 * MIO);
  });

  it('posts setup changes as new budget entries and refuses a budget below what is committed', async () => {
    const pool = await buildLedgerPool(t.db, {
      orgSlug: 'horsens',
      start: 2026,
      end: 2027,
      lines: [{ key: 'a', name: 'Afprøvning', years: { 2026: 2 * MIO, 2027: 2 * MIO } }],
    });
    const app = await buildLedgerApplication(t.db, pool);
    await commit(pool, 'a', app, [{ year: 2026, amountOere: 1.5 * MIO }]);
    const line = pool.lines.a ?? '';
    await t.db.transaction(async (tx) => {
      await tx
        .update(budgetLineYears)
        .set({ amountOere: 3 * MIO })
        .where(and(eq(budgetLineYears.budgetLineId, line), eq(budgetLineYears.year, 2026)));
      await syncBudgetFromSetup(tx, null, pool.poolId);
    });
    expect((await balance(pool, 'a', 2026)).budgetOere).toBe(3 * MIO);
    const entries = rowsOf<{ amount: string }>(
      await t.db.execute(
        sql`select amount_oere::text as amount from ledger_entries where budget_line_id = ${line} and year = 2026 and kind = 'budget' order by seq`,
      ),
    );
    expect(entries.map((e) => Number(e.amount))).toEqual([2 * MIO, 1 * MIO]);
    const e = await refusalOf(
      t.db.transaction(async (tx) => {
        await tx
          .update(budgetLineYears)
          .set({ amountOere: 1 * MIO })
          .where(and(eq(budgetLineYears.budgetLineId, line), eq(budgetLineYears.year, 2026)));
        await syncBudgetFromSetup(tx, null, pool.poolId);
      }),
    );
    expect(e.code).toBe('INSUFFICIENT_FUNDS');
    expect((await balance(pool, 'a', 2026)).budgetOere).toBe(3 * MIO);
  });

  it('refuses UPDATE and DELETE on ledger rows in the database itself', async () => {
    await expect(t.db.execute(sql`update ledger_entries set amount_oere = 1`)).rejects.toThrow();
    await expect(t.db.execute(sql`delete from ledger_entries`)).rejects.toThrow();
    const [n] = rowsOf<{ n: number }>(await t.db.execute(sql`select count(*)::int as n from ledger_entries`));
    expect(Number(n?.n)).toBeGreaterThan(0);
  });
});
