import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, ideaAdvice, ideas } from '../src/db/schema/applications.js';
import { reviews } from '../src/db/schema/assessment.js';
import { meetings } from '../src/db/schema/pools.js';
import { seedDemoCases } from '../src/demo/cases.js';
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
  it('Vejle: a draft, a submitted case, one in review with two reviews and one approved at a meeting (since evaluated and scaled up)', async () => {
    expect(await statesIn('vejle')).toEqual({
      'Vasketoiletter på Bakkehuset': 'draft',
      'Digital medicinhusker': 'submitted',
      'Telemedicinsk KOL-kuffert i eget hjem': 'in_review',
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
