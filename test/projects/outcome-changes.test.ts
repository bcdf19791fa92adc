import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerEntries } from '../../src/db/schema/ledger.js';
import { projectChangeRequests } from '../../src/db/schema/project-outcomes.js';
import { decisions } from '../../src/db/schema/assessment.js';
import { getPoolLedger } from '../../src/usecases/ledger/get-pool-ledger.js';
import { decideProjectChange } from '../../src/usecases/projects/decide-project-change.js';
import { getProjectOutcome } from '../../src/usecases/projects/get-project-outcome.js';
import { correctDecision } from '../../src/usecases/projects/release-commitment.js';
import { requestProjectChange } from '../../src/usecases/projects/request-project-change.js';
import type { Actor } from '../../src/usecases/shared/actor.js';
import { userId, KR, buildOutcomePool, buildStartedProject, type OutcomeFixture } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/app.js';

/** Changes during a project: approved money moves go through the ledger, refused ones move nothing; decision corrections. */
let t: TestApp;
let fx: OutcomeFixture;
let secretariat: Actor;
let applicant: Actor;
let council: Actor;

beforeAll(async () => {
  t = await createTestApp('demo');
  fx = await buildOutcomePool(t.db);
  secretariat = await t.actor('sekretariat@vejle.demo');
  applicant = await t.actor('ansoeger@vejle.demo');
  council = await t.actor('raad@vejle.demo');
});
afterAll(() => t.close());

const line = () => fx.pool.lines.ordinaer ?? '';
const remaining = async (year: number) => {
  const ledger = await getPoolLedger(t.db, secretariat, { poolId: fx.pool.poolId });
  return ledger.rows.find((r) => r.budgetLineId === line() && r.year === year)?.remainingOere ?? NaN;
};
const moveRequest = (applicationId: string, amountOere: number) => ({
  applicationId,
  kind: 'move_years',
  reason: 'Leveringen er forsinket til 2024.',
  yearMoves: [{ budgetLineId: line(), fromYear: 2023, toYear: 2024, amountOere }],
});

