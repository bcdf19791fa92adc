import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { agendaItems, decisions, informationRequests, reviews } from '../../src/db/schema/assessment.js';
import { ledgerEntries } from '../../src/db/schema/ledger.js';
import { meetings } from '../../src/db/schema/pools.js';
import { followUpReports } from '../../src/db/schema/projects.js';
import { getMyWork, WORK_ITEMS_SHOWN, type MyWork, type WorkSectionKey } from '../../src/usecases/home/get-my-work.js';
import { paths } from '../../src/paths.js';
import { grantRole } from '../../src/usecases/accounts/grant-role.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { kr } from '../support/kr.js';
import { buildApplication, demoPool, userId, type DemoPool } from '../support/factories.js';

// A clock far ahead of the demo's own calendar, so only the meetings built here are "next".
const NOW = new Date('2040-03-10T09:00:00Z');

let t: TestApp;
let pool: DemoPool;
const ids: Record<string, string> = {};

const sectionOf = (work: MyWork, key: WorkSectionKey) => {
  const s = work.sections.find((x) => x.key === key);
  if (!s) throw new Error(`no section ${key}: ${work.sections.map((x) => x.key).join(', ')}`);
  return s;
};

beforeAll(async () => {
  t = await createTestApp('demo');
  const db = t.db;
  pool = await demoPool(db, 'vejle');
  const secretariat = await userId(db, 'sekretariat@vejle.demo');
  const reviewer = await userId(db, 'bedoemmer@vejle.demo');

  // The applicant's: two drafts (the newer one first), one question waiting, one decision, one report overdue.
  ids.oldDraft = await buildApplication(db, { pool, state: 'draft', title: 'Gammel kladde' });
  ids.newDraft = await buildApplication(db, { pool, state: 'draft', title: 'Ny kladde' });
  const { applications } = await import('../../src/db/schema/applications.js');
  await db
    .update(applications)
    .set({ updatedAt: new Date('2040-01-01T00:00:00Z') })
    .where(eq(applications.id, ids.oldDraft));
  await db
    .update(applications)
    .set({ updatedAt: new Date('2040-02-01T00:00:00Z') })
    .where(eq(applications.id, ids.newDraft));
  ids.asked = await buildApplication(db, { pool, state: 'more_info_requested', title: 'Spørgsmål venter' });
  await db.insert(informationRequests).values({ applicationId: ids.asked, question: 'Hvor mange borgere?', askedByUserId: secretariat });
  ids.decided = await buildApplication(db, { pool, state: 'approved', title: 'Bevilget projekt' });
  await db.insert(decisions).values({
    applicationId: ids.decided,
    route: 'direct',
    outcome: 'approve',
    amountOere: 250_000_00,
    split: [],
    decidedByUserId: secretariat,
  });
  ids.project = await buildApplication(db, { pool, state: 'in_trial', title: 'Projekt i afprøvning' });
  const [report] = await db
    .insert(followUpReports)
    .values({
      applicationId: ids.project,
      organisationId: pool.organisationId,
      poolId: pool.poolId,
      kind: 'scheduled',
      title: '6-måneders rapport',
      dueOn: '2040-03-01',
    })
    .returning({ id: followUpReports.id });
  ids.report = report?.id ?? '';
  // Another applicant's draft is not the applicant's work.
  await buildApplication(db, { pool, state: 'draft', title: 'Andens kladde', leadEmail: 'sekretariat@vejle.demo' });

  // The secretariat's: a new submission, an answered question, reviews outstanding, one ready for the agenda.
  ids.submitted = await buildApplication(db, { pool, state: 'submitted', title: 'Ny indsendt' });
  ids.answered = await buildApplication(db, { pool, state: 'submitted', title: 'Svar modtaget' });
  await db.insert(informationRequests).values({
    applicationId: ids.answered,
    question: 'Hvad koster det?',
    askedByUserId: secretariat,
    answeredAt: new Date('2040-03-01T10:00:00Z'),
    answeredInVersion: 2,
  });
  ids.inReview = await buildApplication(db, { pool, state: 'in_review', title: 'Under bedømmelse' });
  await db.insert(reviews).values({ applicationId: ids.inReview, organisationId: pool.organisationId, reviewerUserId: reviewer, status: 'assigned' });
  ids.submittedReview = await buildApplication(db, { pool, state: 'reviewed', title: 'Bedømt' });
  await db.insert(reviews).values({
    applicationId: ids.submittedReview,
    organisationId: pool.organisationId,
    reviewerUserId: reviewer,
    status: 'submitted',
    submittedAt: new Date(),
  });
  ids.ready = await buildApplication(db, { pool, state: 'recommended', title: 'Indstillet' });
  const [meeting] = await db
    .insert(meetings)
    .values({ decisionBodyId: pool.bodyId, startsAt: new Date('2040-04-02T12:00:00Z'), location: 'Rådhuset', submissionDeadline: '2040-03-15' })
    .returning({ id: meetings.id });
  ids.meeting = meeting?.id ?? '';
  await db
    .insert(meetings)
    .values({ decisionBodyId: pool.bodyId, startsAt: new Date('2040-05-02T12:00:00Z'), location: 'Senere' })
    .returning({ id: meetings.id });
  ids.onAgenda = await buildApplication(db, { pool, state: 'on_agenda', title: 'På dagsordenen' });
  await db.insert(agendaItems).values({ meetingId: ids.meeting, applicationId: ids.onAgenda, position: 1 });

  // Finance: a commitment half paid out.
  ids.payout = await buildApplication(db, { pool, state: 'in_trial', title: 'Venter på udbetaling' });
  ids.paid = await buildApplication(db, { pool, state: 'in_trial', title: 'Fuldt udbetalt' });
  const line = pool.lines.ordinaer ?? Object.values(pool.lines)[0] ?? '';
  const entry = (applicationId: string, kind: 'commitment' | 'payout', amountOere: number) => ({
    poolId: pool.poolId,
    budgetLineId: line,
    year: pool.periodStartYear,
    kind,
    amountOere,
    applicationId,
    reference: 'test',
    reason: 'test',
  });
  await db
    .insert(ledgerEntries)
    .values([
      entry(ids.payout, 'commitment', 100_000_00),
      entry(ids.payout, 'payout', 40_000_00),
      entry(ids.paid, 'commitment', 50_000_00),
      entry(ids.paid, 'payout', 50_000_00),
    ]);
});
afterAll(async () => t?.close());

