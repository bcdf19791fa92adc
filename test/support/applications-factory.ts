import { and, eq } from 'drizzle-orm';
import type { Db } from '../../src/db/client.js';
import { departments, organisations } from '../../src/db/schema/organisations.js';
import { budgetLineYears, budgetLines, decisionBodies, meetings, pools } from '../../src/db/schema/pools.js';
import type { EligibilityRule } from '../../src/domain/eligibility.js';
import type { PoolConfigLists } from '../../src/domain/pool-config.js';
import { syncBudgetFromSetup } from '../../src/usecases/ledger/sync-budget-from-setup.js';

/**
 * Test pools for the applications area, inserted directly so these tests do not depend on the pool
 * setup's forms. Each follows its municipality's rules from DESIGN.md (Horsens: two of three bottom
 * lines; Aarhus: effect goal and a private partner; Vejle: the economic criterion plus one more,
 * with Innovation og Test exempt).
 */
export type Preset = 'horsens' | 'aarhus' | 'vejle';

export interface TestPool {
  poolId: string;
  organisationId: string;
  lines: Record<string, string>;
  departmentIds: string[];
}

const rubric = {
  criteria: [{ key: 'vaerdi', label: { da: 'Værdi', en: 'Value' }, weight: 1, scaleMin: 1, scaleMax: 5 }],
};

const choice = (key: string, label: string) => ({ key, label });

interface LineSpec {
  key: string;
  name: string;
  purpose?: 'grants' | 'operation';
  open?: boolean;
  years?: Record<number, number>;
  parent?: string;
  shareBp?: number;
  decisionMode?: 'meeting' | 'direct';
}

interface PresetSpec {
  name: string;
  start: number;
  end: number;
  lists: PoolConfigLists;
  rules: EligibilityRule[];
  lines: LineSpec[];
}

const MIO = 1_000_000_00;

const presets: Record<Preset, PresetSpec> = {
  horsens: {
    name: 'Horsens Velfærdsteknologipulje (test)',
    start: 2026,
    end: 2028,
    lists: {
      projectTypes: [choice('afproevning', 'Afprøvning'), choice('opstart', 'Opstart')],
      categories: [choice('hjaelpemidler', 'Hjælpemidler'), choice('sensorer', 'Sensorer')],
      effectGoals: [],
      targetGroups: [choice('aeldre', 'Ældre borgere'), choice('handicap', 'Borgere med handicap')],
      phases: [],
    },
    rules: [
      { id: 'to-bundlinjer', kind: 'minBottomLines', severity: 'hard', params: { min: 2 } },
      { id: 'drift', kind: 'requireOperationFinancingPlan', severity: 'hard', params: {} },
      { id: 'ny', kind: 'requireNewSolution', severity: 'hard', params: {} },
    ],
    lines: [
      { key: 'afproevning', name: 'Afprøvning og opstart', years: { 2026: 2 * MIO, 2027: 2 * MIO, 2028: 2 * MIO } },
      { key: 'telemedicin', name: 'Drift af telemedicin', purpose: 'operation', open: false, years: { 2026: 2 * MIO, 2027: 2 * MIO, 2028: 2 * MIO } },
    ],
  },
  aarhus: {
    name: 'Aarhus VTU (test)',
    start: 2026,
    end: 2028,
    lists: {
      projectTypes: [choice('testprojekt', 'Testprojekt'), choice('udviklingsprojekt', 'Udviklingsprojekt')],
      categories: [choice('mobilitet', 'Mobilitet')],
      effectGoals: [choice('tryghed', 'Tryghed og sikkerhed'), choice('selvhjulpenhed', 'Selvhjulpenhed og livskvalitet')],
      targetGroups: [choice('aeldre', 'Ældre borgere')],
      phases: [],
    },
    rules: [
      { id: 'effektmaal', kind: 'requireEffectGoal', severity: 'hard', params: { min: 1 } },
      { id: 'privat-partner', kind: 'requirePrivatePartner', severity: 'hard', params: { min: 1 } },
      { id: 'ny-loesning', kind: 'requireNewSolution', severity: 'hard', params: {} },
    ],
    lines: [{ key: 'vtu', name: 'VTU', years: { 2026: 10 * MIO, 2027: 10 * MIO, 2028: 10 * MIO } }],
  },
  vejle: {
    name: 'Vejle VelfærdsTeknologiPuljen (test)',
    start: 2021,
    end: 2024,
    lists: {
      projectTypes: [choice('afproevning', 'Afprøvning')],
      categories: [choice('senior', 'Senior')],
      effectGoals: [],
      targetGroups: [choice('aeldre', 'Ældre borgere')],
      phases: [],
    },
    rules: [
      { id: 'oekonomi', kind: 'economicBottomLinePlus', severity: 'hard', params: { minOthers: 1 }, exemptBudgetLines: ['innovation-og-test'] },
      { id: 'resultatmaal', kind: 'requireResultGoals', severity: 'hard', params: { min: 1 } },
      { id: 'borgerrettet', kind: 'citizenFacingMustReplaceOrPostpone', severity: 'soft', params: {} },
    ],
    lines: [
      { key: 'ordinaer', name: 'Ordinær', years: { 2021: 5 * MIO, 2022: 0, 2023: 10 * MIO, 2024: 5 * MIO } },
      { key: 'innovation-og-test', name: 'Innovation og Test', parent: 'ordinaer', shareBp: 1000, decisionMode: 'direct' },
    ],
  },
};

