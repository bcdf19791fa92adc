import { and, eq, gt, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { applications, ideaAdvice, ideas } from '../src/db/schema/applications.js';
import { agendaItems, decisions, reviews } from '../src/db/schema/assessment.js';
import { ledgerEntries } from '../src/db/schema/ledger.js';
import { decisionBodies, meetings, pools } from '../src/db/schema/pools.js';
import { copenhagenLocalToDate, todayInCopenhagen } from '../src/domain/dates.js';
import { seedDemoCases } from '../src/demo/cases.js';
import { seedDemoIfEmpty } from '../src/demo/seed.js';
import { listSubmissions } from '../src/usecases/assessment/list-submissions.js';
import { getPoolLedger } from '../src/usecases/ledger/get-pool-ledger.js';
import { demoPool, type DemoPool } from './support/factories.js';
import { createTestApp, type TestApp } from './support/app.js';

let t: TestApp;
let vejle: DemoPool;

beforeAll(async () => {
  t = await createTestApp('demo');
  await seedDemoCases(t.db);
  vejle = await demoPool(t.db, 'vejle');
}, 120_000);
afterAll(() => t.close());

async function statesIn(orgSlug: 'vejle' | 'horsens' | 'aarhus'): Promise<Record<string, string>> {
  const pool = await demoPool(t.db, orgSlug);
  const rows = await t.db.select({ title: applications.title, state: applications.state }).from(applications).where(eq(applications.poolId, pool.poolId));
  return Object.fromEntries(rows.map((r) => [r.title, r.state]));
}

describe('the demo cases', () => {
  it("Vejle: a draft, a submitted case, one reviewed twice and on the next meeting's agenda, one approved at a meeting (since evaluated and scaled up)", async () => {
    expect(await statesIn('vejle')).toEqual({
      'Vasketoiletter på Bakkehuset': 'draft',
      'Digital medicinhusker': 'submitted',
      'Telemedicinsk KOL-kuffert i eget hjem': 'on_agenda',
      'Robotstøvsugere i plejeboliger': 'scaled_up',
    });
    const [kol] = await t.db.select({ id: applications.id }).from(applications).where(eq(applications.title, 'Telemedicinsk KOL-kuffert i eget hjem'));
    const kolReviews = await t.db
      .select({ status: reviews.status })
      .from(reviews)
      .where(eq(reviews.applicationId, kol?.id ?? ''));
    expect(kolReviews.map((r) => r.status)).toEqual(['submitted', 'submitted']);
    const published = await t.db.select({ id: meetings.id }).from(meetings).where(eq(meetings.status, 'minutes_published'));
    expect(published.length).toBe(3); // Vejle's council and Horsens' steering group (twice: one for the demo project)
  });

  it("Vejle's economy shows money committed and paid", async () => {
    const ledger = await getPoolLedger(t.db, await t.actor('oekonomi@vejle.demo'), { poolId: vejle.poolId });
    expect(ledger.totals.committedOere).toBe(850_000_00);
    expect(ledger.totals.paidOere).toBe(600_000_00);
    expect(ledger.totals.remainingOere).toBeGreaterThan(0);
  });

  it("Vejle's inbox lists the submitted applications, never the draft", async () => {
    const inbox = await listSubmissions(t.db, await t.actor('sekretariat@vejle.demo'), { poolId: vejle.poolId });
    expect(inbox.total).toBe(3);
    expect(inbox.rows.map((r) => r.state)).toContain('submitted');
    expect(inbox.rows.map((r) => r.title)).not.toContain('Vasketoiletter på Bakkehuset');
  });

  it('Horsens: one submitted and one approved with a payout; Aarhus: one submitted', async () => {
    expect(await statesIn('horsens')).toEqual({
      'Automatisk vendeseng i hjemmeplejen': 'submitted',
      'Digital dagsstruktur på bosteder': 'approved',
      'Digitale huskeure til borgere med demens': 'in_trial', // the project after the grant (src/demo/project-cases.ts)
    });
    expect(await statesIn('aarhus')).toEqual({ 'Spiserobotter til borgere med nedsat armfunktion': 'submitted' });
    const horsens = await demoPool(t.db, 'horsens');
    const ledger = await getPoolLedger(t.db, await t.actor('oekonomi@horsens.demo'), { poolId: horsens.poolId });
    expect(ledger.totals.committedOere).toBe(280_000_00 + 230_000_00);
    expect(ledger.totals.paidOere).toBe(176_000_00 + 160_000_00);
  });

  it('ideas with advice and assessments', async () => {
    const all = await t.db.select().from(ideas);
    expect(all.map((i) => i.title).sort()).toEqual(['Sensorer mod faldulykker', 'Skærmbesøg i hjemmeplejen', 'Træningsapp til genoptræning i eget hjem']);
    const skaerm = all.find((i) => i.title === 'Skærmbesøg i hjemmeplejen');
    const advice = await t.db
      .select({ topic: ideaAdvice.topic })
      .from(ideaAdvice)
      .where(eq(ideaAdvice.ideaId, skaerm?.id ?? ''));
    expect(advice.map((a) => a.topic)).toEqual(expect.arrayContaining(['economy', 'law', null]));
    expect(all.find((i) => i.title === 'Sensorer mod faldulykker')?.assessment).toBe('promising');
  });
});

/**
 * The demo seeded on two different days (the clock set to each, as the server would see it): every
 * pool runs over that year, has past and upcoming meetings, and the cases are dated before it.
 */
describe.each(['2026-12-02', '2031-03-15'])('the demo seeded on %s', (today) => {
  let d: TestApp;
  let now: Date;
  const year = Number(today.slice(0, 4));
  const DAY = 86_400_000;

  beforeAll(async () => {
    now = copenhagenLocalToDate(`${today}T09:00`) ?? new Date(NaN);
    vi.useFakeTimers({ toFake: ['Date'], now, shouldAdvanceTime: true });
    d = await createTestApp('empty');
    expect(todayInCopenhagen()).toBe(today);
    expect(await seedDemoIfEmpty(d.db, { withCases: true, today })).toBe(true);
  }, 300_000);
  afterAll(async () => {
    vi.useRealTimers();
    await d.close();
  });

  it("every pool's period contains the year, Vejle's name carries the shifted seed years", async () => {
    const all = await d.db.select().from(pools);
    expect(all).toHaveLength(3);
    for (const p of all) {
      expect(p.periodStartYear).toBeLessThanOrEqual(year);
      expect(p.periodEndYear).toBeGreaterThanOrEqual(year);
    }
    const vejle = await demoPool(d.db, 'vejle');
    const [row] = await d.db.select().from(pools).where(eq(pools.id, vejle.poolId));
    expect(row?.name).toBe(`VelfærdsTeknologiPuljen ${year - 2}–${year + 1}`);
    expect(row?.description).toContain('kildematerialets periode 2021–2024');
  });

  it('every pool has past meetings and at least one upcoming one; Vejle, which has rounds, an upcoming agenda deadline and a draft agenda', async () => {
    for (const org of ['vejle', 'horsens', 'aarhus'] as const) {
      const pool = await demoPool(d.db, org);
      const bodyIds = (await d.db.select({ id: decisionBodies.id }).from(decisionBodies).where(eq(decisionBodies.poolId, pool.poolId))).map((b) => b.id);
      const calendar = await d.db.select().from(meetings).where(inArray(meetings.decisionBodyId, bodyIds));
      expect(calendar.filter((m) => m.startsAt > new Date()).length, org).toBeGreaterThan(0);
      expect(calendar.filter((m) => m.startsAt < new Date()).length, org).toBeGreaterThan(0);
    }
    const vejle = await demoPool(d.db, 'vejle');
    const upcoming = await d.db
      .select()
      .from(meetings)
      .where(and(eq(meetings.decisionBodyId, vejle.bodyId), gt(meetings.startsAt, new Date())));
    expect(upcoming.some((m) => (m.submissionDeadline ?? '') > today)).toBe(true);
    const next = upcoming.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
    expect(
      await d.db
        .select()
        .from(agendaItems)
        .where(eq(agendaItems.meetingId, next?.id ?? '')),
    ).toHaveLength(1);
  });

  it('no case is dated in the future, decisions were made at meetings that had started, the youngest submission is days old and ages vary', async () => {
    const cases = await d.db.select().from(applications);
    const stamps = cases.flatMap((c) => [c.createdAt, c.updatedAt, c.submittedAt, c.decidedAt]).filter((x): x is Date => x !== null);
    for (const at of stamps) expect(at.getTime()).toBeLessThanOrEqual(Date.now());
    for (const r of await d.db.select().from(reviews)) expect((r.submittedAt ?? r.assignedAt).getTime()).toBeLessThanOrEqual(Date.now());
    for (const i of await d.db.select().from(ideas)) expect(i.createdAt.getTime()).toBeLessThanOrEqual(Date.now());

    const decided = await d.db
      .select({ decidedAt: decisions.decidedAt, startsAt: meetings.startsAt })
      .from(decisions)
      .innerJoin(meetings, eq(meetings.id, decisions.meetingId));
    expect(decided.length).toBeGreaterThan(0);
    for (const x of decided) {
      expect(x.startsAt.getTime()).toBeLessThanOrEqual(x.decidedAt.getTime());
      expect(x.decidedAt.getTime()).toBeLessThan(now.getTime());
    }

    const submittedAt = cases.map((c) => c.submittedAt?.getTime()).filter((x): x is number => x !== undefined);
    const youngest = Math.max(...submittedAt);
    expect(now.getTime() - youngest).toBeLessThanOrEqual(7 * DAY);
    expect(now.getTime() - youngest).toBeGreaterThan(0);
    const ageInDays = new Set(submittedAt.map((s) => Math.floor((now.getTime() - s) / DAY)));
    expect(ageInDays.size).toBeGreaterThanOrEqual(5);
    expect(Math.max(...ageInDays)).toBeGreaterThan(365); // the scaled-up project was submitted more than a year ago
  });

  it('money is committed and paid only in this year or later', async () => {
    const entries = await d.db
      .select()
      .from(ledgerEntries)
      .where(inArray(ledgerEntries.kind, ['commitment', 'payout']));
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) expect(e.year).toBeGreaterThanOrEqual(year);
  });
});
