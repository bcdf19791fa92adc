import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decisions } from '../../src/db/schema/assessment.js';
import { notifications } from '../../src/db/schema/notifications.js';
import { paths } from '../../src/paths.js';
import { decideDirectly } from '../../src/usecases/assessment/decide-directly.js';
import { recommendApplication } from '../../src/usecases/assessment/recommend-application.js';
import { recordCommitment } from '../../src/usecases/ledger/record-commitment.js';
import { createMeeting } from '../../src/usecases/meetings/create-meeting.js';
import { recordDecision } from '../../src/usecases/meetings/record-decision.js';
import { setAgenda } from '../../src/usecases/meetings/set-agenda.js';
import type { Actor } from '../../src/usecases/shared/actor.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { kr } from '../support/kr.js';
import { refusalOf } from '../support/expect-refusal.js';
import { MIO, buildApplication, buildLedgerApplication, buildLedgerPool, demoPool, stateOf, type DemoPool } from '../support/factories.js';
import { DEMO_Y1 } from '../support/demo-years.js';

/** A year of the Vejle seed (2021–2024) as the demo, dated from the seeding day, lays it out. */
const y = (seedYear: number): number => seedYear + (DEMO_Y1 - 2021);

/**
 * Issue 11 items 7 and 11 (decisions): the decision form names every line and has its own hints; no
 * money for an ended budget year unless the carry-over decides; more than applied for only with a
 * reason; manual commitments only to approved applications. Vejle's demo pool runs 2021–2024 without
 * carry-over; the app's day is fixed in 2021 so the pages work in any year.
 */
let t: TestApp;
let pool: DemoPool;
let secretariat: Actor;
let council: Actor;
const IN_2021 = { today: `${y(2021)}-06-01` };
const IN_2025 = { today: `${y(2025)}-01-02` };
const ref = { reference: 'Direktørbeslutning', reason: 'Bevilget' };

beforeAll(async () => {
  t = await createTestApp('demo', IN_2021);
  pool = await demoPool(t.db, 'vejle');
  secretariat = await t.actor('sekretariat@vejle.demo');
  council = await t.actor('raad@vejle.demo');
});
afterAll(() => t.close());

const direct = (amountAppliedOere = 1 * MIO) =>
  buildApplication(t.db, { pool, state: 'qualified', budgetLineId: pool.lines['innovation-og-test'], amountAppliedOere });
const approve = (applicationId: string, amountOere: number, year: number, extra: Record<string, string> = {}) => ({
  applicationId,
  outcome: 'approve',
  amountOere,
  split: [{ year, amountOere }],
  ...extra,
});