describe('getMyWork: the sections follow the roles the actor holds', () => {
  it('the applicant sees their drafts (newest first), questions to answer, decisions and reports due', async () => {
    const work = await getMyWork(t.db, await t.actor('ansoeger@vejle.demo'), {}, { now: NOW });
    expect(work.sections.map((s) => s.group)).toEqual(['applying', 'applying', 'applying', 'applying']);
    const drafts = sectionOf(work, 'applying.drafts');
    expect(drafts.items.map((i) => i.title)).toEqual(['Ny kladde', 'Gammel kladde']);
    expect(drafts.count).toBe(2);
    expect(drafts.items[0]?.href).toBe(paths.applications.show({ applicationId: ids.newDraft ?? '' }));
    const questions = sectionOf(work, 'applying.questions');
    expect(questions.count).toBe(1);
    expect(questions.items[0]).toMatchObject({ title: 'Spørgsmål venter', detail: 'Hvor mange borgere?' });
    const decided = sectionOf(work, 'applying.decisions');
    expect(decided.items[0]).toMatchObject({ title: 'Bevilget projekt', detail: 'approve', amountOere: 250_000_00 });
    const reports = sectionOf(work, 'applying.reportsDue');
    expect(reports.count).toBe(1);
    expect(reports.overdueCount).toBe(1);
    expect(reports.items[0]).toMatchObject({
      dueOn: '2040-03-01',
      overdue: true,
      href: paths.projects.report({ applicationId: ids.project ?? '', reportId: ids.report ?? '' }),
    });
  });

  it('the secretariat sees new submissions, answered questions, reviews outstanding per reviewer, the next agenda, reports due', async () => {
    const work = await getMyWork(t.db, await t.actor('sekretariat@vejle.demo'), {}, { now: NOW });
    const submitted = sectionOf(work, 'caseHandling.newSubmissions');
    expect(submitted.items.map((i) => i.title)).toEqual(expect.arrayContaining(['Ny indsendt', 'Svar modtaget']));
    expect(submitted.items[0]?.href).toMatch(/^\/vurdering\//);
    const answered = sectionOf(work, 'caseHandling.answeredQuestions');
    expect(answered.count).toBe(1);
    expect(answered.items[0]).toMatchObject({ title: 'Svar modtaget', detail: 'Hvad koster det?' });
    const outstanding = sectionOf(work, 'caseHandling.reviewsOutstanding');
    // The submitted review does not count; the assigned one does, under the reviewer's name.
    expect(outstanding.count).toBe(1);
    expect(outstanding.items).toHaveLength(1);
    expect(outstanding.items[0]).toMatchObject({ detail: '1', href: paths.assessment.case({ applicationId: ids.inReview ?? '' }) });
    const ready = sectionOf(work, 'caseHandling.readyForAgenda');
    expect(ready.items.map((i) => i.title)).toEqual(['Indstillet']);
    // No agenda deadline in the schema: the next planned meeting's date stands for it.
    expect(ready.items[0]?.at?.toISOString()).toBe('2040-04-02T12:00:00.000Z');
    const reports = sectionOf(work, 'caseHandling.reportsDue');
    expect(reports).toMatchObject({ count: 1, overdueCount: 1, allHref: paths.projects.reportsDue() });
    // Not an applicant, reviewer, decision body or finance in Vejle.
    expect(work.sections.every((s) => s.group === 'caseHandling')).toBe(true);
  });

  it('the reviewer sees their assigned reviews not yet submitted', async () => {
    const work = await getMyWork(t.db, await t.actor('bedoemmer@vejle.demo'), {}, { now: NOW });
    const mine = sectionOf(work, 'reviewing.assignedReviews');
    expect(mine.items.map((i) => i.title)).toEqual(['Under bedømmelse']);
    expect(mine.items[0]?.href).toBe(paths.reviews.workspace({ applicationId: ids.inReview ?? '' }));
    expect(mine.allHref).toBe(paths.reviews.list());
  });

  it('the decision body sees the next meeting and its agenda items', async () => {
    const work = await getMyWork(t.db, await t.actor('raad@vejle.demo'), {}, { now: NOW });
    const next = sectionOf(work, 'deciding.nextMeeting');
    expect(next.meeting).toMatchObject({ id: ids.meeting, location: 'Rådhuset', submissionDeadline: '2040-03-15' });
    expect(next.count).toBe(1);
    expect(next.items.map((i) => i.title)).toEqual(['På dagsordenen']);
  });

  it('finance sees the approved projects with commitments not yet paid out, and what is left', async () => {
    const work = await getMyWork(t.db, await t.actor('oekonomi@vejle.demo'), {}, { now: NOW });
    const payout = sectionOf(work, 'paying.awaitingPayout');
    expect(payout.items.map((i) => i.title)).toEqual(['Venter på udbetaling']);
    expect(payout.items[0]).toMatchObject({ amountOere: 60_000_00, href: paths.ledger.project({ applicationId: ids.payout ?? '' }) });
  });

  it("another organisation's people see none of it", async () => {
    const work = await getMyWork(t.db, await t.actor('sekretariat@aarhus.demo'), {}, { now: NOW });
    const titles = work.sections.flatMap((s) => s.items.map((i) => i.title));
    expect(titles).not.toContain('Ny indsendt');
    expect(titles).not.toContain('Indstillet');
  });

  it('lists at most the newest ten, but counts all', async () => {
    for (let i = 0; i < WORK_ITEMS_SHOWN + 2; i++)
      await buildApplication(t.db, { pool, state: 'draft', title: `Mange ${i}`, leadEmail: 'bedoemmer@vejle.demo' });
    // The reviewer is no applicant: building drafts in their name does not make them one.
    const reviewer = await getMyWork(t.db, await t.actor('bedoemmer@vejle.demo'), {}, { now: NOW });
    expect(reviewer.sections.some((s) => s.key === 'applying.drafts')).toBe(false);
    for (let i = 0; i < WORK_ITEMS_SHOWN + 2; i++) await buildApplication(t.db, { pool, state: 'submitted', title: `Indsendt ${i}` });
    const work = await getMyWork(t.db, await t.actor('sekretariat@vejle.demo'), {}, { now: NOW });
    const submitted = sectionOf(work, 'caseHandling.newSubmissions');
    expect(submitted.items).toHaveLength(WORK_ITEMS_SHOWN);
    expect(submitted.count).toBe(WORK_ITEMS_SHOWN + 4);
  });
});

describe('the front page and GET /api/v1/me/work', () => {
  it('the front page shows the sections with counts, links and empty states, above the old links', async () => {
    const client = await t.as('ansoeger@vejle.demo');
    const html = await (await client.get(paths.home())).text();
    expect(html).toContain('Dine kladder');
    expect(html).toContain(`href="${paths.applications.show({ applicationId: ids.newDraft ?? '' })}"`);
    expect(html).toContain('Spørgsmål du skal svare på');
    expect(html).toContain('Hvor mange borgere?');
    expect(html).toContain('Se alle');
    // The general links stay, below.
    expect(html.indexOf('Genveje')).toBeGreaterThan(html.indexOf('Dine kladder'));
    expect(html).toContain(`href="${paths.pools.list()}"`);
  });

  it('the secretariat’s and finance’s front pages list their work with links and amounts', async () => {
    const sec = await (await (await t.as('sekretariat@vejle.demo')).get(paths.home())).text();
    expect(sec).toContain('Nye ansøgninger');
    // (the newest ten submissions are the test above's; the outstanding review links to its case)
    expect(sec).toContain(`href="${paths.assessment.case({ applicationId: ids.inReview ?? '' })}"`);
    expect(sec).toContain('Udestående bedømmelser');
    const fin = await (await (await t.as('oekonomi@vejle.demo')).get(paths.home())).text();
    expect(fin).toContain('Bevillinger der venter på udbetaling');
    expect(fin).toContain(`href="${paths.ledger.project({ applicationId: ids.payout ?? '' })}"`);
    expect(fin).toContain(kr('60.000 kr. tilbage'));
  });

  it('a person with two roles sees both groups of work', async () => {
    await grantRole(t.db, null, { email: 'bedoemmer@vejle.demo', organisationSlug: 'vejle', role: 'applicant' });
    const work = await getMyWork(t.db, await t.actor('bedoemmer@vejle.demo'), {}, { now: NOW });
    expect([...new Set(work.sections.map((s) => s.group))]).toEqual(['applying', 'reviewing']);
    const html = await (await (await t.as('bedoemmer@vejle.demo')).get(paths.home())).text();
    expect(html).toContain('Som ansøger');
    expect(html).toContain('Som bedømmer');
  });

  it('a section without work says so', async () => {
    const client = await t.as('bedoemmer@aarhus.demo');
    const html = await (await client.get(paths.home())).text();
    expect(html).toContain('Dine bedømmelser');
    expect(html).toContain('Du har ingen bedømmelser, der venter.');
  });

  it('the decision body’s front page names the next meeting', async () => {
    const client = await t.as('raad@vejle.demo');
    const html = await (await client.get(paths.home())).text();
    expect(html).toContain('Næste møde');
  });

  it('the API answers the same use case; anonymous gets 401', async () => {
    const client = await t.as('sekretariat@vejle.demo');
    const res = await client.api('GET', '/me/work');
    expect(res.status).toBe(200);
    const body = (await res.json()) as MyWork;
    expect(body.sections.map((s) => s.key)).toContain('caseHandling.newSubmissions');
    expect((await t.anonymous().api('GET', '/me/work')).status).toBe(401);
  });
});
