import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, todayInCopenhagen } from '../../src/domain/dates.js';
import { getProjectLedger } from '../../src/usecases/ledger/get-project-ledger.js';
import { reviewFollowUpReport } from '../../src/usecases/projects/review-follow-up-report.js';
import { startProject } from '../../src/usecases/projects/start-project.js';
import { submitFollowUpReport } from '../../src/usecases/projects/submit-follow-up-report.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { buildProject } from '../support/factories.js';

/** The project's economy page: spent to date comes from the latest ACCEPTED follow-up report. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp('demo');
});
afterAll(() => t.close());

const content = (amountOere: number) => ({
  goals: [
    { goalIndex: 0, value: '10 af 22', measuredOn: '', method: 'Registrering', comment: '', onTrack: 'yes' },
    { goalIndex: 1, value: '40', measuredOn: '', method: 'Tidsregistrering', comment: '', onTrack: 'no' },
  ],
  hoursFreedPerYear: null,
  kronerSavedPerYearOere: null,
  gainsComment: '',
  spending: [
    { year: 2027, costType: 'equipment', amountOere },
    { year: 2027, costType: 'licences', amountOere: 20_000_00 },
  ],
  milestones: [],
  lessons: 'Erfaringer',
  adoption: 'Andre enheder kan bruge skabelonen.',
});

describe('spent to date from the follow-up reports', () => {
  it('is null until a report is accepted, then the accepted report’s spending', async () => {
    const { applicationId } = await buildProject(t.db, 'horsens', { commitOere: 100_000_00 });
    const applicant = await t.actor('ansoeger@horsens.demo');
    const secretariat = await t.actor('sekretariat@horsens.demo');
    const { reports } = await startProject(t.db, secretariat, { applicationId, startedOn: addMonths(todayInCopenhagen(), -7) });
    const six = reports[0]!;
    const spent = async () => (await getProjectLedger(t.db, secretariat, { applicationId })).spentToDateOere;
    expect(await spent()).toBeNull();
    await submitFollowUpReport(t.db, applicant, { applicationId, reportId: six.id, content: content(150_000_00) });
    expect(await spent()).toBeNull(); // submitted is not accepted
    await reviewFollowUpReport(t.db, secretariat, { applicationId, reportId: six.id, outcome: 'accept', comment: '' });
    expect(await spent()).toBe(170_000_00);
  });
});
