import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../../src/db/schema/applications.js';
import { decisions } from '../../src/db/schema/assessment.js';
import { decisionBodies, meetings, pools } from '../../src/db/schema/pools.js';
import { formatDate, formatDateTime } from '../../src/domain/dates.js';
import { formatKroner } from '../../src/domain/money.js';
import { createUser } from '../../src/usecases/accounts/create-user.js';
import { grantRole } from '../../src/usecases/accounts/grant-role.js';
import { addCoApplicant } from '../../src/usecases/applications/add-co-applicant.js';
import { createApplication } from '../../src/usecases/applications/create-application.js';
import { submitApplication } from '../../src/usecases/applications/submit-application.js';
import { updateApplication } from '../../src/usecases/applications/update-application.js';
import { paths } from '../../src/paths.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { buildApplicationPatch, buildPool, userId, type TestPool } from '../support/factories.js';

/**
 * Issue 11 item 4: the decision at the top of the application's page and of the secretariat's case
 * page; the submission receipt says what happens next and offers a printable copy of the submitted
 * version, which only the applicants and the secretariat may open.
 */
let t: TestApp;
let pool: TestPool;
let submittedId: string;
let draftId: string;
let meeting: { id: string; startsAt: Date; submissionDeadline: string | null };

const LEAD = 'ansoeger@horsens.demo';
const CO = 'medansoeger-print@horsens.demo';

beforeAll(async () => {
  t = await createTestApp('demo');
  pool = await buildPool(t.db, 'horsens', 'horsens');
  await createUser(t.db, null, { email: CO, name: 'Kollega Print', password: 'demo1234' });
  await grantRole(t.db, null, { email: CO, organisationSlug: 'horsens', role: 'applicant' });
  const lead = await t.actor(LEAD);
  submittedId = (await createApplication(t.db, lead, { poolId: pool.poolId, title: 'Skærmbesøg' })).id;
  await updateApplication(t.db, lead, { applicationId: submittedId, ...buildApplicationPatch(pool, 'horsens') });
  await addCoApplicant(t.db, lead, { applicationId: submittedId, email: CO });
  draftId = (await createApplication(t.db, lead, { poolId: pool.poolId, title: 'Kun en kladde' })).id;
  const [m] = await t.db
    .select({ id: meetings.id, startsAt: meetings.startsAt, submissionDeadline: meetings.submissionDeadline })
    .from(meetings)
    .innerJoin(decisionBodies, eq(decisionBodies.id, meetings.decisionBodyId))
    .where(eq(decisionBodies.poolId, pool.poolId));
  if (!m) throw new Error('no meeting');
  meeting = m;
});
afterAll(() => t.close());

const page = async (email: string, path: string) => {
  const res = await (await t.as(email)).get(path);
  return { status: res.status, html: await res.text() };
};

describe('the submission receipt', () => {
  it('says what happens next for continuous intake and links the printable copy', async () => {
    const lead = await t.as(LEAD);
    const res = await lead.postForm(paths.applications.submit({ applicationId: submittedId }), {});
    expect(res.status).toBe(303);
    const location = res.headers.get('location') ?? '';
    expect(location).toBe(paths.applications.show({ applicationId: submittedId }, { indsendt: 1 }));
    const html = await (await lead.get(location)).text();
    expect(html).toContain('Hvad sker der nu?');
    expect(html).toContain('Sekretariatet screener ansøgningen');
    expect(html).toContain('Puljen har løbende ansøgning: der er ingen frist.');
    expect(html).toContain(`det næste møde i Styregruppen er ${formatDateTime(meeting.startsAt, 'da')}`);
    expect(html).toContain(`href="${paths.applications.print({ applicationId: submittedId })}"`);
  });

  it('names the next round and its deadline for a pool with rounds, never "løbende"', async () => {
    await t.db.update(pools).set({ intake: 'rounds' }).where(eq(pools.id, pool.poolId));
    try {
      const { html } = await page(LEAD, paths.applications.show({ applicationId: submittedId }, { indsendt: 1 }));
      expect(meeting.submissionDeadline).not.toBeNull();
      expect(html).toContain(`Ansøgningen når runden med frist ${formatDate(meeting.submissionDeadline ?? '', 'da')}`);
      expect(html).not.toContain('løbende ansøgning');
    } finally {
      await t.db.update(pools).set({ intake: 'continuous' }).where(eq(pools.id, pool.poolId));
    }
  });
});