/** Creates the preset's pool (status open) in the organisation, with two departments and a future meeting. */
export async function createTestPool(db: Db, orgSlug: string, preset: Preset): Promise<TestPool> {
  const spec = presets[preset];
  const [org] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, orgSlug));
  if (!org) throw new Error(`no organisation ${orgSlug}`);
  const departmentIds: string[] = [];
  for (const name of ['Sundhed og Omsorg', 'Sociale Forhold og Beskæftigelse']) {
    const [existing] = await db
      .select({ id: departments.id })
      .from(departments)
      .where(and(eq(departments.organisationId, org.id), eq(departments.name, name)));
    const id = existing?.id ?? (await db.insert(departments).values({ organisationId: org.id, name }).returning({ id: departments.id }))[0]?.id;
    if (!id) throw new Error('department insert failed');
    departmentIds.push(id);
  }
  const [pool] = await db
    .insert(pools)
    .values({
      organisationId: org.id,
      name: spec.name,
      periodStartYear: spec.start,
      periodEndYear: spec.end,
      status: 'open',
      lists: spec.lists,
      eligibilityRules: spec.rules,
      rubric,
      followUpMonths: [6, 12],
    })
    .returning({ id: pools.id });
  if (!pool) throw new Error('pool insert failed');
  const [body] = await db.insert(decisionBodies).values({ poolId: pool.id, key: 'styregruppen', name: 'Styregruppen' }).returning({ id: decisionBodies.id });
  if (!body) throw new Error('body insert failed');
  const lines: Record<string, string> = {};
  for (const [i, l] of spec.lines.entries()) {
    const [line] = await db
      .insert(budgetLines)
      .values({
        poolId: pool.id,
        key: l.key,
        name: l.name,
        purpose: l.purpose ?? 'grants',
        openForApplications: l.open ?? true,
        parentLineId: l.parent ? lines[l.parent] : null,
        earmarkShareBp: l.shareBp ?? null,
        decisionMode: l.decisionMode ?? 'meeting',
        decisionBodyId: l.decisionMode === 'direct' ? null : body.id,
        directDeciderLabel: l.decisionMode === 'direct' ? 'Direktørerne' : null,
        sortOrder: i,
      })
      .returning({ id: budgetLines.id });
    if (!line) throw new Error('line insert failed');
    lines[l.key] = line.id;
    for (const [year, amountOere] of Object.entries(l.years ?? {})) {
      await db.insert(budgetLineYears).values({ budgetLineId: line.id, year: Number(year), amountOere });
    }
  }
  const inAMonth = new Date(Date.now() + 30 * 86400_000);
  const deadline = new Date(Date.now() + 16 * 86400_000).toISOString().slice(0, 10);
  await db.insert(meetings).values({ decisionBodyId: body.id, startsAt: inAMonth, location: 'Rådhuset', submissionDeadline: deadline });
  // As createPool does: the ledger's budget entries from the setup.
  await db.transaction((tx) => syncBudgetFromSetup(tx, null, pool.id));
  return { poolId: pool.id, organisationId: org.id, lines, departmentIds };
}

