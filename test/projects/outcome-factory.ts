import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../src/db/client.js';
import { users } from '../../src/db/schema/accounts.js';
import { applications } from '../../src/db/schema/applications.js';
import { decisionBodies, meetings } from '../../src/db/schema/pools.js';
import { applyTransition } from '../../src/usecases/applications/apply-transition.js';
import { commitFunds } from '../../src/usecases/ledger/commit-funds.js';
import type { Actor } from '../../src/usecases/shared/actor.js';
import { createTestPool, type TestPool } from '../support/applications-factory.js';

/**
 * Projects for the outcome tests: an approved Vejle application with money committed on the ordinary
 * line, started through the workflow (start_project) by the secretariat. Content carries a result
 * goal and a business case (the expected figures the evaluation compares against).
 */
export const KR = 100;

export interface OutcomeFixture {
  pool: TestPool;
  meetingId: string;
}

export async function outcomePool(db: Db, orgSlug = 'vejle'): Promise<OutcomeFixture> {
  const pool = await createTestPool(db, orgSlug, 'vejle');
  const [body] = await db.select({ id: decisionBodies.id }).from(decisionBodies).where(eq(decisionBodies.poolId, pool.poolId));
  const [meeting] = await db
    .select({ id: meetings.id })
    .from(meetings)
    .where(eq(meetings.decisionBodyId, body?.id ?? ''));
  if (!meeting) throw new Error('no meeting');
  return { pool, meetingId: meeting.id };
}

export const expectedBusinessCase = {
  investmentOere: 300_000 * KR,
  yearlyRunningCostOere: 20_000 * KR,
  hoursFreedPerYear: 800,
  hourlyRateOere: 350 * KR,
  kronerSavedPerYearOere: 0,
  horizonYears: 5,
  discountRate: 0.035,
};

export async function startedProject(
  db: Db,
  fx: OutcomeFixture,
  secretariat: Actor,
  opts: { split?: { year: number; amountOere: number }[]; leadEmail?: string; title?: string; start?: boolean } = {},
): Promise<string> {
  const [lead] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, opts.leadEmail ?? 'ansoeger@vejle.demo'));
  if (!lead) throw new Error('no lead applicant');
  const [row] = await db
    .insert(applications)
    .values({
      organisationId: fx.pool.organisationId,
      poolId: fx.pool.poolId,
      caseNumber: `O-${randomBytes(4).toString('hex')}`,
      state: 'approved',
      leadUserId: lead.id,
      title: opts.title ?? 'Skærmbesøg i hjemmeplejen',
      leadDepartmentId: fx.pool.departmentIds[0] ?? null,
      budgetLineId: fx.pool.lines.ordinaer ?? null,
      amountAppliedOere: 300_000 * KR,
      content: {
        resultGoals: [{ indicator: 'Antal skærmbesøg pr. uge', baseline: '0', target: '200', method: 'Udtræk', deadline: '2024-12-31' }],
        businessCase: expectedBusinessCase,
        endDate: '2024-06-30',
      },
      currentVersion: 1,
      submittedAt: new Date(),
      decidedAt: new Date(),
    })
    .returning({ id: applications.id });
  if (!row) throw new Error('no application');
  await db.transaction(async (tx) => {
    await commitFunds(tx, secretariat, {
      poolId: fx.pool.poolId,
      budgetLineId: fx.pool.lines.ordinaer ?? '',
      applicationId: row.id,
      split: opts.split ?? [{ year: 2023, amountOere: 300_000 * KR }],
      reference: 'Velfærdsteknologirådet, punkt 1',
      reason: 'Bevilget',
    });
    if (opts.start !== false) await applyTransition(tx, secretariat, { applicationId: row.id, action: 'start_project', roles: ['secretariat'] });
  });
  return row.id;
}

/** A complete evaluation input (the four VTV dimensions plus ethics/law and transferability). */
export function evaluationInput(applicationId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const dim = (score: number, argument: string) => ({ score, argument });
  return {
    applicationId,
    dimensions: {
      citizen: dim(4, 'Borgerne oplever færre forstyrrelser og mere selvbestemmelse.'),
      organisation: dim(5, 'Mindre kørsel; medarbejderne er trygge ved løsningen.'),
      technology: dim(3, 'Stabil, men wifi i nogle boliger skulle forbedres.'),
      economy: dim(4, 'Gevinsten er lidt større end forventet.'),
      ethicsLaw: dim(4, 'Samtykke indhentet; ingen optagelser.'),
      transferability: dim(5, 'Kan bruges i alle distrikter uden tilpasning.'),
    },
    goals: [{ goalIndex: 0, indicator: 'Antal skærmbesøg pr. uge', target: '200', before: '0', mid: '120', after: '230', met: true, comment: 'Målet nået' }],
    actualBusinessCase: { ...expectedBusinessCase, hoursFreedPerYear: 1000 },
    recommendation: 'scale_up',
    scaleUpDepartmentIds: [],
    scaleUpNote: '',
    recommendationReason: 'Målene er nået, og gevinsten er større end forventet.',
    summary: 'Afprøvningen i Vejle Midt er gennemført.',
    ...overrides,
  };
}
