import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../../src/db/schema/applications.js';
import type { ApplicationState } from '../../src/domain/application-workflow.js';
import { demoCatalogueTitles } from '../../src/demo/catalogue.js';
import { paths } from '../../src/paths.js';
import { assignReviewers } from '../../src/usecases/assessment/assign-reviewers.js';
import { declareConflict } from '../../src/usecases/assessment/declare-conflict.js';
import { listSimilarEntries } from '../../src/usecases/catalogue/list-similar-entries.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { buildEntry, orgId, openPool } from '../support/catalogue-factory.js';
import { userId } from '../support/factories.js';

/**
 * The evidence panel on the application's task list and form steps, the secretariat's case page and
 * the reviewer's page, on the demo catalogue (VT Syd): a Sønderborg case about meal-assisting robots
 * shows Tønder's network-shared entry with its measured effects, never an entry internal to another
 * municipality, and nothing once the reviewer has declared a conflict.
 */
let t: TestApp;
const ids = { draft: '', submitted: '', inReview: '', conflict: '' };
const AARHUS_INTERNAL = 'Spiserobot i Aarhus (intern)';
let seq = 0;

async function caseIn(poolId: string, state: ApplicationState): Promise<string> {
  seq += 1;
  const [row] = await t.db
    .insert(applications)
    .values({
      organisationId: await orgId(t.db, 'soenderborg'),
      poolId,
      caseNumber: `SB-E${seq}`,
      state,
      leadUserId: await userId(t.db, 'ansoeger@soenderborg.demo'),
      title: 'Spiserobot til borgere i eget hjem',
      currentVersion: state === 'draft' ? 0 : 1,
      submittedAt: state === 'draft' ? null : new Date(),
      content: {
        summary: 'Borgere, der ikke selv kan spise, får en robot, der hjælper dem med at spise.',
        needAnalysis: 'Beboere, der skal mades, mister selvstændighed ved måltiderne.',
        solution: 'Vi afprøver en spiserobot med ske.',
      },
    })
    .returning({ id: applications.id });
  return row?.id ?? '';
}

beforeAll(async () => {
  t = await createTestApp('demo');
  // Just as similar as Tønder's entry, but internal to Aarhus: never evidence for Sønderborg.
  await buildEntry(t.db, 'aarhus', {
    title: AARHUS_INTERNAL,
    visibility: 'organisation',
    problem: 'Beboere, der skal mades, mister selvstændighed ved måltiderne.',
    technologyDescription: 'En spiserobot med ske',
  });
  const poolId = await openPool(t.db, 'soenderborg');
  ids.draft = await caseIn(poolId, 'draft');
  ids.submitted = await caseIn(poolId, 'submitted');
  ids.inReview = await caseIn(poolId, 'qualified');
  ids.conflict = await caseIn(poolId, 'qualified');
  const sec = await t.actor('sekretariat@soenderborg.demo');
  const reviewer = await t.actor('bedoemmer@soenderborg.demo');
  for (const applicationId of [ids.inReview, ids.conflict])
    await assignReviewers(t.db, sec, { applicationId, mode: 'manual', reviewerUserIds: [reviewer.userId] });
  await declareConflict(t.db, reviewer, { applicationId: ids.inReview, hasConflict: false });
  await declareConflict(t.db, reviewer, { applicationId: ids.conflict, hasConflict: true, note: 'Min søster er projektleder' });
});
afterAll(() => t?.close());

async function html(email: string, path: string): Promise<string> {
  const res = await (await t.as(email)).get(path);
  expect(res.status).toBe(200);
  return res.text();
}

function expectEvidence(page: string) {
  expect(page).toContain('Lignende projekter i kataloget');
  expect(page).toContain(demoCatalogueTitles.toenderSpiserobot);
  expect(page).toContain('Tønder Kommune');
  // Measured effect per result goal, cost against the business case, outcome and adoptions.
  expect(page).toContain('Beboere, der spiser selv: målt 14 beboere (mål 12)');
  expect(page).toMatch(/Brugt 520\.000\s*kr\. af budget 560\.000\s*kr\.; business case netto 310\.000\s*kr\./);
  expect(page).toContain('Evaluering: Drift · Taget i brug af 0');
  expect(page).not.toContain(AARHUS_INTERNAL);
}

describe('the evidence panel on the case pages', () => {
  it("shows on the applicant's task list and on a form step", async () => {
    expectEvidence(await html('ansoeger@soenderborg.demo', paths.applications.show({ applicationId: ids.draft })));
    expectEvidence(await html('ansoeger@soenderborg.demo', paths.applications.step({ applicationId: ids.draft, sectionSlug: 'behov-og-loesning' })));
  });

  it("shows on the secretariat's case page", async () => {
    expectEvidence(await html('sekretariat@soenderborg.demo', paths.assessment.case({ applicationId: ids.submitted })));
  });

  it("shows on the reviewer's page, and not after a declared conflict", async () => {
    expectEvidence(await html('bedoemmer@soenderborg.demo', paths.reviews.workspace({ applicationId: ids.inReview })));
    const conflict = await html('bedoemmer@soenderborg.demo', paths.reviews.workspace({ applicationId: ids.conflict }));
    expect(conflict).toContain('inhabil');
    expect(conflict).not.toContain('Lignende projekter i kataloget');
  });

  it('the Aarhus owner does see its own internal entry as evidence (the negative check above can fail)', async () => {
    const poolId = await openPool(t.db, 'aarhus');
    const [row] = await t.db
      .insert(applications)
      .values({
        organisationId: await orgId(t.db, 'aarhus'),
        poolId,
        caseNumber: 'AA-E1',
        leadUserId: await userId(t.db, 'ansoeger@aarhus.demo'),
        title: 'Spiserobot til borgere i eget hjem',
        content: { needAnalysis: 'Beboere, der skal mades, mister selvstændighed ved måltiderne.' },
      })
      .returning({ id: applications.id });
    const list = await listSimilarEntries(t.db, await t.actor('ansoeger@aarhus.demo'), { applicationId: row?.id ?? '' });
    expect(list.map((e) => e.title)).toContain(AARHUS_INTERNAL);
  });
});
