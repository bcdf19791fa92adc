import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../../src/db/schema/applications.js';
import { addMonths, todayInCopenhagen } from '../../src/domain/dates.js';
import { HORSENS_DEMO_PROJECT, seedProjectCases } from '../../src/demo/project-cases.js';
import { getProject } from '../../src/usecases/projects/get-project.js';
import { listReportsDue } from '../../src/usecases/projects/list-reports-due.js';
import { paths } from '../../src/paths.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let applicationId = '';
beforeAll(async () => {
  t = await createTestApp('demo');
  await seedProjectCases(t.db);
  const [row] = await t.db.select({ id: applications.id }).from(applications).where(eq(applications.title, HORSENS_DEMO_PROJECT));
  applicationId = row?.id ?? '';
}, 120_000);
afterAll(() => t.close());

describe('the Horsens demo project', () => {
  it('started 13 months before the seeding day: the 6-month report accepted, the 12-month one overdue', async () => {
    const today = todayInCopenhagen();
    const p = await getProject(t.db, await t.actor('sekretariat@horsens.demo'), { applicationId });
    expect(p.application.state).toBe('in_trial');
    expect(p.startedOn).toBe(addMonths(today, -13));
    expect(p.reports.map((r) => [r.monthsAfterStart, r.status])).toEqual([
      [6, 'accepted'],
      [12, 'overdue'],
    ]);
    expect(p.money).toEqual({ committedOere: 230_000_00, paidOere: 160_000_00, returnedOere: 0, leftOere: 70_000_00 });
    expect(p.goals[0]?.values.at(-1)?.value).toBe('165');
    expect(p.phase?.key).toBe('opfoelgning-12');
    const due = await listReportsDue(t.db, await t.actor('sekretariat@horsens.demo'), {});
    expect(due.rows.find((r) => r.applicationId === applicationId)?.status).toBe('overdue');
  });
  it('its page shows it to the project lead', async () => {
    const res = await (await t.as('ansoeger@horsens.demo')).get(paths.projects.show({ applicationId }));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Overskredet');
    expect(html).toContain('Godkendt');
  });
});
