import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../src/db/client.js';
import { users } from '../../src/db/schema/accounts.js';
import { applications } from '../../src/db/schema/applications.js';
import { departments, organisations } from '../../src/db/schema/organisations.js';
import { budgetLines, decisionBodies, meetings, pools } from '../../src/db/schema/pools.js';
import type { ApplicationState } from '../../src/domain/application-workflow.js';
import type { Rubric } from '../../src/domain/scoring.js';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import { createUser } from '../../src/usecases/accounts/create-user.js';
import { grantRole } from '../../src/usecases/accounts/grant-role.js';
import { createApplication } from '../../src/usecases/applications/create-application.js';
import { submitApplication } from '../../src/usecases/applications/submit-application.js';
import { updateApplication } from '../../src/usecases/applications/update-application.js';
import type { Actor } from '../../src/usecases/shared/actor.js';
import { completePatch } from './applications-factory.js';

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

export interface InsertApplicationInput {
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
export async function insertApplication(db: Db, input: InsertApplicationInput): Promise<string> {
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
export async function addReviewer(db: Db, orgSlug: string, email: string, name: string): Promise<string> {
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
export async function submitThroughUseCases(
  db: Db,
  pool: DemoPool,
  applicant: Actor,
  opts: { title: string; amountOere: number; year: number; category: string; targetGroup: string },
): Promise<string> {
  const deps = await db.select({ id: departments.id }).from(departments).where(eq(departments.organisationId, pool.organisationId));
  const { id } = await createApplication(db, applicant, { poolId: pool.poolId, title: opts.title });
  const patch = completePatch({ poolId: pool.poolId, organisationId: pool.organisationId, lines: pool.lines, departmentIds: deps.map((d) => d.id) }, 'vejle');
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
