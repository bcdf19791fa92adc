import { readdirSync, readFileSync } from 'node:fs';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/db/schema/audit.js';
import { ledgerEntries } from '../../src/db/schema/ledger.js';
import { rowsOf } from '../../src/db/rows.js';
import { adjustBudget } from '../../src/usecases/ledger/adjust-budget.js';
import { carryOver } from '../../src/usecases/ledger/carry-over.js';
import { getPoolLedger } from '../../src/usecases/ledger/get-pool-ledger.js';
import { getProjectLedger } from '../../src/usecases/ledger/get-project-ledger.js';
import { listLedgerEntries } from '../../src/usecases/ledger/list-ledger-entries.js';
import { recordCommitment } from '../../src/usecases/ledger/record-commitment.js';
import { recordPayout } from '../../src/usecases/ledger/record-payout.js';
import { recordReturn } from '../../src/usecases/ledger/record-return.js';
import { reverseEntry } from '../../src/usecases/ledger/reverse-entry.js';
import type { Actor } from '../../src/usecases/shared/actor.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { MIO, buildLedgerPool, buildLedgerApplication, type LedgerTestPool } from '../support/factories.js';
import { expectRefusal, refusalOf } from '../support/expect-refusal.js';
import { kr } from '../support/kr.js';

let t: TestApp;
let sek: Actor;
let fin: Actor;
beforeAll(async () => {
  t = await createTestApp('demo');
  sek = await t.actor('sekretariat@vejle.demo');
  fin = await t.actor('oekonomi@vejle.demo');
});
afterAll(() => t.close());

const ref = { reference: 'Beslutning', reason: 'Test' };
/** The day the commitments are made: the pools below run 2026–2027, so no budget year has ended (in any year the test runs). */
const DAY = { today: '2026-06-01' };

async function setup(opts: { carry?: boolean } = {}) {
  const pool = await buildLedgerPool(t.db, {
    orgSlug: 'vejle',
    start: 2026,
    end: 2027,
    allowsCarryOver: opts.carry ?? false,
    lines: [{ key: 'a', name: 'Afprøvning', years: { 2026: 1 * MIO, 2027: 1 * MIO } }],
  });
  const project = await buildLedgerApplication(t.db, pool);
  return { pool, project, line: pool.lines.a ?? '' };
}
const balance = async (pool: LedgerTestPool, year: number) => (await getPoolLedger(t.db, sek, { poolId: pool.poolId })).rows.find((r) => r.year === year);
const count = async (poolId: string) =>
  Number(rowsOf<{ n: number }>(await t.db.execute(sql`select count(*)::int as n from ledger_entries where pool_id = ${poolId}`))[0]?.n);

