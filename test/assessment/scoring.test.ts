import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rubric } from '../../src/domain/scoring.js';
import { AppError } from '../../src/errors.js';
import { assignReviewers } from '../../src/usecases/assessment/assign-reviewers.js';
import { declareConflict } from '../../src/usecases/assessment/declare-conflict.js';
import { isAssignedReviewer } from '../../src/usecases/assessment/information-requests.js';
import { getReviewWorkspace } from '../../src/usecases/assessment/review-workspace.js';
import { getScoreSummary } from '../../src/usecases/assessment/score-summary.js';
import { submitReview } from '../../src/usecases/assessment/submit-review.js';
import type { Actor } from '../../src/usecases/shared/actor.js';
import { buildReviewer, demoPool, buildApplication, setRubric, stateOf, userId, type DemoPool } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { refusalOf } from '../support/expect-refusal.js';

/**
 * Hand-computed figures. Normalised score = (s − min) / (max − min) × 100; total = Σ wᵢ·nᵢ / Σ wᵢ over
 * the criteria that have a number ("ikke relevant" leaves both sums).
 *   a: weight 3, scale 1–5, knock-out below 2
 *   b: weight 2, scale 1–5
 *   c: weight 1, scale 0–10
 */
const rubric: Rubric = {
  criteria: [
    { key: 'a', label: { da: 'Økonomi', en: 'Economy' }, weight: 3, scaleMin: 1, scaleMax: 5, knockOutBelow: 2 },
    { key: 'b', label: { da: 'Livskvalitet', en: 'Quality of life' }, weight: 2, scaleMin: 1, scaleMax: 5 },
    { key: 'c', label: { da: 'Arbejdsmiljø', en: 'Work environment' }, weight: 1, scaleMin: 0, scaleMax: 10 },
  ],
};

let t: TestApp;
let pool: DemoPool;
let secretariat: Actor;
let r1: Actor;
let r2: Actor;
const apps: Record<'x' | 'y' | 'z' | 'w', string> = { x: '', y: '', z: '', w: '' };

const crit = (a: number | 'na', b: number | 'na', c: number | 'na') => ({
  a: { score: a, comment: 'a' },
  b: { score: b, comment: '' },
  c: { score: c, comment: '' },
});

async function review(actor: Actor, applicationId: string, scores: ReturnType<typeof crit>) {
  await declareConflict(t.db, actor, { applicationId, hasConflict: false });
  return submitReview(t.db, actor, { applicationId, criteria: scores });
}

/** The workspace of a reviewer who has not declared a conflict. */
async function openWorkspace(actor: Actor, applicationId: string) {
  const ws = await getReviewWorkspace(t.db, actor, applicationId);
  if (ws.conflict) throw new Error('expected an open review');
  return ws;
}

beforeAll(async () => {
  t = await createTestApp('demo');
  pool = await demoPool(t.db, 'vejle');
  await setRubric(t.db, pool.poolId, rubric);
  await buildReviewer(t.db, 'vejle', 'bedoemmer2@vejle.demo', 'Anden Bedømmer');
  secretariat = await t.actor('sekretariat@vejle.demo');
  r1 = await t.actor('bedoemmer@vejle.demo');
  r2 = await t.actor('bedoemmer2@vejle.demo');
  for (const k of Object.keys(apps) as (keyof typeof apps)[]) {
    apps[k] = await buildApplication(t.db, { pool, state: 'qualified', title: `Ansøgning ${k.toUpperCase()}` });
  }
  await assignReviewers(t.db, secretariat, { applicationId: apps.x, mode: 'manual', reviewerUserIds: [r1.userId, r2.userId] });
  for (const k of ['y', 'z', 'w'] as const) {
    await assignReviewers(t.db, secretariat, { applicationId: apps[k], mode: 'manual', reviewerUserIds: [r1.userId] });
  }
});
afterAll(() => t.close());