describe('a budget year that has ended', () => {
  it('refuses a direct decision for it when the pool does not carry money over, naming the year', async () => {
    const id = await direct();
    const err = await refusalOf(decideDirectly(t.db, council, approve(id, 50_000_00, y(2024)), IN_2025));
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.fields?.['split.0.year']).toBe(
      `Budgetåret ${y(2024)} er slut (31. december ${y(2024)}), og puljen overfører ikke midler til næste år. Fordel beløbet på ${y(2025)} eller senere.`,
    );
    expect(await stateOf(t.db, id)).toBe('qualified');
    expect((await decideDirectly(t.db, council, approve(id, 50_000_00, y(2024)), IN_2021)).state).toBe('approved');
  });

  it(`a meeting decides on its own day: a meeting in ${y(2022)} cannot grant ${y(2021)} money`, async () => {
    const id = await buildApplication(t.db, { pool, state: 'reviewed' });
    await recommendApplication(t.db, secretariat, {
      applicationId: id,
      kind: 'recommend',
      amountOere: 50_000_00,
      budgetLineId: pool.lines.ordinaer,
      split: [{ year: y(2021), amountOere: 50_000_00 }],
    });
    const { id: meetingId } = await createMeeting(t.db, secretariat, { decisionBodyId: pool.bodyId, startsAt: `${y(2022)}-01-15T15:00` });
    await setAgenda(t.db, secretariat, { meetingId, applicationIds: [id] });
    const err = await refusalOf(recordDecision(t.db, council, { meetingId, budgetLineId: pool.lines.ordinaer, ...approve(id, 50_000_00, y(2021)) }));
    expect(err.fields?.['split.0.year']).toContain(`Budgetåret ${y(2021)} er slut`);
    expect(await t.db.select().from(decisions).where(eq(decisions.applicationId, id))).toEqual([]);
  });

  it('lets the carry-over decide for a manual commitment: open while the period has a year left, closed after', async () => {
    const carry = await buildLedgerPool(t.db, {
      orgSlug: 'vejle',
      start: y(2021),
      end: y(2024),
      allowsCarryOver: true,
      lines: [{ key: 'a', name: 'Afprøvning', years: { [y(2021)]: 1 * MIO, [y(2022)]: 1 * MIO } }],
    });
    const project = await buildLedgerApplication(t.db, carry);
    const input = {
      poolId: carry.poolId,
      applicationId: project,
      budgetLineId: carry.lines.a ?? '',
      split: [{ year: y(2021), amountOere: 10_000_00 }],
      ...ref,
    };
    expect((await recordCommitment(t.db, secretariat, input, { today: `${y(2022)}-03-01` })).entryIds).toHaveLength(1);
    const late = await refusalOf(recordCommitment(t.db, secretariat, input, { today: `${y(2025)}-01-02` }));
    expect(late.fields?.['split.0.amountOere']).toContain(`puljens periode sluttede i ${y(2024)}`);

    const noCarry = await buildLedgerPool(t.db, {
      orgSlug: 'vejle',
      start: y(2021),
      end: y(2024),
      lines: [{ key: 'a', name: 'Afprøvning', years: { [y(2021)]: 1 * MIO } }],
    });
    const other = await buildLedgerApplication(t.db, noCarry);
    const closed = await refusalOf(
      recordCommitment(
        t.db,
        secretariat,
        { ...input, poolId: noCarry.poolId, applicationId: other, budgetLineId: noCarry.lines.a ?? '' },
        { today: `${y(2022)}-03-01` },
      ),
    );
    expect(closed.fields?.['split.0.amountOere']).toContain(`Budgetåret ${y(2021)} er slut`);
  });
});

describe('a manual commitment', () => {
  it('only to an approved application: the use case and the economy page refuse a submitted one with a Danish field error', async () => {
    const ledgerPool = await buildLedgerPool(t.db, {
      orgSlug: 'vejle',
      start: y(2021),
      end: y(2024),
      lines: [{ key: 'a', name: 'Afprøvning', years: { [y(2021)]: 1 * MIO } }],
    });
    const submitted = await buildLedgerApplication(t.db, ledgerPool, { state: 'submitted' });
    const input = {
      poolId: ledgerPool.poolId,
      applicationId: submitted,
      budgetLineId: ledgerPool.lines.a ?? '',
      split: [{ year: y(2021), amountOere: 10_000_00 }],
      ...ref,
    };
    const err = await refusalOf(recordCommitment(t.db, secretariat, input, IN_2021));
    expect(err.fields?.applicationId).toBe('Der kan kun bevilges til en bevilget ansøgning; denne har status "Indsendt".');

    const s = await t.as('sekretariat@vejle.demo');
    const page = await s.postForm(paths.ledger.commitment({ poolId: ledgerPool.poolId }), {
      applicationId: submitted,
      budgetLineId: ledgerPool.lines.a ?? '',
      'split[0][year]': `${y(2021)}`,
      'split[0][amount]': '10.000',
      reference: 'Direktørbeslutning',
      reason: 'Bevilget',
    });
    expect(page.status).toBe(422);
    expect(await page.text()).toContain('Der kan kun bevilges til en bevilget ansøgning');
    const { poolId: _pool, ...body } = input;
    expect((await s.api('POST', `/pools/${ledgerPool.poolId}/ledger/commitments`, body)).status).toBe(422);
  });
});

