import { randomBytes } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../src/db/client.js';
import { users } from '../../src/db/schema/accounts.js';
import { applicationCoApplicants, applications } from '../../src/db/schema/applications.js';
import { decisions } from '../../src/db/schema/assessment.js';
import { departments, organisations } from '../../src/db/schema/organisations.js';
import { budgetLineYears, budgetLines, decisionBodies, meetings, pools } from '../../src/db/schema/pools.js';
import { followUpReports } from '../../src/db/schema/projects.js';
import type { ApplicationState } from '../../src/domain/application-workflow.js';
import type { EligibilityRule } from '../../src/domain/eligibility.js';
import type { PoolConfigLists } from '../../src/domain/pool-config.js';
import type { Rubric } from '../../src/domain/scoring.js';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import { createUser } from '../../src/usecases/accounts/create-user.js';
import { grantRole } from '../../src/usecases/accounts/grant-role.js';
import { applyTransition } from '../../src/usecases/applications/apply-transition.js';
import { createApplication } from '../../src/usecases/applications/create-application.js';
import { submitApplication } from '../../src/usecases/applications/submit-application.js';
import { updateApplication } from '../../src/usecases/applications/update-application.js';
import { commitFunds } from '../../src/usecases/ledger/commit-funds.js';
import { syncBudgetFromSetup } from '../../src/usecases/ledger/sync-budget-from-setup.js';
import type { CreatePoolInput } from '../../src/usecases/pools/pool-schema.js';
import type { Actor } from '../../src/usecases/shared/actor.js';

/**
 * The tests' one factory module: objects for every area, inserted directly (so a test does not depend
 * on another area's forms) or made through the use cases where the test needs the real path.
 *
 * - pools: `buildPoolInput(overrides)` (a valid createPool input), `buildPool(db, orgSlug, preset)`
 *   (a municipality's pool rules, inserted), `buildApplicationPatch(pool, preset)` (a complete application);
 * - the demo pools: `demoPool(db, org)`, `buildApplication(db, { pool, state, … })`, `buildReviewer`,
 *   `buildSubmittedApplication` (through the applications use cases), `userId`, `stateOf`, `setRubric`;
 * - the ledger: `buildLedgerPool(db, spec)`, `vejleLedgerSpec()`, `buildLedgerApplication(db, pool, opts)`;
 * - projects: `buildLedgerApplication(db, org, opts)` (approved, ready to start), `reportsOf`, and for the outcome
 *   tests `buildOutcomePool`, `buildStartedProject` (started through the workflow), `buildEvaluationInput`.
 */

export const MIO = 1_000_000_00;

// ─── Pools: a valid createPool input ─────────────────────────────────────────────────────────────────────

/** A small valid pool setup for tests; override any section. */
export function buildPoolInput(overrides: Partial<CreatePoolInput> = {}): CreatePoolInput {
  return {
    name: 'Testpuljen',
    description: 'En pulje til test.',
    periodStartYear: 2026,
    periodEndYear: 2027,
    status: 'open',
    intake: 'continuous',
    rubric: { criteria: [{ key: 'vaerdi', label: { da: 'Værdi', en: 'Value' }, weight: 1, scaleMin: 1, scaleMax: 5, knockOutBelow: 2 }] },
    followUpMonths: [6, 12],
    decisionBodies: [{ key: 'styregruppen', name: 'Styregruppen', description: '' }],
    budgetLines: [
      {
        key: 'ordinaer',
        name: 'Ordinære projekter',
        decisionMode: 'meeting',
        decisionBodyKey: 'styregruppen',
        amounts: [
          { year: 2026, amountOere: 1_000_000_00 },
          { year: 2027, amountOere: 2_000_000_00 },
        ],
        earmarks: [{ key: 'test', name: 'Test', sharePercent: 10, decisionMode: 'direct', directDeciderLabel: 'Direktøren' }],
      },
    ],
    meetings: [{ decisionBodyKey: 'styregruppen', startsAt: '2026-03-12T15:00', location: 'Rådhuset' }],
    eligibilityRules: [{ id: 'to-bundlinjer', kind: 'minBottomLines', severity: 'hard', params: { min: 2 }, exemptBudgetLines: ['test'] }],
    ...overrides,
  };
}

