import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, todayInCopenhagen } from '../../src/domain/dates.js';
import { startProject } from '../../src/usecases/projects/start-project.js';
import { paths } from '../../src/paths.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { buildProject, reportsOf } from '../support/factories.js';
import { kr } from '../support/kr.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp('demo');
});
afterAll(() => t.close());

const text = async (res: Response) => (await res.text()).replace(/[^\S\u00a0]+/g, ' ');

describe('the project page', () => {
  it('the secretariat starts a project by the form; the page shows the decision, money, reports and goals', async () => {
    const { applicationId } = await buildProject(t.db, 'horsens', { title: 'Skærmbesøg', commitOere: 280_000_00 });
    const s = await t.as('sekretariat@horsens.demo');
    const before = await text(await s.get(paths.projects.show({ applicationId })));
    expect(before).toContain('Igangsæt projektet');
    const bad = await s.postForm(paths.projects.start({ applicationId }), { startedOn: '31.02.2027', plannedEndOn: '' });
    expect(bad.status).toBe(422);
    const badHtml = await text(bad);
    expect(badHtml).toContain('value="31.02.2027"');
    expect(badHtml).toContain('Skriv startdatoen som en dato');
    const ok = await s.postForm(paths.projects.start({ applicationId }), { startedOn: '01.03.2027', plannedEndOn: '' });
    expect(ok.status).toBe(303);
    const html = await text(await s.get(ok.headers.get('location') ?? ''));
    expect(html).toContain('Projektet er igangsat');
    expect(html).toContain('Opfølgning efter 6 måneder');
    expect(html).toContain('1. september 2027');
    expect(html).toContain('1. marts 2028');
    expect(html).toContain(kr('280.000 kr.'));
    expect(html).toContain('Beboere, der selv følger dagsplanen');
    expect(html).toContain('Afprøvning (fase 2 af 5)');
    expect(html).toContain('Afrapportering efter 6 og 12 måneder.');
  });

  it('an overdue report shows as overdue on the project page and in the reports-due table, and in its exports', async () => {
    const { applicationId } = await buildProject(t.db, 'horsens', { title: 'Overskredet projekt' });
    const startedOn = addMonths(todayInCopenhagen(), -7);
    await startProject(t.db, await t.actor('sekretariat@horsens.demo'), { applicationId, startedOn });
    const s = await t.as('sekretariat@horsens.demo');
    const page = await text(await s.get(paths.projects.show({ applicationId })));
    expect(page).toContain('En rapport er over fristen');
    expect(page).toContain('Overskredet');
    expect(page).toContain('Afrapportering efter 6 måneder (fase 3 af 5)');
    const due = await text(await s.get(paths.projects.reportsDue()));
    expect(due).toMatch(/Overskredet projekt.*Overskredet/);
    const overdueOnly = await text(await s.get(paths.projects.reportsDue({ vis: 'overdue' })));
    expect(overdueOnly).toContain('Overskredet projekt');
    const csv = await s.get(paths.projects.reportsDueCsv());
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(await csv.text()).toMatch(/Overskredet projekt;Velfærdsteknologipulje;[^;]*;[^;]*;Opfølgning efter 6 måneder;[\d-]+;Overskredet;\d+/);
    const xlsx = await s.get(paths.projects.reportsDueXlsx());
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const api = await s.api('GET', '/reports-due');
    const body = (await api.json()) as { rows: { projectTitle: string; status: string }[] };
    expect(body.rows.find((r) => r.projectTitle === 'Overskredet projekt')?.status).toBe('overdue');
    // …and on the portfolio: the project's overdue report is counted, in the table and in the API.
    const portfolio = await s.api('GET', '/portfolio');
    const figures = (await portfolio.json()) as { projects: { title: string; overdueReports: number }[] };
    expect(figures.projects.find((p) => p.title === 'Overskredet projekt')?.overdueReports).toBe(1);
    expect(await text(await s.get(paths.projects.portfolio()))).toMatch(/Overskredet projekt/);
  });
});