describe('payouts and returns', () => {
  it('pays to the project’s lead unit, partially, never beyond the commitment, with an audit event', async () => {
    const { pool, project, line } = await setup();
    await recordCommitment(
      t.db,
      sek,
      {
        poolId: pool.poolId,
        applicationId: project,
        budgetLineId: line,
        split: [{ year: 2026, amountOere: 300_000_00 }],
        ...ref,
      },
      DAY,
    );
    const { entryId } = await recordPayout(t.db, fin, {
      applicationId: project,
      budgetLineId: line,
      year: 2026,
      amountOere: 200_000_00,
      reference: '4010-123-456',
    });
    const [row] = await t.db.select().from(ledgerEntries).where(eq(ledgerEntries.id, entryId));
    expect(row).toMatchObject({
      kind: 'payout',
      amountOere: 200_000_00,
      payeeDepartmentId: pool.departmentId,
      reference: '4010-123-456',
      recordedBy: fin.userId,
    });
    const audit = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'ledger.paidOut'), eq(auditEvents.objectId, project)));
    expect(audit).toHaveLength(1);
    const before = await count(pool.poolId);
    const e = await refusalOf(recordPayout(t.db, fin, { applicationId: project, budgetLineId: line, year: 2026, amountOere: 100_000_01, reference: 'x' }));
    expect(e.code).toBe('EXCEEDS_COMMITMENT');
    expect(e.userMessage.da).toContain('overstiger projektets bevilling');
    expect(await count(pool.poolId)).toBe(before);
    // Nothing committed for 2027: no payout there.
    await expectRefusal(
      recordPayout(t.db, fin, { applicationId: project, budgetLineId: line, year: 2027, amountOere: 1, reference: 'x' }),
      'EXCEEDS_COMMITMENT',
    );
    await recordPayout(t.db, fin, { applicationId: project, budgetLineId: line, year: 2026, amountOere: 100_000_00, reference: 'x' });
    const p = await getProjectLedger(t.db, fin, { applicationId: project });
    expect(p.totals).toEqual({ committedOere: 300_000_00, paidOere: 300_000_00, returnedOere: 0, payableOere: 0 });
    expect(p.spentToDateOere).toBeNull();
  });

  it('a return of unpaid commitment frees money for the line; a repayment lowers what is paid', async () => {
    const { pool, project, line } = await setup();
    await recordCommitment(
      t.db,
      sek,
      {
        poolId: pool.poolId,
        applicationId: project,
        budgetLineId: line,
        split: [{ year: 2026, amountOere: 1 * MIO }],
        ...ref,
      },
      DAY,
    );
    expect((await balance(pool, 2026))?.remainingOere).toBe(0);
    await recordPayout(t.db, fin, { applicationId: project, budgetLineId: line, year: 2026, amountOere: 600_000_00, reference: 'x' });
    // 400.000 unpaid may be released; 400.000,01 may not.
    await expectRefusal(
      recordReturn(t.db, fin, { applicationId: project, budgetLineId: line, year: 2026, amountOere: 400_000_01, ...ref }),
      'EXCEEDS_COMMITMENT',
    );
    await recordReturn(t.db, fin, { applicationId: project, budgetLineId: line, year: 2026, amountOere: 300_000_00, ...ref });
    expect(await balance(pool, 2026)).toMatchObject({ committedOere: 1 * MIO, paidOere: 600_000_00, returnedOere: 300_000_00, remainingOere: 300_000_00 });
    // Repaid: more than was paid out is refused with a field error; 100.000 back lowers paid.
    const e = await refusalOf(
      recordReturn(t.db, fin, { applicationId: project, budgetLineId: line, year: 2026, amountOere: 600_000_01, repaid: true, ...ref }),
    );
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.fields?.amountOere).toContain(kr('600.000 kr.'));
    await recordReturn(t.db, fin, { applicationId: project, budgetLineId: line, year: 2026, amountOere: 100_000_00, repaid: true, ...ref });
    expect(await balance(pool, 2026)).toMatchObject({ paidOere: 500_000_00, returnedOere: 400_000_00, remainingOere: 400_000_00 });
  });

  it('keeps payouts and returns with finance: the secretariat may not record them', async () => {
    const { project, line } = await setup();
    await expectRefusal(recordPayout(t.db, sek, { applicationId: project, budgetLineId: line, year: 2026, amountOere: 1, reference: 'x' }), 'FORBIDDEN');
    expect(
      (
        await refusalOf(
          recordCommitment(
            t.db,
            fin,
            {
              poolId: (await setup()).pool.poolId,
              applicationId: project,
              budgetLineId: line,
              split: [{ year: 2026, amountOere: 1 }],
              ...ref,
            },
            DAY,
          ),
        )
      ).code,
    ).toBe('FORBIDDEN');
  });
});