// ─── Pools with a municipality's rules, and a complete application for them ──────────────────────────────

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

interface PresetLineSpec {
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
  lines: PresetLineSpec[];
}

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
export async function buildPool(db: Db, orgSlug: string, preset: Preset): Promise<TestPool> {
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
export function buildApplicationPatch(pool: TestPool, preset: Preset): Record<string, unknown> {
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

// ─── The demo pools, applications in any state, reviewers ────────────────────────────────────────────────

/**
 * The demo's Vejle pool (created through createPool, so the ledger holds its budget): the ordinary
 * line decided by Velfærdsteknologirådet at meetings and the Innovation og Test earmark decided
 * directly by the directors.
 */
export interface DemoPool {
  organisationId: string;
  poolId: string;
  periodStartYear: number;
  periodEndYear: number;
  lines: Record<string, string>;
  bodyId: string;
  meetingIds: string[];
}

export async function demoPool(db: Db, orgSlug: 'vejle' | 'aarhus' | 'horsens' = 'vejle'): Promise<DemoPool> {
  const [org] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, orgSlug));
  if (!org) throw new Error(`no organisation ${orgSlug}`);
  const [pool] = await db.select().from(pools).where(eq(pools.organisationId, org.id));
  if (!pool) throw new Error(`no demo pool in ${orgSlug}`);
  const lines = await db.select().from(budgetLines).where(eq(budgetLines.poolId, pool.id));
  const [body] = await db.select().from(decisionBodies).where(eq(decisionBodies.poolId, pool.id)).orderBy(asc(decisionBodies.sortOrder));
  if (!body) throw new Error('no decision body');
  const ms = await db.select({ id: meetings.id }).from(meetings).where(eq(meetings.decisionBodyId, body.id)).orderBy(asc(meetings.startsAt));
  return {
    organisationId: org.id,
    poolId: pool.id,
    periodStartYear: pool.periodStartYear,
    periodEndYear: pool.periodEndYear,
    lines: Object.fromEntries(lines.map((l) => [l.key, l.id])),
    bodyId: body.id,
    meetingIds: ms.map((m) => m.id),
  };
}

export async function setRubric(db: Db, poolId: string, rubric: Rubric): Promise<void> {
  await db.update(pools).set({ rubric }).where(eq(pools.id, poolId));
}

let seq = 0;

export interface BuildApplicationInput {
  pool: DemoPool;
  state?: ApplicationState;
  leadEmail?: string;
  title?: string;
  budgetLineId?: string | null;
  amountAppliedOere?: number;
  projectType?: string | null;
  category?: string | null;
  submittedAt?: Date;
}

/** An application row in any state, inserted directly (the applications area's forms are not under test here). */
export async function buildApplication(db: Db, input: BuildApplicationInput): Promise<string> {
  const email = input.leadEmail ?? `ansoeger@vejle.demo`;
  const [lead] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!lead) throw new Error(`no user ${email}`);
  seq += 1;
  const state = input.state ?? 'submitted';
  const [row] = await db
    .insert(applications)
    .values({
      organisationId: input.pool.organisationId,
      poolId: input.pool.poolId,
      caseNumber: `T-${process.pid}-${seq}`,
      state,
      leadUserId: lead.id,
      title: input.title ?? `Testansøgning ${seq}`,
      projectType: input.projectType ?? null,
      category: input.category ?? null,
      budgetLineId: input.budgetLineId === undefined ? (input.pool.lines.ordinaer ?? null) : input.budgetLineId,
      amountAppliedOere: input.amountAppliedOere ?? 100_000_00,
      content: { summary: 'Kort resumé' },
      currentVersion: state === 'draft' ? 0 : 1,
      submittedAt: state === 'draft' ? null : (input.submittedAt ?? new Date()),
    })
    .returning({ id: applications.id });
  if (!row) throw new Error('insert failed');
  return row.id;
}