describe('change requests', () => {
  it('an approved move between years releases the money from 2023 and commits it on 2024, through the ledger', async () => {
    const project = await buildStartedProject(t.db, fx, secretariat);
    const [r23, r24] = [await remaining(2023), await remaining(2024)];
    const { id } = await requestProjectChange(t.db, applicant, moveRequest(project, 100_000 * KR));
    // The pool's change decider (default: the secretariat) decides; the council cannot.
    await expect(decideProjectChange(t.db, council, { applicationId: project, changeId: id, decision: 'approve' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const { status, entryIds } = await decideProjectChange(t.db, secretariat, { applicationId: project, changeId: id, decision: 'approve', reason: 'OK' });
    expect(status).toBe('approved');
    expect(entryIds).toHaveLength(2);
    expect(await remaining(2023)).toBe(r23 + 100_000 * KR);
    expect(await remaining(2024)).toBe(r24 - 100_000 * KR);
    const entries = await t.db.select().from(ledgerEntries).where(eq(ledgerEntries.applicationId, project));
    expect(entries.filter((e) => e.kind !== 'commitment' || e.year === 2024).map((e) => [e.kind, e.year, e.amountOere])).toEqual([
      ['return', 2023, 100_000 * KR],
      ['commitment', 2024, 100_000 * KR],
    ]);
    await expect(decideProjectChange(t.db, secretariat, { applicationId: project, changeId: id, decision: 'refuse' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('a refused move changes nothing in the ledger', async () => {
    const project = await buildStartedProject(t.db, fx, secretariat);
    const before = await t.db.select().from(ledgerEntries).where(eq(ledgerEntries.applicationId, project));
    const { id } = await requestProjectChange(t.db, applicant, moveRequest(project, 50_000 * KR));
    const res = await decideProjectChange(t.db, secretariat, { applicationId: project, changeId: id, decision: 'refuse', reason: 'Ikke begrundet' });
    expect(res).toEqual({ status: 'refused', entryIds: [] });
    expect(await t.db.select().from(ledgerEntries).where(eq(ledgerEntries.applicationId, project))).toHaveLength(before.length);
    const [row] = await t.db.select().from(projectChangeRequests).where(eq(projectChangeRequests.id, id));
    expect(row?.status).toBe('refused');
  });

  it('a move larger than the unpaid commitment is refused by the ledger, and nothing is approved', async () => {
    const project = await buildStartedProject(t.db, fx, secretariat);
    const { id } = await requestProjectChange(t.db, applicant, moveRequest(project, 400_000 * KR));
    await expect(decideProjectChange(t.db, secretariat, { applicationId: project, changeId: id, decision: 'approve' })).rejects.toMatchObject({
      code: 'EXCEEDS_COMMITMENT',
    });
    const [row] = await t.db.select().from(projectChangeRequests).where(eq(projectChangeRequests.id, id));
    expect(row?.status).toBe('requested');
  });

  it('an approved extension moves the end date; the validation is in Danish', async () => {
    const project = await buildStartedProject(t.db, fx, secretariat);
    await expect(requestProjectChange(t.db, applicant, { applicationId: project, kind: 'extend_end_date', reason: 'Forsinket' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { newEndDate: 'Angiv den nye slutdato' },
    });
    const { id } = await requestProjectChange(t.db, applicant, {
      applicationId: project,
      kind: 'extend_end_date',
      reason: 'Forsinket',
      newEndDate: '2024-12-31',
    });
    await decideProjectChange(t.db, secretariat, { applicationId: project, changeId: id, decision: 'approve' });
    const outcome = await getProjectOutcome(t.db, secretariat, { applicationId: project });
    expect(outcome.project.plannedEndDate).toBe('2024-06-30');
    expect(outcome.currentEndDate).toBe('2024-12-31');
  });

  it('another applicant of the organisation cannot ask for changes on a project that is not theirs', async () => {
    const project = await buildStartedProject(t.db, fx, secretariat);
    const other = await t.actor('bedoemmer@vejle.demo');
    await expect(requestProjectChange(t.db, other, moveRequest(project, 1 * KR))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const aarhus = await t.actor('sekretariat@aarhus.demo');
    await expect(requestProjectChange(t.db, aarhus, moveRequest(project, 1 * KR))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('correcting a recorded grant decision', () => {
  it('releases part of a commitment with a reason, and refuses to release more than is unpaid', async () => {
    const project = await buildStartedProject(t.db, fx, secretariat);
    await t.db.insert(decisions).values({
      applicationId: project,
      route: 'meeting',
      outcome: 'approve',
      amountOere: 300_000 * KR,
      budgetLineId: line(),
      split: [{ year: 2023, amountOere: 300_000 * KR }],
      decidedByUserId: await userId(t.db, 'raad@vejle.demo'),
    });
    const r23 = await remaining(2023);
    const input = {
      applicationId: project,
      kind: 'release',
      budgetLineId: line(),
      year: 2023,
      amountOere: 50_000 * KR,
      reference: 'Rådet 12. marts',
      reason: 'Tastefejl i beløbet',
    };
    await correctDecision(t.db, secretariat, input);
    expect(await remaining(2023)).toBe(r23 + 50_000 * KR);
    await expect(correctDecision(t.db, secretariat, { ...input, amountOere: 300_000 * KR })).rejects.toMatchObject({ code: 'EXCEEDS_COMMITMENT' });
    await expect(correctDecision(t.db, council, input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const inc = await correctDecision(t.db, secretariat, { ...input, kind: 'increase', amountOere: 10_000 * KR });
    expect(inc.entryIds).toHaveLength(1);
    expect(await remaining(2023)).toBe(r23 + 40_000 * KR);
  });
});
