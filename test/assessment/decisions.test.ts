import { and, eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/rows.js';
import { applications } from '../../src/db/schema/applications.js';
import { decisions } from '../../src/db/schema/assessment.js';
import { ledgerEntries } from '../../src/db/schema/ledger.js';
import { notifications, outbox } from '../../src/db/schema/notifications.js';
import { meetings } from '../../src/db/schema/pools.js';
import { AppError } from '../../src/errors.js';
import { decideDirectly } from '../../src/usecases/assessment/decide-directly.js';
import { recommendApplication } from '../../src/usecases/assessment/recommend-application.js';
import { lineBalances } from '../../src/usecases/ledger/line-balances.js';
import { createMeeting } from '../../src/usecases/meetings/create-meeting.js';
import { getMeeting } from '../../src/usecases/meetings/get-meeting.js';
import { publishMeeting } from '../../src/usecases/meetings/publish-meeting.js';
import { recordDecision } from '../../src/usecases/meetings/record-decision.js';
import { setAgenda } from '../../src/usecases/meetings/set-agenda.js';
import type { Actor } from '../../src/usecases/shared/actor.js';
import { demoPool, buildApplication, stateOf, type DemoPool } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { refusalOf } from '../support/expect-refusal.js';
import { DEMO_Y1 as Y1, DEMO_Y4 } from '../support/demo-years.js';
import { kr } from '../support/kr.js';

const MIO = 1_000_000_00;
/** Direct decisions are made on a day in the demo pool's first year (the seed's 2021), when none of its budget years has ended. */
const IN_2021 = { today: `${Y1}-06-01` };

let t: TestApp;
let pool: DemoPool;
let secretariat: Actor;
let council: Actor;

async function remaining(lineKey: string, year: number): Promise<number> {
  const b = (await lineBalances(t.db, pool.poolId)).find((x) => x.budgetLineId === pool.lines[lineKey] && x.year === year);
  if (!b) throw new Error(`no balance ${lineKey} ${year}`);
  return b.remainingOere;
}

/** A reviewed application recommended for `amount` in the Vejle seed's first year (2021, shifted: Y1) on the ordinary line. */
async function recommended(amount: number, title = 'Ansøgning'): Promise<string> {
  const id = await buildApplication(t.db, { pool, state: 'reviewed', title, amountAppliedOere: amount });
  await recommendApplication(t.db, secretariat, {
    applicationId: id,
    kind: 'recommend',
    amountOere: amount,
    budgetLineId: pool.lines.ordinaer,
    split: [{ year: Y1, amountOere: amount }],
  });
  return id;
}

async function meetingWith(...applicationIds: string[]): Promise<string> {
  const { id } = await createMeeting(t.db, secretariat, { decisionBodyId: pool.bodyId, startsAt: `${Y1}-05-20T15:00`, location: 'Rådhuset' });
  await setAgenda(t.db, secretariat, { meetingId: id, applicationIds });
  return id;
}

const approve = (meetingId: string, applicationId: string, amount: number) =>
  recordDecision(t.db, council, {
    meetingId,
    applicationId,
    outcome: 'approve',
    amountOere: amount,
    budgetLineId: pool.lines.ordinaer,
    split: [{ year: Y1, amountOere: amount }],
  });

beforeEach(async () => {
  t = await createTestApp('demo');
  pool = await demoPool(t.db, 'vejle');
  secretariat = await t.actor('sekretariat@vejle.demo');
  council = await t.actor('raad@vejle.demo');
});
afterEach(() => t.close());

describe('a meeting: agenda, decisions, minutes', () => {
  it('approves one, rejects another, commits the money and tells each applicant at publication', async () => {
    const a = await recommended(1 * MIO, 'Sensorgulve');
    const b = await recommended(2 * MIO, 'Spiserobot');
    const before = await remaining('ordinaer', Y1);
    const meetingId = await meetingWith(b, a);
    expect(await stateOf(t.db, a)).toBe('on_agenda');

    const view = await getMeeting(t.db, council, { meetingId });
    expect(view.items.map((i) => i.application.title)).toEqual(['Spiserobot', 'Sensorgulve']);
    expect(view.items[0]?.recommendation?.amountOere).toBe(2 * MIO);
    expect(view.balances.find((x) => x.budgetLineId === pool.lines.ordinaer && x.year === Y1)?.remainingOere).toBe(before);

    await approve(meetingId, a, 1 * MIO);
    await expect(recordDecision(t.db, council, { meetingId, applicationId: b, outcome: 'reject' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { reason: expect.any(String) },
    });
    // Publishing needs every item decided.
    await expect(publishMeeting(t.db, secretariat, { meetingId })).rejects.toMatchObject({ code: 'TRANSITION_NOT_ALLOWED' });
    await recordDecision(t.db, council, { meetingId, applicationId: b, outcome: 'reject', reason: 'Løsningen er allerede afprøvet i kommunen.' });
    await expect(approve(meetingId, a, 1 * MIO)).rejects.toMatchObject({ code: 'ALREADY_EXISTS' });

    // The money is committed with the decision; the states change at publication.
    expect(await remaining('ordinaer', Y1)).toBe(before - 1 * MIO);
    expect(await stateOf(t.db, a)).toBe('on_agenda');
    const lead = (await t.actor('ansoeger@vejle.demo')).userId;
    const countBefore = (await t.db.select().from(notifications).where(eq(notifications.userId, lead))).length;

    await publishMeeting(t.db, secretariat, { meetingId });
    expect(await stateOf(t.db, a)).toBe('approved');
    expect(await stateOf(t.db, b)).toBe('rejected');
    const [appA] = await t.db.select({ decidedAt: applications.decidedAt }).from(applications).where(eq(applications.id, a));
    expect(appA?.decidedAt).toBeInstanceOf(Date);
    const [m] = await t.db.select({ status: meetings.status }).from(meetings).where(eq(meetings.id, meetingId));
    expect(m?.status).toBe('minutes_published');

    const told = await t.db.select().from(notifications).where(eq(notifications.userId, lead));
    expect(told.length - countBefore).toBe(2);
    expect(told.map((n) => n.title.da)).toEqual(expect.arrayContaining([expect.stringContaining('er bevilget'), expect.stringContaining('er afslået')]));
    expect(told.find((n) => n.applicationId === b)?.body.da).toContain('Løsningen er allerede afprøvet i kommunen.');
    const mail = await t.db.select().from(outbox).where(eq(outbox.toAddress, 'ansoeger@vejle.demo'));
    expect(mail.map((x) => x.subject)).toEqual(expect.arrayContaining([expect.stringMatching(/er bevilget$/)]));
    expect(mail.find((x) => x.subject.includes('bevilget'))?.textBody).toContain(kr('1.000.000 kr.'));

    await expect(recordDecision(t.db, council, { meetingId, applicationId: a, outcome: 'defer' })).rejects.toMatchObject({ code: 'TRANSITION_NOT_ALLOWED' });
  });

  it('a deferred application is marked deferred and goes onto a later agenda', async () => {
    const a = await recommended(1 * MIO);
    const first = await meetingWith(a);
    await recordDecision(t.db, council, { meetingId: first, applicationId: a, outcome: 'defer', reason: 'Afventer business case' });
    await publishMeeting(t.db, council, { meetingId: first });
    expect(await stateOf(t.db, a)).toBe('deferred');
    const second = await meetingWith(a);
    expect(await stateOf(t.db, a)).toBe('on_agenda');
    await approve(second, a, 1 * MIO);
    await publishMeeting(t.db, secretariat, { meetingId: second });
    expect(await stateOf(t.db, a)).toBe('approved');
  });

  it('only recommended applications on this body’s lines go on the agenda; taking one off defers it', async () => {
    const submitted = await buildApplication(t.db, { pool, state: 'submitted' });
    const direct = await buildApplication(t.db, { pool, state: 'recommended', budgetLineId: pool.lines['innovation-og-test'] });
    const ok = await recommended(1 * MIO);
    const { id } = await createMeeting(t.db, secretariat, { decisionBodyId: pool.bodyId, startsAt: `${Y1}-06-10T15:00` });
    await expect(setAgenda(t.db, secretariat, { meetingId: id, applicationIds: [submitted] })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(setAgenda(t.db, secretariat, { meetingId: id, applicationIds: [direct] })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await setAgenda(t.db, secretariat, { meetingId: id, applicationIds: [ok] });
    await setAgenda(t.db, secretariat, { meetingId: id, applicationIds: [] });
    expect(await stateOf(t.db, ok)).toBe('deferred');
    await expect(setAgenda(t.db, council, { meetingId: id, applicationIds: [ok] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('money', () => {
  it('an approval beyond the remaining money is refused and nothing of it is recorded', async () => {
    const left = await remaining('ordinaer', Y1);
    const a = await recommended(left + 1);
    const meetingId = await meetingWith(a);
    const err = await refusalOf(approve(meetingId, a, left + 1));
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe('INSUFFICIENT_FUNDS');
    expect(err.userMessage.da).toMatch(/penge|midler|rest/i);
    expect(await t.db.select().from(decisions).where(eq(decisions.applicationId, a))).toEqual([]);
    expect(
      await t.db
        .select()
        .from(ledgerEntries)
        .where(and(eq(ledgerEntries.applicationId, a))),
    ).toEqual([]);
    expect(await stateOf(t.db, a)).toBe('on_agenda');
    const [m] = await t.db.select({ status: meetings.status }).from(meetings).where(eq(meetings.id, meetingId));
    expect(m?.status).toBe('planned');
    expect(await remaining('ordinaer', Y1)).toBe(left);
    const audit = rowsOf<{ n: number }>(
      await t.db.execute(sql`select count(*)::int as n from audit_events where object_id = ${a} and action = 'decision.recorded'`),
    );
    expect(Number(audit[0]?.n)).toBe(0);
    // The exact remaining amount is still possible.
    await approve(meetingId, a, left);
    expect(await remaining('ordinaer', Y1)).toBe(0);
  });

  it('two simultaneous approvals for the last money: exactly one succeeds', async () => {
    const left = await remaining('ordinaer', Y1);
    const share = Math.floor(left / 2) + 1; // each fits alone, both do not
    const a = await recommended(share, 'A');
    const b = await recommended(share, 'B');
    const m1 = await meetingWith(a);
    const m2 = await meetingWith(b);
    const results = await Promise.allSettled([approve(m1, a, share), approve(m2, b, share)]);
    const fulfilled = results.filter((r) => r.status === 'fulfilled');
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect((rejected[0]?.reason as AppError).code).toBe('INSUFFICIENT_FUNDS');
    expect(await remaining('ordinaer', Y1)).toBe(left - share);
    const all = await t.db.select().from(decisions);
    expect(all).toHaveLength(1);
  });
});

describe('direct decisions (Innovation og Test)', () => {
  it('the directors approve directly, committing the money and telling the applicant', async () => {
    const left = await remaining('innovation-og-test', Y1);
    const id = await buildApplication(t.db, { pool, state: 'qualified', budgetLineId: pool.lines['innovation-og-test'], amountAppliedOere: 5 * MIO });
    await expect(
      decideDirectly(t.db, secretariat, { applicationId: id, outcome: 'approve', amountOere: 100_000_00, split: [{ year: Y1, amountOere: 100_000_00 }] }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      decideDirectly(t.db, council, { applicationId: id, outcome: 'approve', amountOere: left + 1, split: [{ year: Y1, amountOere: left + 1 }] }, IN_2021),
    ).rejects.toMatchObject({ code: 'INSUFFICIENT_FUNDS' });
    expect(await stateOf(t.db, id)).toBe('qualified');
    const res = await decideDirectly(
      t.db,
      council,
      {
        applicationId: id,
        outcome: 'approve',
        amountOere: 100_000_00,
        split: [{ year: Y1, amountOere: 100_000_00 }],
      },
      IN_2021,
    );
    expect(res.state).toBe('approved');
    expect(await remaining('innovation-og-test', Y1)).toBe(left - 100_000_00);
    const [d] = await t.db.select().from(decisions).where(eq(decisions.applicationId, id));
    expect(d).toMatchObject({ route: 'direct', outcome: 'approve', amountOere: 100_000_00 });
    const [n] = await t.db.select().from(notifications).where(eq(notifications.applicationId, id));
    expect(n?.body.da).toContain('Direktørerne for Kultur & Sundhed og Velfærd');
  });

  it('a meeting line cannot be decided directly', async () => {
    const id = await recommended(1 * MIO);
    const err = await refusalOf(decideDirectly(t.db, council, { applicationId: id, outcome: 'reject', reason: 'Nej' }));
    expect(err).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED' });
    expect(err.userMessage.da).toContain('møde');
  });
});

describe('recommendation', () => {
  it('validates amount, line and split over the pool period', async () => {
    const id = await buildApplication(t.db, { pool, state: 'reviewed' });
    const err = await refusalOf(
      recommendApplication(t.db, secretariat, {
        applicationId: id,
        kind: 'recommend_with_conditions',
        amountOere: 3 * MIO,
        budgetLineId: pool.lines.ordinaer,
        split: [
          { year: Y1, amountOere: 1 * MIO },
          { year: DEMO_Y4 + 3, amountOere: 1 * MIO },
        ],
      }),
    );
    expect(err).toBeInstanceOf(AppError);
    expect(err.fields).toMatchObject({
      'split.1.year': `Året ${DEMO_Y4 + 3} ligger uden for puljens periode ${Y1}–${DEMO_Y4}`,
      split: expect.stringContaining(kr('3.000.000 kr.')),
      conditions: expect.any(String),
    });
    expect(await stateOf(t.db, id)).toBe('reviewed');
    await recommendApplication(t.db, secretariat, { applicationId: id, kind: 'not_recommend', justification: 'Svag business case' });
    expect(await stateOf(t.db, id)).toBe('not_recommended');
  });

  it('completes the review first, which needs a submitted review', async () => {
    const id = await buildApplication(t.db, { pool, state: 'in_review' });
    await expect(recommendApplication(t.db, secretariat, { applicationId: id, kind: 'not_recommend' })).rejects.toMatchObject({
      code: 'TRANSITION_NOT_ALLOWED',
    });
  });
});