/** A further reviewer in a demo organisation (the demo has one per organisation). */
export async function buildReviewer(db: Db, orgSlug: string, email: string, name: string): Promise<string> {
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  const id = existing?.id ?? (await createUser(db, null, { email, name, password: DEMO_PASSWORD })).id;
  await grantRole(db, null, { email, organisationSlug: orgSlug, role: 'reviewer' });
  return id;
}

export async function userId(db: Db, email: string): Promise<string> {
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!u) throw new Error(`no user ${email}`);
  return u.id;
}

export async function stateOf(db: Db, applicationId: string): Promise<ApplicationState> {
  const [a] = await db
    .select({ state: applications.state })
    .from(applications)
    .where(and(eq(applications.id, applicationId)));
  if (!a) throw new Error('no application');
  return a.state;
}

/**
 * A complete application in a demo pool, created, filled and submitted by its applicant through the
 * applications area's own use cases (the same path as the forms).
 */
export async function buildSubmittedApplication(
  db: Db,
  pool: DemoPool,
  applicant: Actor,
  opts: { title: string; amountOere: number; year: number; category: string; targetGroup: string },
): Promise<string> {
  const deps = await db.select({ id: departments.id }).from(departments).where(eq(departments.organisationId, pool.organisationId));
  const { id } = await createApplication(db, applicant, { poolId: pool.poolId, title: opts.title });
  const patch = buildApplicationPatch(
    { poolId: pool.poolId, organisationId: pool.organisationId, lines: pool.lines, departmentIds: deps.map((d) => d.id) },
    'vejle',
  );
  await updateApplication(db, applicant, {
    ...patch,
    applicationId: id,
    title: opts.title,
    category: opts.category,
    targetGroups: [opts.targetGroup],
    budget: [{ year: opts.year, costType: 'equipment', description: 'Udstyr', amountOere: opts.amountOere }],
    resultGoals: [{ indicator: 'Antal borgere', baseline: '0', target: '40', method: 'Optælling', deadline: `${opts.year}-12-31` }],
    startDate: `${opts.year}-02-01`,
    endDate: `${opts.year}-12-31`,
    milestones: [{ date: `${opts.year}-03-01`, title: 'Opstart' }],
  });
  await submitApplication(db, applicant, { applicationId: id });
  return id;
}

// ─── The ledger ──────────────────────────────────────────────────────────────────────────────────────────

/**
 * Pools for the ledger's tests, inserted directly (independent of the pool setup's forms) and then
 * synced into the ledger exactly as createPool does. `vejleLedgerSpec` follows DESIGN.md: 5, 0, 10 and
 * 5 mio. kr. for 2021–2024, 10 % of each year earmarked for Innovation og Test.
 */
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

export const vejleLedgerSpec = (orgSlug = 'vejle'): LedgerPoolSpec => ({
  orgSlug,
  name: 'VelfærdsTeknologiPuljen 2021–2024 (test)',
  start: 2021,
  end: 2024,
  lines: [
    { key: 'ordinaer', name: 'Ordinære projekter', years: { 2021: 5 * MIO, 2022: 0, 2023: 10 * MIO, 2024: 5 * MIO } },
    { key: 'innovation', name: 'Innovation og Test', parent: 'ordinaer', shareBp: 1000 },
  ],
});

/** An application (project) in the pool, approved unless told otherwise, inserted directly; lead user by e-mail (default the org's applicant). */
export async function buildLedgerApplication(
  db: Db,
  pool: LedgerTestPool,
  opts: { title?: string; leadEmail?: string; budgetLine?: string; state?: 'draft' | 'submitted' | 'approved' } = {},
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
      // Approved by default: the ledger commits money to granted applications only.
      state: opts.state ?? 'approved',
    })
    .returning({ id: applications.id });
  if (!row) throw new Error('no application');
  return row.id;
}

async function defaultApplicant(db: Db, organisationId: string): Promise<string> {
  const [org] = await db.select({ slug: organisations.slug }).from(organisations).where(eq(organisations.id, organisationId));
  return `ansoeger@${org?.slug ?? 'vejle'}.demo`;
}

