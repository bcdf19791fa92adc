import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations } from '../../src/db/schema/organisations.js';
import { pools } from '../../src/db/schema/pools.js';
import { checkEligibility } from '../../src/usecases/applications/check-eligibility.js';
import { createApplication } from '../../src/usecases/applications/create-application.js';
import { loadPoolContext, type PoolContext } from '../../src/usecases/applications/pool-context.js';
import { submitApplication } from '../../src/usecases/applications/submit-application.js';
import { updateApplication } from '../../src/usecases/applications/update-application.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { expectRefusal } from '../support/expect-refusal.js';

/** The demo presets' own rules at work, on the seeded Aarhus, Vejle and Horsens pools. */
type Org = 'aarhus' | 'vejle' | 'horsens';
let t: TestApp;
const ctxs = {} as Record<Org, PoolContext>;

beforeAll(async () => {
  t = await createTestApp('demo');
  for (const slug of ['aarhus', 'vejle', 'horsens'] as const) {
    const [row] = await t.db
      .select({ id: pools.id })
      .from(pools)
      .innerJoin(organisations, eq(organisations.id, pools.organisationId))
      .where(eq(organisations.slug, slug));
    if (!row) throw new Error(`no demo pool for ${slug}`);
    ctxs[slug] = await loadPoolContext(t.db, row.id);
  }
});
afterAll(() => t.close());

/** A complete application for a demo pool, built from the pool's own lists. */
function completeFor(ctx: PoolContext): Record<string, unknown> {
  const line = ctx.openLines.find((l) => l.parentLineId === null && l.years.some((y) => y.amountOere > 0));
  const year = line?.years.find((y) => y.amountOere > 0)?.year ?? ctx.pool.periodStartYear;
  const l = ctx.pool.lists;
  return {
    summary: 'Skærmbesøg i hjemmeplejen.',
    ...(l.projectTypes[0] ? { projectType: l.projectTypes[0].key } : {}),
    ...(l.categories[0] ? { category: l.categories[0].key } : {}),
    targetGroups: l.targetGroups.slice(0, 1).map((c) => c.key),
    leadDepartmentId: ctx.departments[0]?.id ?? '',
    privatePartners: [{ name: 'Skærm A/S', cvr: '10150817', role: 'Leverandør' }],
    needAnalysis: 'Mange korte besøg kan klares over skærm.',
    solution: 'Tablets med skærmbesøg.',
    novelty: 'Ikke brugt i kommunen før.',
    solutionNewness: 'new',
    citizenFacing: true,
    replacesOrPostpones: true,
    valueCitizens: 'Mere selvhjulpenhed.',
    valueEmployees: 'Mindre kørsel.',
    valueEconomy: 'Frigjorte timer.',
    effectGoals: l.effectGoals.slice(0, 1).map((c) => c.key),
    resultGoals: [{ indicator: 'Skærmbesøg pr. uge', baseline: '0', target: '200', method: 'Udtræk', deadline: `${year}-12-31` }],
    budgetLineId: line?.id ?? '',
    budget: [{ year, costType: 'equipment', amountOere: 200_000_00 }],
    startDate: `${year}-02-01`,
    endDate: `${year}-12-31`,
    businessCase: { investmentOere: 200_000_00, yearlyRunningCostOere: 10_000_00, hoursFreedPerYear: 500, hourlyRateOere: 350_00, kronerSavedPerYearOere: 0 },
    operationFinancingPlan: 'Enheden betaler licenserne efter projektet.',
    trainingPlan: 'Superbrugere.',
    leastIntervention: 'Borgeren vælger selv.',
    consent: 'Skriftligt samtykke.',
    freedomVsSafety: 'Borgeren styrer opkaldet.',
  };
}

async function draft(org: Org, changes: Record<string, unknown> = {}) {
  const actor = await t.actor(`ansoeger@${org}.demo`);
  const { id } = await createApplication(t.db, actor, { poolId: ctxs[org].pool.id, title: 'Skærmbesøg' });
  await updateApplication(t.db, actor, { applicationId: id, ...completeFor(ctxs[org]), ...changes });
  return { id, actor };
}

async function refusedWith(org: Org, changes: Record<string, unknown>): Promise<string> {
  const { id, actor } = await draft(org, changes);
  const err = await expectRefusal(submitApplication(t.db, actor, { applicationId: id }), 'NOT_ELIGIBLE');
  return Object.values(err.fields ?? {}).join(' ');
}

describe('the demo presets', () => {
  it('Horsens: value on only one bottom line is refused with the reason', async () => {
    const reasons = await refusedWith('horsens', { valueEmployees: '', valueEconomy: '' });
    expect(reasons).toContain(
      'Projektet skal skabe værdi på mindst to af de tre bundlinjer (borgere, medarbejdere, økonomi). Ansøgningen beskriver værdi på én.',
    );
  });

  it('Aarhus: without a private partner it is refused', async () => {
    const reasons = await refusedWith('aarhus', { privatePartners: [] });
    expect(reasons).toContain('Ansøgningen har ingen private virksomheder.');
  });

  it('Vejle: without the economic criterion it is refused', async () => {
    const reasons = await refusedWith('vejle', { valueEconomy: '' });
    expect(reasons).toContain('Ansøgningen beskriver ikke en økonomisk gevinst.');
  });

  it.each(['horsens', 'aarhus', 'vejle'] as const)('%s: a complete application is accepted', async (org) => {
    const { id, actor } = await draft(org);
    const report = await checkEligibility(t.db, actor, { applicationId: id });
    expect(report.missing).toEqual([]);
    expect(report.rules.filter((r) => r.applicable && !r.met)).toEqual([]);
    expect(report.budget?.met).toBe(true);
    expect(await submitApplication(t.db, actor, { applicationId: id })).toMatchObject({ state: 'submitted', version: 1 });
  });
});
