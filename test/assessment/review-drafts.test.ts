import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationAttachments, applicationCoApplicants, applications } from '../../src/db/schema/applications.js';
import { departments } from '../../src/db/schema/organisations.js';
import type { Rubric } from '../../src/domain/scoring.js';
import { paths } from '../../src/paths.js';
import { assignReviewers } from '../../src/usecases/assessment/assign-reviewers.js';
import { declareConflict } from '../../src/usecases/assessment/declare-conflict.js';
import { getReviewWorkspace } from '../../src/usecases/assessment/review-workspace.js';
import { saveReviewDraft } from '../../src/usecases/assessment/save-review-draft.js';
import { getScoreSummary } from '../../src/usecases/assessment/score-summary.js';
import { submitReview } from '../../src/usecases/assessment/submit-review.js';
import type { Actor } from '../../src/usecases/shared/actor.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { refusalOf } from '../support/expect-refusal.js';
import { buildApplication, buildReviewer, demoPool, setRubric, userId, type DemoPool } from '../support/factories.js';

/** Issue 11 item 6: criterion-named errors, the meaning of each score, drafts, and the conflict-of-interest step. */
const rubric: Rubric = {
  criteria: [
    {
      key: 'borgere',
      label: { da: 'Effekt for borgerne', en: 'Effect for citizens' },
      weight: 2,
      scaleMin: 1,
      scaleMax: 5,
      levels: [{ score: 5, label: { da: 'Dokumenteret stor effekt for borgerne', en: 'Proven large effect for citizens' } }],
    },
    { key: 'oekonomi', label: { da: 'Økonomi', en: 'Economy' }, weight: 1, scaleMin: 1, scaleMax: 5 },
  ],
};

let t: TestApp;
let pool: DemoPool;
let secretariat: Actor;
let reviewer: Actor;
let reviewer2: Actor;

async function inReview(...reviewers: Actor[]): Promise<string> {
  const id = await buildApplication(t.db, { pool, state: 'qualified', title: 'Skærmbesøg i hjemmeplejen' });
  await assignReviewers(t.db, secretariat, { applicationId: id, mode: 'manual', reviewerUserIds: reviewers.map((r) => r.userId) });
  return id;
}

beforeAll(async () => {
  t = await createTestApp('demo');
  pool = await demoPool(t.db, 'vejle');
  await setRubric(t.db, pool.poolId, rubric);
  await buildReviewer(t.db, 'vejle', 'bedoemmer2@vejle.demo', 'Anden Bedømmer');
  secretariat = await t.actor('sekretariat@vejle.demo');
  reviewer = await t.actor('bedoemmer@vejle.demo');
  reviewer2 = await t.actor('bedoemmer2@vejle.demo');
});
afterAll(() => t.close());

describe('review drafts', () => {
  it('a draft may be incomplete, is the reviewer’s own and is not counted; submitting requires every criterion', async () => {
    const id = await inReview(reviewer, reviewer2);
    await declareConflict(t.db, reviewer, { applicationId: id, hasConflict: false });
    await declareConflict(t.db, reviewer2, { applicationId: id, hasConflict: false });
    const saved = await saveReviewDraft(t.db, reviewer, {
      applicationId: id,
      criteria: { borgere: { score: '4', comment: 'Godt' } },
      overallComment: 'Foreløbig',
    });
    expect(saved.scoredCount).toBe(1);
    const ws = await getReviewWorkspace(t.db, reviewer, id);
    if (ws.conflict) throw new Error('expected an open review');
    expect(ws.review.status).toBe('accepted');
    expect(ws.review.scores).toEqual({ borgere: 4 });
    expect(ws.review.draftSavedAt).toBeInstanceOf(Date);

    // Not counted in the summary, not seen by the other reviewer after they submit.
    await submitReview(t.db, reviewer2, { applicationId: id, criteria: { borgere: { score: 2 }, oekonomi: { score: 2 } } });
    const summary = await getScoreSummary(t.db, secretariat, { poolId: pool.poolId });
    expect(summary.applications.find((a) => a.applicationId === id)?.summary.reviewCount).toBe(1);
    const other = await getReviewWorkspace(t.db, reviewer2, id);
    if (other.conflict) throw new Error('expected an open review');
    expect(other.others).toEqual([]);

    const incomplete = await refusalOf(submitReview(t.db, reviewer, { applicationId: id, criteria: { borgere: { score: 4 } } }));
    expect(incomplete.fields).toEqual({ 'criteria.oekonomi.score': 'Kriterie «Økonomi»: vælg en score eller «Ikke relevant»' });
    await submitReview(t.db, reviewer, { applicationId: id, criteria: { borgere: { score: 4 }, oekonomi: { score: 'na' } } });
    const after = await getScoreSummary(t.db, secretariat, { poolId: pool.poolId });
    expect(after.applications.find((a) => a.applicationId === id)?.summary.reviewCount).toBe(2);
  });

  it('a draft refuses a score off the scale, naming the criterion', async () => {
    const id = await inReview(reviewer);
    await declareConflict(t.db, reviewer, { applicationId: id, hasConflict: false });
    const err = await refusalOf(saveReviewDraft(t.db, reviewer, { applicationId: id, criteria: { borgere: { score: 9 } } }));
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.fields).toEqual({ 'criteria.borgere.score': 'Kriterie «Effekt for borgerne»: scoren skal være mellem 1 og 5' });
  });

  it('the page: errors name their criterion, each score says what it means, and "Gem som kladde" keeps what was given', async () => {
    const id = await inReview(reviewer);
    await declareConflict(t.db, reviewer, { applicationId: id, hasConflict: false });
    const r = await t.as('bedoemmer@vejle.demo');
    const page = await (await r.get(paths.reviews.workspace({ applicationId: id }))).text();
    expect(page).toContain('Dokumenteret stor effekt for borgerne'); // the rubric's own level
    expect(page).toContain('Delvist opfyldt'); // the default for 3 on 1–5
    expect(page).toContain('Gem som kladde');

    const bad = await r.postForm(paths.reviews.workspace({ applicationId: id }), { 'criteria[oekonomi][score]': '3' });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('Kriterie «Effekt for borgerne»: vælg en score');
    expect(html).toContain('href="#criteria-borgere-score"');

    const draft = await r.postForm(paths.reviews.workspace({ applicationId: id }), {
      intent: 'draft',
      'criteria[oekonomi][score]': '3',
      'criteria[oekonomi][comment]': 'Usikker business case',
    });
    expect(draft.status).toBe(303);
    const again = await (await r.get(paths.reviews.workspace({ applicationId: id }))).text();
    expect(again).toContain('Din kladde blev gemt');
    expect(again).toContain('Usikker business case');
    expect(again).toMatch(/name="criteria\[oekonomi\]\[score\]"[^>]*value="3"[^>]*checked|value="3"[^>]*checked[^>]*name="criteria\[oekonomi\]\[score\]"/);
  });

  it('the API saves a draft and answers the own review', async () => {
    const id = await inReview(reviewer);
    await declareConflict(t.db, reviewer, { applicationId: id, hasConflict: false });
    const r = await t.as('bedoemmer@vejle.demo');
    const res = await r.api('PUT', `/applications/${id}/review/draft`, { criteria: { oekonomi: { score: 2 } } });
    expect(res.status).toBe(200);
    const bad = await r.api('PUT', `/applications/${id}/review/draft`, { criteria: { oekonomi: { score: 0 } } });
    expect(bad.status).toBe(422);
    const body = (await (await r.api('GET', `/applications/${id}/review`)).json()) as { status: string; scores: unknown; draftSavedAt: string | null };
    expect(body.status).toBe('accepted');
    expect(body.scores).toEqual({ oekonomi: 2 });
    expect(body.draftSavedAt).not.toBeNull();
  });
});