describe('more than the amount applied for', () => {
  it('needs a reason, which is stored and told to the applicant', async () => {
    const id = await direct(40_000_00);
    const err = await refusalOf(decideDirectly(t.db, council, approve(id, 50_000_00, y(2021)), IN_2021));
    expect(err.fields).toEqual({ aboveAppliedReason: kr('Beløbet er større end det ansøgte (40.000 kr.). Skriv, hvorfor der bevilges mere.') });
    await decideDirectly(t.db, council, approve(id, 50_000_00, y(2021), { aboveAppliedReason: 'Prisstigning på udstyret' }), IN_2021);
    const [d] = await t.db.select().from(decisions).where(eq(decisions.applicationId, id));
    expect(d?.aboveAppliedReason).toBe('Prisstigning på udstyret');
    const [n] = await t.db.select().from(notifications).where(eq(notifications.applicationId, id));
    expect(n?.body.da).toContain('Der er bevilget mere end ansøgt, fordi: Prisstigning på udstyret');
  });

  it('the page refuses it next to the field, keeping what was typed; the API answers 422', async () => {
    const id = await direct(40_000_00);
    const c = await t.as('raad@vejle.demo');
    const res = await c.postForm(paths.assessment.decideDirectly({ applicationId: id }), {
      outcome: 'approve',
      amountOere: '50.000',
      budgetLineId: pool.lines['innovation-og-test'] ?? '',
      'split[0][year]': `${y(2021)}`,
      'split[0][amount]': '50.000',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('href="#aboveAppliedReason"');
    expect(html).toContain('Beløbet er større end det ansøgte');
    expect(html).toContain('value="50.000"');
    const api = await c.api('POST', `/applications/${id}/direct-decision`, {
      outcome: 'approve',
      amountOere: 50_000_00,
      split: [{ year: y(2021), amountOere: 50_000_00 }],
    });
    expect(api.status).toBe(422);
    expect(((await api.json()) as { error: { fields: Record<string, string> } }).error.fields.aboveAppliedReason).toContain('større end det ansøgte');
  });
});

describe('the decision form', () => {
  const emptyRowHeader = /<th scope="row"[^>]*>\s*<\/th>/;

  it('names every budget line in the balances, the earmark with its parent, and has its own hints', async () => {
    const id = await direct();
    const c = await t.as('raad@vejle.demo');
    const html = await (await c.get(paths.assessment.decideDirectly({ applicationId: id }))).text();
    expect(html).not.toMatch(emptyRowHeader);
    expect(html).toContain('Ordinære projekter');
    expect(html).toContain('Innovation og Test (øremærket af Ordinære projekter)');
    expect(html).toContain('Det bevilgede beløb');
    expect(html).not.toContain('når der indstilles med betingelser');
    expect(html).toContain('Hvorfor bevilges mere end ansøgt?');
  });

  it('at a meeting too: the Innovation og Test rows are named', async () => {
    const id = await buildApplication(t.db, { pool, state: 'reviewed' });
    await recommendApplication(t.db, secretariat, {
      applicationId: id,
      kind: 'recommend',
      amountOere: 50_000_00,
      budgetLineId: pool.lines.ordinaer,
      split: [{ year: y(2021), amountOere: 50_000_00 }],
    });
    const { id: meetingId } = await createMeeting(t.db, secretariat, { decisionBodyId: pool.bodyId, startsAt: `${y(2021)}-05-20T15:00` });
    await setAgenda(t.db, secretariat, { meetingId, applicationIds: [id] });
    const html = await (await (await t.as('raad@vejle.demo')).get(paths.meetings.itemDecision({ meetingId, applicationId: id }))).text();
    expect(html).not.toMatch(emptyRowHeader);
    expect(html).toContain('Innovation og Test (øremærket af Ordinære projekter)');
    expect(html).not.toContain('når der indstilles med betingelser');
  });

  it('the recommendation form keeps the recommendation’s hints and asks no reason for more than applied', async () => {
    const id = await buildApplication(t.db, { pool, state: 'reviewed' });
    const html = await (await (await t.as('sekretariat@vejle.demo')).get(paths.assessment.recommend({ applicationId: id }))).text();
    expect(html).toContain('når der indstilles med betingelser');
    expect(html).not.toContain('Hvorfor bevilges mere end ansøgt?');
  });
});