describe('a follow-up report', () => {
  it('is saved as a draft, refused with kept values when incomplete, submitted, and accepted by the secretariat', async () => {
    const { applicationId } = await buildProject(t.db, 'horsens', { title: 'Rapportprojekt' });
    await startProject(t.db, await t.actor('sekretariat@horsens.demo'), { applicationId, startedOn: '2027-03-01' });
    const [six] = await reportsOf(t.db, applicationId);
    const ref = { applicationId, reportId: six!.id };
    const lead = await t.as('ansoeger@horsens.demo');
    const form = await text(await lead.get(paths.projects.editReport(ref)));
    expect(form).toContain('Hvordan kan andre enheder tage teknologien i brug?');
    const fields = {
      'content[goals][0][goalIndex]': '0',
      'content[goals][0][value]': '12 af 22',
      'content[goals][0][measuredOn]': '20.08.2027',
      'content[goals][0][onTrack]': 'yes',
      'content[goals][1][goalIndex]': '1',
      'content[goals][1][value]': '',
      'content[spending][0][year]': '2027',
      'content[spending][0][costType]': 'equipment',
      'content[spending][0][amount]': '176.000',
      'content[hoursFreedPerYear]': '450',
      'content[lessons]': 'Opsætningen tog længere tid end planlagt.',
      'content[adoption]': 'Andre bosteder kan bruge samme skabelon.',
    };
    const saved = await lead.postForm(paths.projects.editReport(ref), { ...fields, handling: 'gem' });
    expect(saved.status).toBe(303);
    expect(await text(await lead.get(saved.headers.get('location') ?? ''))).toContain('Kladden er gemt');
    const refused = await lead.postForm(paths.projects.editReport(ref), { ...fields, handling: 'indsend' });
    expect(refused.status).toBe(422);
    const refusedHtml = await text(refused);
    expect(refusedHtml).toContain('Angiv den målte værdi');
    expect(refusedHtml).toContain('value="12 af 22"');
    const badAmount = await lead.postForm(paths.projects.editReport(ref), { ...fields, 'content[spending][0][amount]': 'mange', handling: 'gem' });
    expect(badAmount.status).toBe(422);
    expect(await text(badAmount)).toContain('value="mange"');
    const submitted = await lead.postForm(paths.projects.editReport(ref), {
      ...fields,
      'content[goals][1][value]': '40',
      'content[goals][1][onTrack]': 'no',
      handling: 'indsend',
    });
    expect(submitted.status).toBe(303);

    const s = await t.as('sekretariat@horsens.demo');
    const page = await text(await s.get(paths.projects.report(ref)));
    expect(page).toContain('12 af 22');
    expect(page).toContain(kr('176.000 kr.'));
    expect(page).toContain('Andre bosteder kan bruge samme skabelon.');
    const noComment = await s.postForm(paths.projects.reviewReport(ref), { outcome: 'request_changes', comment: '' });
    expect(noComment.status).toBe(422);
    expect(await text(noComment)).toContain('Skriv, hvad der skal rettes');
    expect((await s.postForm(paths.projects.reviewReport(ref), { outcome: 'accept', comment: 'Fint' })).status).toBe(303);
    const project = await text(await s.get(paths.projects.show({ applicationId })));
    expect(project).toContain('Godkendt');
    expect(project).toMatch(/Frigjorte timer pr\. måned.*40.*Nej/);
  });

  it('the secretariat moves a report with a reason; a move without a reason is refused with 422', async () => {
    const { applicationId } = await buildProject(t.db, 'horsens', { title: 'Flytteprojekt' });
    await startProject(t.db, await t.actor('sekretariat@horsens.demo'), { applicationId, startedOn: '2027-03-01' });
    const [six] = await reportsOf(t.db, applicationId);
    const ref = { applicationId, reportId: six!.id };
    const s = await t.as('sekretariat@horsens.demo');
    const refused = await s.postForm(paths.projects.rescheduleReport(ref), { action: 'move', dueOn: '01.10.2027', reason: '' });
    expect(refused.status).toBe(422);
    expect(await text(refused)).toContain('value="01.10.2027"');
    expect((await s.postForm(paths.projects.rescheduleReport(ref), { action: 'move', dueOn: '01.10.2027', reason: 'Leverandøren er forsinket' })).status).toBe(
      303,
    );
    const [moved] = await reportsOf(t.db, applicationId);
    expect(moved?.dueOn).toBe('2027-10-01');
    expect((await s.postForm(paths.projects.rescheduleReport(ref), { action: 'skip', reason: 'Erstattes af slutrapporten' })).status).toBe(303);
    const html = await text(await s.get(paths.projects.show({ applicationId })));
    expect(html).toContain('Udgår');
    expect(html).toContain('Erstattes af slutrapporten');
  });
});
