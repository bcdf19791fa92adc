import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../src/db/client.js';
import { users } from '../../src/db/schema/accounts.js';
import { applications } from '../../src/db/schema/applications.js';
import { departments, organisations } from '../../src/db/schema/organisations.js';
import { budgetLineYears, budgetLines, pools } from '../../src/db/schema/pools.js';
import { syncBudgetFromSetup } from '../../src/usecases/ledger/sync-budget-from-setup.js';

/**
 * Pools for the ledger's tests, inserted directly (independent of the pool setup's forms) and then
 * synced into the ledger exactly as createPool does. `vejlePool` follows DESIGN.md: 5, 0, 10 and
 * 5 mio. kr. for 2021–2024, 10 % of each year earmarked for Innovation og Test.
 */
export const MIO = 1_000_000_00;

export interface LineSpec {
  key: string;
  name: string;
  years?: Record<number, number>;
  parent?: string;
  shareBp?: number;
}

export interface LedgerPoolSpec {
  orgSlug: string;
  name?: string;
  start: number;
  end: number;
  allowsCarryOver?: boolean;
  lines: LineSpec[];
}

export interface LedgerTestPool {
  poolId: string;
  organisationId: string;
  lines: Record<string, string>;
  departmentId: string;
}

export async function buildLedgerPool(db: Db, spec: LedgerPoolSpec): Promise<LedgerTestPool> {
  const [org] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, spec.orgSlug));
  if (!org) throw new Error(`no organisation ${spec.orgSlug}`);
  return db.transaction(async (tx) => {
    const [pool] = await tx
      .insert(pools)
      .values({
        organisationId: org.id,
        name: spec.name ?? `Testpulje ${randomBytes(3).toString('hex')}`,
        periodStartYear: spec.start,
        periodEndYear: spec.end,
        status: 'open',
        allowsCarryOver: spec.allowsCarryOver ?? false,
        lists: { projectTypes: [], categories: [], effectGoals: [], targetGroups: [], phases: [] },
        eligibilityRules: [],
        rubric: { criteria: [{ key: 'vaerdi', label: { da: 'Værdi', en: 'Value' }, weight: 1, scaleMin: 1, scaleMax: 5 }] },
        followUpMonths: [6, 12],
      })
      .returning({ id: pools.id });
    if (!pool) throw new Error('no pool');
    const lines: Record<string, string> = {};
    let order = 0;
    for (const l of spec.lines) {
      const [row] = await tx
        .insert(budgetLines)
        .values({
          poolId: pool.id,
          key: l.key,
          name: l.name,
          parentLineId: l.parent ? lines[l.parent] : null,
          earmarkShareBp: l.shareBp ?? null,
          sortOrder: order++,
          decisionMode: l.parent ? 'direct' : 'meeting',
        })
        .returning({ id: budgetLines.id });
      if (!row) throw new Error('no line');
      lines[l.key] = row.id;
      const years = Object.entries(l.years ?? {});
      if (years.length > 0)
        await tx.insert(budgetLineYears).values(years.map(([year, amountOere]) => ({ budgetLineId: row.id, year: Number(year), amountOere })));
    }
    await syncBudgetFromSetup(tx, null, pool.id);
    const [dept] = await tx
      .insert(departments)
      .values({ organisationId: org.id, name: `Enhed ${randomBytes(2).toString('hex')}` })
      .returning({ id: departments.id });
    if (!dept) throw new Error('no department');
    return { poolId: pool.id, organisationId: org.id, lines, departmentId: dept.id };
  });
}

export const vejleSpec = (orgSlug = 'vejle'): LedgerPoolSpec => ({
  orgSlug,
  name: 'VelfærdsTeknologiPuljen 2021–2024 (test)',
  start: 2021,
  end: 2024,
  lines: [
    { key: 'ordinaer', name: 'Ordinære projekter', years: { 2021: 5 * MIO, 2022: 0, 2023: 10 * MIO, 2024: 5 * MIO } },
    { key: 'innovation', name: 'Innovation og Test', parent: 'ordinaer', shareBp: 1000 },
  ],
});

/** An application (project) in the pool, inserted directly; lead user by e-mail (default the org's applicant). */
export async function buildProject(
  db: Db,
  pool: LedgerTestPool,
  opts: { title?: string; leadEmail?: string; budgetLine?: string; state?: 'draft' | 'submitted' } = {},
): Promise<string> {
  const email = opts.leadEmail ?? (await defaultApplicant(db, pool.organisationId));
  const [lead] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!lead) throw new Error(`no user ${email}`);
  const [row] = await db
    .insert(applications)
    .values({
      organisationId: pool.organisationId,
      poolId: pool.poolId,
      caseNumber: `T-${randomBytes(4).toString('hex')}`,
      leadUserId: lead.id,
      title: opts.title ?? 'Testprojekt',
      leadDepartmentId: pool.departmentId,
      budgetLineId: opts.budgetLine ? pool.lines[opts.budgetLine] : Object.values(pool.lines)[0],
      content: {},
      state: opts.state ?? 'submitted',
    })
    .returning({ id: applications.id });
  if (!row) throw new Error('no application');
  return row.id;
}

async function defaultApplicant(db: Db, organisationId: string): Promise<string> {
  const [org] = await db.select({ slug: organisations.slug }).from(organisations).where(eq(organisations.id, organisationId));
  return `ansoeger@${org?.slug ?? 'vejle'}.demo`;
}