describe('scoring through the use cases', () => {
  it('starts the review when reviewers are assigned', async () => {
    expect(await stateOf(t.db, apps.x)).toBe('in_review');
  });

  it('refuses scores before the conflict declaration', async () => {
    await expect(submitReview(t.db, r1, { applicationId: apps.x, criteria: crit(4, 5, 'na') })).rejects.toMatchObject({ code: 'TRANSITION_NOT_ALLOWED' });
  });

  it('computes a review total with weights and n/a left out (not counted as 0)', async () => {
    // R1 on X: a=4 → 75, b=5 → 100, c=n/a → (3·75 + 2·100) / 5 = 85
    const res = await review(r1, apps.x, crit(4, 5, 'na'));
    expect(res.total).toBeCloseTo(85, 10);
    expect(res.knockOuts).toEqual([]);
  });

  it('a reviewer sees the others only after submitting their own', async () => {
    await declareConflict(t.db, r2, { applicationId: apps.x, hasConflict: false });
    const before = await openWorkspace(r2, apps.x);
    expect(before.others).toBeNull();
    expect(before.score).toBeNull();
    // R2 on X: a=2 → 25, b=4 → 75, c=5 → 50 → (75 + 150 + 50) / 6 = 45.8333…
    const res = await submitReview(t.db, r2, { applicationId: apps.x, criteria: crit(2, 4, 5) });
    expect(res.total).toBeCloseTo(275 / 6, 10);
    const after = await openWorkspace(r2, apps.x);
    expect(after.others?.map((o) => o.reviewerUserId)).toEqual([r1.userId]);
    expect(after.others?.[0]?.scores).toEqual({ a: 4, b: 5, c: 'na' });
  });

  it('flags knock-outs (strictly below the threshold)', async () => {
    // Y: a=1 → 0 (below 2: knock-out), b=5 → 100, c=10 → 100 → (0 + 200 + 100) / 6 = 50
    const res = await review(r1, apps.y, crit(1, 5, 10));
    expect(res.total).toBeCloseTo(50, 10);
    expect(res.knockOuts).toEqual(['a']);
  });

  it('summarises, ranks (ties share a rank) and shows the spread between reviewers', async () => {
    await review(r1, apps.z, crit(5, 5, 10)); // 100
    await review(r1, apps.w, crit(5, 5, 10)); // 100
    const summary = await getScoreSummary(t.db, secretariat, { poolId: pool.poolId });
    const byId = new Map(summary.applications.map((a) => [a.applicationId, a]));
    const x = byId.get(apps.x);
    expect(x).toBeDefined();
    if (!x) return;
    // Means: a = 3 → 50, b = 4.5 → 87.5, c = 5 (one score, one n/a) → 50; total (150 + 175 + 50) / 6 = 62.5
    expect(x.summary.total).toBeCloseTo(62.5, 10);
    const a = x.summary.criteria.find((c) => c.key === 'a');
    const b = x.summary.criteria.find((c) => c.key === 'b');
    const c = x.summary.criteria.find((c2) => c2.key === 'c');
    expect(a).toMatchObject({ mean: 3, min: 2, max: 4, stdDev: 1, count: 2, naCount: 0, knockOut: false });
    expect(b).toMatchObject({ mean: 4.5, min: 4, max: 5, stdDev: 0.5 });
    expect(c).toMatchObject({ mean: 5, count: 1, naCount: 1 });
    // a: (4 − 2) / (5 − 1) = 0.5 of the scale → disagreement; b: 0.25 → none. Totals 85 vs 45.8 → ≥ 25 apart.
    expect(x.disagreements).toEqual(['a']);
    expect(x.totalDisagreement).toBe(true);
    expect(x.totalSpread?.max).toBeCloseTo(85, 10);
    expect(x.totalSpread?.min).toBeCloseTo(275 / 6, 10);
    expect(x.reviewerTotals).toHaveLength(2);

    const ranks = Object.fromEntries(summary.applications.filter((s) => s.title.startsWith('Ansøgning ')).map((s) => [s.title, s.rank]));
    expect(ranks).toEqual({ 'Ansøgning Z': 1, 'Ansøgning W': 1, 'Ansøgning X': 3, 'Ansøgning Y': 4 });
    // Listed best first.
    expect(summary.applications.map((s) => s.title).slice(2)).toEqual(['Ansøgning X', 'Ansøgning Y']);
    expect(byId.get(apps.y)?.summary.knockOuts).toEqual(['a']);
  });

  it('validates scores against the rubric with a Danish message per criterion', async () => {
    const v = await buildApplication(t.db, { pool, state: 'qualified' });
    await assignReviewers(t.db, secretariat, { applicationId: v, mode: 'manual', reviewerUserIds: [r1.userId] });
    await declareConflict(t.db, r1, { applicationId: v, hasConflict: false });
    const err = await refusalOf(submitReview(t.db, r1, { applicationId: v, criteria: { a: { score: 6 }, b: { score: 'na' } } }));
    expect(err).toBeInstanceOf(AppError);
    expect(err.fields).toMatchObject({
      'criteria.a.score': 'Kriterie «Økonomi»: scoren skal være mellem 1 og 5',
      'criteria.c.score': expect.stringContaining('Arbejdsmiljø'),
    });
    // A form posts strings; "na" and "3" are understood.
    const ok = await submitReview(t.db, r1, { applicationId: v, criteria: { a: { score: '3' }, b: { score: 'na' }, c: { score: 'na' } } });
    expect(ok.total).toBeCloseTo(50, 10);
    await expect(submitReview(t.db, r1, { applicationId: v, criteria: crit(3, 3, 3) })).rejects.toMatchObject({ code: 'TRANSITION_NOT_ALLOWED' });
  });

  it('a reviewer who is not assigned cannot open or score the application', async () => {
    const other = await buildApplication(t.db, { pool, state: 'qualified' });
    await assignReviewers(t.db, secretariat, { applicationId: other, mode: 'manual', reviewerUserIds: [r1.userId] });
    await expect(getReviewWorkspace(t.db, r2, other)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await isAssignedReviewer(t.db, other, r1.userId)).toBe(true);
    expect(await isAssignedReviewer(t.db, other, r2.userId)).toBe(false);
    await expect(submitReview(t.db, r2, { applicationId: other, criteria: crit(3, 3, 3) })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const aarhusReviewer = await t.actor('bedoemmer@aarhus.demo');
    await expect(getReviewWorkspace(t.db, aarhusReviewer, other)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('reviewer assignment and conflicts', () => {
  it('spreads evenly: fewest open assignments first', async () => {
    await buildReviewer(t.db, 'vejle', 'bedoemmer3@vejle.demo', 'Tredje Bedømmer');
    const r3 = await userId(t.db, 'bedoemmer3@vejle.demo');
    const app = await buildApplication(t.db, { pool, state: 'qualified' });
    // r1 has open assignments from above; r2 and r3 fewer → they are chosen.
    const res = await assignReviewers(t.db, secretariat, { applicationId: app, mode: 'even', count: 2 });
    expect(new Set(res.assigned)).toEqual(new Set([r2.userId, r3]));
    expect(res.state).toBe('in_review');
  });

  it('a declared conflict removes the reviewer, is audited, and a replacement can be assigned', async () => {
    const app = await buildApplication(t.db, { pool, state: 'qualified' });
    await assignReviewers(t.db, secretariat, { applicationId: app, mode: 'manual', reviewerUserIds: [r1.userId] });
    await expect(declareConflict(t.db, r1, { applicationId: app, hasConflict: true })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await declareConflict(t.db, r1, { applicationId: app, hasConflict: 'true', note: 'Min svoger er leverandør' });
    await expect(submitReview(t.db, r1, { applicationId: app, criteria: crit(3, 3, 3) })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const { rowsOf } = await import('../../src/db/rows.js');
    const { sql } = await import('drizzle-orm');
    const audit = rowsOf<{ action: string; after: { note: string } }>(
      await t.db.execute(sql`select action, after from audit_events where object_id = ${app} and action = 'review.conflict_declared'`),
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after.note).toBe('Min svoger er leverandør');
    // The same reviewer cannot be put back; another can.
    await expect(assignReviewers(t.db, secretariat, { applicationId: app, mode: 'manual', reviewerUserIds: [r1.userId] })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    const res = await assignReviewers(t.db, secretariat, { applicationId: app, mode: 'manual', reviewerUserIds: [r2.userId] });
    expect(res.assigned).toEqual([r2.userId]);
  });
});