describe('the printable copy of the submitted version', () => {
  it('shows the submitted answers with a print stylesheet, also after the draft changed', async () => {
    // A later change to the live row (as while more information is requested) is not the submitted version.
    const [row] = await t.db.select({ content: applications.content }).from(applications).where(eq(applications.id, submittedId));
    await t.db
      .update(applications)
      .set({ content: { ...(row?.content ?? {}), solution: 'Ændret efter indsendelsen' } })
      .where(eq(applications.id, submittedId));
    const { status, html } = await page(LEAD, paths.applications.print({ applicationId: submittedId }));
    expect(status).toBe(200);
    expect(html).toContain('class="container print-page application-print"');
    expect(html).toContain(paths.static.app('app.css'));
    expect(html).toContain('Version 1, indsendt');
    expect(html).toContain('Tablets med skærmbesøg.');
    expect(html).not.toContain('Ændret efter indsendelsen');
    expect(html).not.toContain('class="header'); // no navigation on paper
    const css = await (await t.anonymous().get(paths.static.app('app.css'))).text();
    expect(css).toMatch(/@media print \{[^}]*\.application-print/);
  });

  it('is reachable by the lead, a co-applicant and the secretariat; a reviewer and the decision body get 403, another organisation 404', async () => {
    const print = paths.applications.print({ applicationId: submittedId });
    expect((await page(LEAD, print)).status).toBe(200);
    expect((await page(CO, print)).status).toBe(200);
    expect((await page('sekretariat@horsens.demo', print)).status).toBe(200);
    expect((await page('bedoemmer@horsens.demo', print)).status).toBe(403);
    expect((await page('raad@horsens.demo', print)).status).toBe(403);
    expect((await page('sekretariat@vejle.demo', print)).status).toBe(404);
    const anon = await t.anonymous().get(print);
    expect(anon.status).toBe(302);
    expect(anon.headers.get('location')).toMatch(/^\/login\?tilbage=/);
    // The decision body reads the case but is offered no print link it cannot follow.
    const member = await page('raad@horsens.demo', paths.applications.show({ applicationId: submittedId }));
    expect(member.status).toBe(200);
    expect(member.html).not.toContain(`href="${print}"`);
  });

  it('the API gives the same copy to the same people', async () => {
    const api = `/applications/${submittedId}/submitted-copy`;
    const lead = await (await t.as(LEAD)).api('GET', api);
    expect(lead.status).toBe(200);
    const body = (await lead.json()) as { version: number; content: { solution?: string } };
    expect(body.version).toBe(1);
    expect(body.content.solution).toBe('Tablets med skærmbesøg.');
    expect((await (await t.as('bedoemmer@horsens.demo')).api('GET', api)).status).toBe(403);
    expect((await (await t.as('ansoeger@aarhus.demo')).api('GET', api)).status).toBe(404);
  });

  it('a draft never submitted has no copy (404 with a Danish message)', async () => {
    const { status, html } = await page(LEAD, paths.applications.print({ applicationId: draftId }));
    expect(status).toBe(404);
    expect(html).toContain('Ansøgningen er ikke indsendt endnu');
  });
});