describe('adjustments and carry-over', () => {
  it('adjusts by decision within the period and never below what is committed', async () => {
    const { pool, project, line } = await setup();
    await recordCommitment(
      t.db,
      sek,
      {
        poolId: pool.poolId,
        applicationId: project,
        budgetLineId: line,
        split: [{ year: 2026, amountOere: 700_000_00 }],
        ...ref,
      },
      DAY,
    );
    await expectRefusal(
      adjustBudget(t.db, sek, { poolId: pool.poolId, budgetLineId: line, year: 2026, amountOere: -300_000_01, ...ref }),
      'INSUFFICIENT_FUNDS',
    );
    await adjustBudget(t.db, sek, { poolId: pool.poolId, budgetLineId: line, year: 2026, amountOere: -300_000_00, ...ref });
    expect(await balance(pool, 2026)).toMatchObject({ budgetOere: 700_000_00, adjustmentsOere: -300_000_00, remainingOere: 0 });
    const e = await refusalOf(adjustBudget(t.db, sek, { poolId: pool.poolId, budgetLineId: line, year: 2030, amountOere: 1, ...ref }));
    expect(e.fields?.year).toBe('Året skal ligge i puljens periode 2026–2027');
    const z = await refusalOf(adjustBudget(t.db, sek, { poolId: pool.poolId, budgetLineId: line, year: 2026, amountOere: 0, reference: '', reason: '' }));
    expect(z.fields).toMatchObject({
      amountOere: kr('Beløbet må ikke være 0 kr.'),
      reference: 'Angiv hvilken beslutning reguleringen hviler på',
      reason: 'Angiv en begrundelse',
    });
  });

  it('carries unspent money to the next year only where the pool allows it, and not more than is left', async () => {
    const closed = await setup();
    await expectRefusal(
      carryOver(t.db, sek, { poolId: closed.pool.poolId, budgetLineId: closed.line, fromYear: 2026, amountOere: 1, ...ref }),
      'CARRY_OVER_NOT_ALLOWED',
    );
    const { pool, project, line } = await setup({ carry: true });
    await recordCommitment(
      t.db,
      sek,
      {
        poolId: pool.poolId,
        applicationId: project,
        budgetLineId: line,
        split: [{ year: 2026, amountOere: 600_000_00 }],
        ...ref,
      },
      DAY,
    );
    await expectRefusal(
      carryOver(t.db, sek, { poolId: pool.poolId, budgetLineId: line, fromYear: 2026, amountOere: 400_000_01, ...ref }),
      'INSUFFICIENT_FUNDS',
    );
    const { entryIds } = await carryOver(t.db, sek, { poolId: pool.poolId, budgetLineId: line, fromYear: 2026, amountOere: 400_000_00, ...ref });
    expect(await balance(pool, 2026)).toMatchObject({ budgetOere: 600_000_00, carriedOutOere: 400_000_00, remainingOere: 0 });
    expect(await balance(pool, 2027)).toMatchObject({ budgetOere: 1_400_000_00, carriedInOere: 400_000_00, remainingOere: 1_400_000_00 });
    expect(
      (await refusalOf(carryOver(t.db, sek, { poolId: pool.poolId, budgetLineId: line, fromYear: 2027, amountOere: 1, ...ref }))).fields?.fromYear,
    ).toBeDefined();
    // Reversing one half reverses both.
    await reverseEntry(t.db, sek, { entryId: entryIds[1] ?? '', ...ref });
    expect(await balance(pool, 2026)).toMatchObject({ carriedOutOere: 0, remainingOere: 400_000_00 });
    expect(await balance(pool, 2027)).toMatchObject({ carriedInOere: 0, remainingOere: 1 * MIO });
  });
});