describe('conflict of interest', () => {
  it('shows who is involved before the declaration', async () => {
    const id = await inReview(reviewer);
    const [dept] = await t.db.select().from(departments).where(eq(departments.organisationId, pool.organisationId));
    if (!dept) throw new Error('no department');
    await t.db
      .update(applications)
      .set({
        leadDepartmentId: dept.id,
        content: {
          summary: 'Kort resumé',
          privatePartners: [{ name: 'Robotfirma ApS', cvr: '12345674', role: 'Leverandør' }],
          publicPartners: [{ name: 'VIA' }],
        },
      })
      .where(eq(applications.id, id));
    await t.db
      .insert(applicationCoApplicants)
      .values({ applicationId: id, userId: await userId(t.db, 'bedoemmer2@vejle.demo'), addedByUserId: secretariat.userId });
    const page = await (await (await t.as('bedoemmer@vejle.demo')).get(paths.reviews.workspace({ applicationId: id }))).text();
    const declaration = page.indexOf('Er du inhabil i denne ansøgning?');
    for (const shown of ['Louise Brandt Pedersen', dept.name, 'Robotfirma ApS (CVR 12345674)', 'VIA', 'Anden Bedømmer']) {
      const at = page.indexOf(shown);
      expect([shown, at >= 0 && at < declaration]).toEqual([shown, true]);
    }
  });

  it('after declaring a conflict the reviewer no longer reads the case: page, API, application and attachments', async () => {
    const id = await inReview(reviewer);
    const [att] = await t.db
      .insert(applicationAttachments)
      .values({
        applicationId: id,
        fileName: 'budget.pdf',
        contentType: 'application/pdf',
        sizeBytes: 4,
        data: new Uint8Array([37, 80, 68, 70]),
        uploadedByUserId: secretariat.userId,
      })
      .returning({ id: applicationAttachments.id });
    if (!att) throw new Error('no attachment');
    const r = await t.as('bedoemmer@vejle.demo');
    expect(await (await r.get(paths.reviews.workspace({ applicationId: id }))).text()).toContain('Kort resumé');
    expect((await r.get(paths.applications.attachment({ applicationId: id, attachmentId: att.id }))).status).toBe(200);

    await declareConflict(t.db, reviewer, { applicationId: id, hasConflict: true, note: 'Min søster er projektleder' });
    const page = await r.get(paths.reviews.workspace({ applicationId: id }));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Du har erklæret dig inhabil');
    expect(html).not.toContain('Kort resumé');
    expect(html).not.toContain('Skærmbesøg i hjemmeplejen');
    expect(html).not.toContain(paths.applications.show({ applicationId: id }));

    const api = (await (await r.api('GET', `/applications/${id}/review`)).json()) as { status: string; application: unknown; parties: unknown };
    expect(api).toMatchObject({ status: 'conflict', application: null, parties: null });
    expect(JSON.stringify(api)).not.toContain('Kort resumé');
    expect((await r.get(paths.applications.show({ applicationId: id }))).status).toBe(403);
    expect((await r.api('GET', `/applications/${id}`)).status).toBe(403);
    expect((await r.get(paths.applications.attachment({ applicationId: id, attachmentId: att.id }))).status).toBe(403);
  });
});