// ─── Projects: approved, ready to start ──────────────────────────────────────────────────────────────────

export type Org = 'vejle' | 'horsens' | 'aarhus';

/** Application content with two result goals, milestones, a budget and a business case. */
export const projectContent = {
  summary: 'Kort resumé',
  resultGoals: [
    { indicator: 'Beboere, der selv følger dagsplanen', baseline: '4 af 22', target: '14 af 22', method: 'Registrering', deadline: '' },
    { indicator: 'Frigjorte timer pr. måned', baseline: '0', target: '75', method: 'Tidsregistrering', deadline: '' },
  ],
  milestones: [
    { date: '2027-04-01', title: 'Skærme opsat' },
    { date: '2027-09-01', title: 'Afrapportering efter 6 måneder' },
  ],
  budget: [
    { year: 2027, costType: 'equipment', description: 'Skærme', amountOere: 200_000_00 },
    { year: 2027, costType: 'licences', description: 'Licenser', amountOere: 80_000_00 },
  ],
  businessCase: {
    investmentOere: 280_000_00,
    yearlyRunningCostOere: 66_000_00,
    hoursFreedPerYear: 900,
    hourlyRateOere: 340_00,
    kronerSavedPerYearOere: 0,
    horizonYears: 5,
    discountRate: 0.035,
  },
};

export interface ApprovedProject {
  pool: DemoPool;
  applicationId: string;
}

/**
 * An approved application in a demo organisation's pool (inserted directly, with a meeting-less
 * approval decision and, when asked, its money committed in the ledger), ready to be started.
 */
export async function buildProject(
  db: Db,
  org: Org = 'horsens',
  opts: { title?: string; commitOere?: number; year?: number; coApplicant?: string } = {},
): Promise<ApprovedProject> {
  const pool = await demoPool(db, org);
  const lineId = pool.lines.afproevning ?? pool.lines.ordinaer ?? pool.lines.vtu ?? null;
  const applicationId = await buildApplication(db, {
    pool,
    state: 'approved',
    leadEmail: `ansoeger@${org}.demo`,
    title: opts.title ?? 'Digital dagsstruktur',
    budgetLineId: lineId,
  });
  const [dept] = await db.select({ id: departments.id }).from(departments).where(eq(departments.organisationId, pool.organisationId));
  await db
    .update(applications)
    .set({ content: projectContent, leadDepartmentId: dept?.id ?? null })
    .where(eq(applications.id, applicationId));
  const year = opts.year ?? pool.periodEndYear; // the demo pools run to next year (src/demo/dating.ts)
  const amount = opts.commitOere ?? 0;
  await db.insert(decisions).values({
    applicationId,
    route: 'direct',
    outcome: 'approve',
    amountOere: amount,
    budgetLineId: lineId,
    split: amount > 0 ? [{ year, amountOere: amount }] : [],
    conditions: 'Afrapportering efter 6 og 12 måneder.',
    decidedByUserId: await userId(db, `raad@${org}.demo`),
  });
  if (amount > 0 && lineId) {
    await commitFunds(db, null, {
      poolId: pool.poolId,
      budgetLineId: lineId,
      applicationId,
      split: [{ year, amountOere: amount }],
      reference: 'Styregruppen',
      reason: 'Bevilget',
    });
  }
  if (opts.coApplicant) {
    const co = await userId(db, opts.coApplicant);
    await db.insert(applicationCoApplicants).values({ applicationId, userId: co, addedByUserId: co });
  }
  return { pool, applicationId };
}

export async function reportsOf(db: Db, applicationId: string) {
  return db.select().from(followUpReports).where(eq(followUpReports.applicationId, applicationId)).orderBy(followUpReports.dueOn);
}

// ─── Projects: started, for the outcome tests ────────────────────────────────────────────────────────────

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

export async function buildOutcomePool(db: Db, orgSlug = 'vejle'): Promise<OutcomeFixture> {
  const pool = await buildPool(db, orgSlug, 'vejle');
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

export async function buildStartedProject(
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
export function buildEvaluationInput(applicationId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
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