describe('corrections', () => {
  it('reverses with a new entry pointing at the old one, once, and only while the ledger stays sound', async () => {
    const { pool, project, line } = await setup();
    const { entryIds } = await recordCommitment(
      t.db,
      sek,
      {
        poolId: pool.poolId,
        applicationId: project,
        budgetLineId: line,
        split: [
          { year: 2026, amountOere: 500_000_00 },
          { year: 2027, amountOere: 100_000_00 },
        ],
        ...ref,
      },
      DAY,
    );
    const [c2026 = '', c2027 = ''] = entryIds;
    const { entryId: payout } = await recordPayout(t.db, fin, { applicationId: project, budgetLineId: line, year: 2026, amountOere: 1_00, reference: 'x' });
    // A paid-out commitment cannot be reversed while the payout stands.
    await expectRefusal(reverseEntry(t.db, sek, { entryId: c2026, ...ref }), 'EXCEEDS_COMMITMENT');
    // Payout corrections are finance's.
    await expectRefusal(reverseEntry(t.db, sek, { entryId: payout, ...ref }), 'FORBIDDEN');
    const {
      entryIds: [rev = ''],
    } = await reverseEntry(t.db, fin, { entryId: payout, reference: 'Fejlpostering', reason: 'Forkert projekt' });
    const [row] = await t.db.select().from(ledgerEntries).where(eq(ledgerEntries.id, rev));
    expect(row).toMatchObject({ kind: 'payout', amountOere: -1_00, reversesEntryId: payout, reason: 'Forkert projekt' });
    await expectRefusal(reverseEntry(t.db, fin, { entryId: payout, ...ref }), 'CONFLICT');
    await expectRefusal(reverseEntry(t.db, fin, { entryId: rev, ...ref }), 'CONFLICT');
    await reverseEntry(t.db, sek, { entryId: c2026, ...ref });
    expect(await balance(pool, 2026)).toMatchObject({ committedOere: 0, paidOere: 0, remainingOere: 1 * MIO });
    expect((await balance(pool, 2027))?.committedOere).toBe(100_000_00); // the other year stands
    expect((await listLedgerEntries(t.db, sek, { poolId: pool.poolId, kind: 'commitment', year: '2027' })).entries.map((e) => e.id)).toEqual([c2027]);
    const budgetEntry = (await listLedgerEntries(t.db, sek, { poolId: pool.poolId, kind: 'budget' })).entries[0];
    await expectRefusal(reverseEntry(t.db, sek, { entryId: budgetEntry?.id ?? '', ...ref }), 'CONFLICT');
  });

  it('filters entries by line, year, kind and project, and hides them from other organisations', async () => {
    const { pool, project, line } = await setup();
    await recordCommitment(
      t.db,
      sek,
      { poolId: pool.poolId, applicationId: project, budgetLineId: line, split: [{ year: 2027, amountOere: 5_00 }], ...ref },
      DAY,
    );
    const all = await listLedgerEntries(t.db, sek, { poolId: pool.poolId });
    expect(all.total).toBe(3);
    expect((await listLedgerEntries(t.db, sek, { poolId: pool.poolId, applicationId: project })).entries.map((e) => [e.kind, e.amountOere])).toEqual([
      ['commitment', 5_00],
    ]);
    expect((await listLedgerEntries(t.db, sek, { poolId: pool.poolId, budgetLineId: line, year: 2026 })).total).toBe(1);
    expect((await listLedgerEntries(t.db, sek, { poolId: pool.poolId, applicationId: 'not-an-id' })).total).toBe(0);
    await expectRefusal(listLedgerEntries(t.db, await t.actor('oekonomi@aarhus.demo'), { poolId: pool.poolId }), 'NOT_FOUND');
    expect((await refusalOf(listLedgerEntries(t.db, sek, { poolId: pool.poolId, kind: 'gave' }))).fields?.kind).toBe('Ukendt posteringstype');
  });
});

describe('append-only', () => {
  it('no ledger code updates or deletes ledger rows', () => {
    const dir = 'src/usecases/ledger';
    for (const f of readdirSync(dir)) {
      const src = readFileSync(`${dir}/${f}`, 'utf8');
      expect(src, f).not.toMatch(/\.(update|delete)\(\s*ledgerEntries/);
      expect(src, f).not.toMatch(/(update|delete\s+from)\s+ledger_entries/i);
    }
  });
});