describe('the decision at the top of the pages', () => {
  it('is not there before a decision', async () => {
    const { html } = await page(LEAD, paths.applications.show({ applicationId: submittedId }));
    expect(html).not.toContain('id="afgoerelse"');
  });

  it("shows outcome, amount per year, line, conditions, meeting and date on the applicant's page and the case page", async () => {
    const decidedAt = new Date('2027-01-20T13:00:00Z');
    await t.db.insert(decisions).values({
      applicationId: submittedId,
      route: 'meeting',
      meetingId: meeting.id,
      outcome: 'approve',
      amountOere: 300_000_00,
      budgetLineId: pool.lines.afproevning,
      split: [
        { year: 2028, amountOere: 100_000_00 },
        { year: 2027, amountOere: 200_000_00 },
      ],
      conditions: 'Første rapport efter 6 måneder',
      decidedByUserId: await userId(t.db, 'raad@horsens.demo'),
      decidedAt,
    });
    const expectBlock = (html: string) => {
      const block = /<section class="decision-block"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
      expect(block).toContain('Bevilget');
      expect(block).toContain(formatKroner(300_000_00));
      expect(block).toMatch(new RegExp(`2027: ${formatKroner(200_000_00)}[\\s\\S]*2028: ${formatKroner(100_000_00)}`));
      expect(block).toContain('Afprøvning og opstart');
      expect(block).toContain('Første rapport efter 6 måneder');
      expect(block).toContain(`Styregruppen, mødet ${formatDateTime(meeting.startsAt, 'da')}`);
      expect(block).toContain(formatDate(decidedAt, 'da'));
      // At the top: before the answers.
      expect(html.indexOf('class="decision-block"')).toBeLessThan(html.indexOf('Mere om ansøgningen') === -1 ? Infinity : html.indexOf('Mere om ansøgningen'));
      return block;
    };
    const applicant = await page(LEAD, paths.applications.show({ applicationId: submittedId }));
    const mine = expectBlock(applicant.html);
    // The applicant cannot open the meeting page, so it is not linked.
    expect(mine).not.toContain(`href="${paths.meetings.show({ meetingId: meeting.id })}"`);

    const secretariat = await page('sekretariat@horsens.demo', paths.assessment.case({ applicationId: submittedId }));
    expect(secretariat.status).toBe(200);
    const theirs = expectBlock(secretariat.html);
    expect(theirs).toContain(`href="${paths.meetings.show({ meetingId: meeting.id })}"`);
    expect(secretariat.html.indexOf('class="decision-block"')).toBeLessThan(secretariat.html.indexOf('<h2>Screening</h2>'));

    const api = (await (await (await t.as(LEAD)).api('GET', `/applications/${submittedId}`)).json()) as {
      decision: { outcome: string; split: { year: number }[]; meeting: { id: string } | null };
    };
    expect(api.decision.outcome).toBe('approve');
    expect(api.decision.split.map((s) => s.year)).toEqual([2027, 2028]);
    expect(api.decision.meeting?.id).toBe(meeting.id);
  });

  it('a direct rejection names the direct decision and its reason, without an amount', async () => {
    const lead = await t.actor(LEAD);
    const id = (await createApplication(t.db, lead, { poolId: pool.poolId, title: 'Afvises direkte' })).id;
    await updateApplication(t.db, lead, { applicationId: id, ...buildApplicationPatch(pool, 'horsens'), title: 'Afvises direkte' });
    await submitApplication(t.db, lead, { applicationId: id });
    await t.db.insert(decisions).values({
      applicationId: id,
      route: 'direct',
      outcome: 'reject',
      split: [],
      reason: 'Løsningen er allerede i brug',
      decidedByUserId: await userId(t.db, 'raad@horsens.demo'),
    });
    const { html } = await page(LEAD, paths.applications.show({ applicationId: id }));
    const block = /<section class="decision-block"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(block).toContain('Afslået');
    expect(block).toContain('Løsningen er allerede i brug');
    expect(block).toContain('Direkte afgørelse');
    expect(block).not.toContain('Bevilget beløb');
  });
});
