import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignReviewers } from '../../src/usecases/assessment/assign-reviewers.js';
import { requestMoreInformation } from '../../src/usecases/assessment/request-more-information.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { buildReviewer, demoPool, buildApplication, userId } from '../support/factories.js';
import { paths } from '../../src/paths.js';

let t: TestApp;
let assigned: string;
let unassigned: string;
beforeAll(async () => {
  t = await createTestApp('demo');
  const pool = await demoPool(t.db, 'vejle');
  assigned = await buildApplication(t.db, { pool, state: 'qualified', title: 'Tildelt bedømmeren' });
  unassigned = await buildApplication(t.db, { pool, state: 'qualified', title: 'Ikke tildelt' });
  await buildReviewer(t.db, 'vejle', 'bedoemmer2@vejle.demo', 'Anden Bedømmer');
  const secretariat = await t.actor('sekretariat@vejle.demo');
  await assignReviewers(t.db, secretariat, { applicationId: assigned, mode: 'manual', reviewerUserIds: [await userId(t.db, 'bedoemmer@vejle.demo')] });
});
afterAll(() => t.close());

describe('a reviewer sees only the applications assigned to them', () => {
  it('opens the assigned application and is refused the other, by page and API', async () => {
    const reviewer = await t.as('bedoemmer@vejle.demo');
    expect((await reviewer.get(paths.applications.show({ applicationId: assigned }))).status).toBe(200);
    expect((await reviewer.get(paths.applications.show({ applicationId: unassigned }))).status).toBe(403);
    expect((await reviewer.api('GET', `/applications/${unassigned}`)).status).toBe(403);
  });

  it('lists only the assigned application', async () => {
    const reviewer = await t.as('bedoemmer@vejle.demo');
    const list = ((await (await reviewer.api('GET', '/applications?limit=200')).json()) as { applications: { id: string }[] }).applications;
    expect(list.map((a) => a.id)).toEqual([assigned]);
  });
});

describe("the secretariat's question reaches the applicant", () => {
  it('is shown on the application page and in the API while unanswered', async () => {
    const secretariat = await t.actor('sekretariat@vejle.demo');
    await requestMoreInformation(t.db, secretariat, { applicationId: unassigned, question: 'Hvor mange borgere omfatter afprøvningen?' });
    const applicant = await t.as('ansoeger@vejle.demo');
    const page = await (await applicant.get(paths.applications.show({ applicationId: unassigned }))).text();
    expect(page).toContain('Hvor mange borgere omfatter afprøvningen?');
    const json = (await (await applicant.api('GET', `/applications/${unassigned}`)).json()) as { openQuestions?: { question: string }[] };
    expect(JSON.stringify(json)).toContain('Hvor mange borgere omfatter afprøvningen?');
  });
});