/** A complete application for the preset's pool: every required field, and every rule of the three presets met. */
export function completePatch(pool: TestPool, preset: Preset): Record<string, unknown> {
  const line = preset === 'horsens' ? pool.lines.afproevning : preset === 'aarhus' ? pool.lines.vtu : pool.lines.ordinaer;
  const year = preset === 'vejle' ? 2023 : 2027;
  return {
    title: 'Skærmbesøg i hjemmeplejen',
    summary: 'Vi afprøver skærmbesøg som supplement til fysiske besøg.',
    projectType: preset === 'horsens' ? 'afproevning' : preset === 'aarhus' ? 'testprojekt' : 'afproevning',
    category: preset === 'horsens' ? 'sensorer' : preset === 'aarhus' ? 'mobilitet' : 'senior',
    targetGroups: ['aeldre'],
    leadDepartmentId: pool.departmentIds[0],
    partnerDepartmentIds: pool.departmentIds.slice(1),
    privatePartners: [{ name: 'Skærm A/S', cvr: '10150817', role: 'Leverandør' }],
    publicPartners: [],
    needAnalysis: 'Mange korte besøg kan klares over skærm.',
    solution: 'Tablets med skærmbesøg.',
    novelty: 'Ikke brugt i kommunen før.',
    solutionNewness: 'new',
    citizenFacing: true,
    replacesOrPostpones: true,
    replacesOrPostponesText: 'Erstatter en del af de fysiske besøg.',
    valueCitizens: 'Færre forstyrrelser, mere selvhjulpenhed.',
    valueEmployees: 'Mindre kørsel.',
    valueEconomy: 'Frigjorte timer i hjemmeplejen.',
    effectGoals: preset === 'aarhus' ? ['selvhjulpenhed'] : [],
    resultGoals: [{ indicator: 'Antal skærmbesøg pr. uge', baseline: '0', target: '200', method: 'Udtræk fra omsorgssystemet', deadline: `${year}-12-31` }],
    budgetLineId: line,
    budget: [{ year, costType: 'equipment', description: 'Tablets', amountOere: 300_000_00 }],
    coFinancing: [{ source: 'Hjemmeplejens driftsbudget', amountOere: 50_000_00 }],
    startDate: `${year}-02-01`,
    endDate: `${year}-12-31`,
    milestones: [{ date: `${year}-03-01`, title: 'Første borgere i gang' }],
    businessCase: {
      investmentOere: 300_000_00,
      yearlyRunningCostOere: 20_000_00,
      hoursFreedPerYear: 800,
      hourlyRateOere: 350_00,
      kronerSavedPerYearOere: 0,
      horizonYears: 5,
      discountRate: 0.035,
    },
    operationFinancingPlan: 'Licenserne betales af hjemmeplejens budget efter projektet.',
    trainingPlan: 'Superbrugere oplærer kollegerne.',
    leastIntervention: 'Borgeren vælger selv.',
    consent: 'Skriftligt samtykke.',
    freedomVsSafety: 'Ingen overvågning; borgeren styrer opkaldet.',
    privacy: 'Ingen optagelser.',
  };
}
