import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/rows.js';
import { applications } from '../../src/db/schema/applications.js';
import { decisions } from '../../src/db/schema/assessment.js';
import { departments } from '../../src/db/schema/organisations.js';
import { computeBusinessCase } from '../../src/domain/business-case.js';
import { formatKroner } from '../../src/domain/money.js';
import { paths } from '../../src/paths.js';
import { recommendApplication } from '../../src/usecases/assessment/recommend-application.js';
import { createMeeting } from '../../src/usecases/meetings/create-meeting.js';
import { getMeeting } from '../../src/usecases/meetings/get-meeting.js';
import { getMinutes } from '../../src/usecases/meetings/get-minutes.js';
import { listMeetings } from '../../src/usecases/meetings/list-meetings.js';
import { publishMeeting } from '../../src/usecases/meetings/publish-meeting.js';
import { recordDecision } from '../../src/usecases/meetings/record-decision.js';
import { saveMinutes } from '../../src/usecases/meetings/save-minutes.js';
import { setAgenda } from '../../src/usecases/meetings/set-agenda.js';
import type { Actor } from '../../src/usecases/shared/actor.js';
import { pdfHeaderFooter } from '../../src/web/pages/assessment/agenda-pdf.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { expectRefusal } from '../support/expect-refusal.js';
import { buildApplication, demoPool, type DemoPool } from '../support/factories.js';
import { DEMO_Y1 } from '../support/demo-years.js';

/** A year of the Vejle seed (2021–2024) as the demo, dated from the seeding day, lays it out. */
const y = (seedYear: number): number => seedYear + (DEMO_Y1 - 2021);

/**
 * Meetings and minutes (issue 11 item 3): decisions wait for the meeting's start; a started meeting
 * without minutes awaits them; the minutes are a document the secretariat writes; the agenda carries
 * a short case summary per item.
 */
let t: TestApp;
let pool: DemoPool;
let secretariat: Actor;
let council: Actor;

/** 12 March 2026 15:00 in Copenhagen is 14:00 UTC. */
const START = '2026-03-12T15:00';
const JUST_BEFORE = new Date('2026-03-12T13:59:00Z');
const AT_START = new Date('2026-03-12T14:00:00Z');

beforeAll(async () => {
  t = await createTestApp('demo');
  pool = await demoPool(t.db, 'vejle');
  secretariat = await t.actor('sekretariat@vejle.demo');
  council = await t.actor('raad@vejle.demo');
});
afterAll(() => t.close());

async function recommended(title: string, amount = 100_000_00): Promise<string> {
  const id = await buildApplication(t.db, { pool, state: 'reviewed', title, amountAppliedOere: amount });
  await recommendApplication(t.db, secretariat, {
    applicationId: id,
    kind: 'recommend',
    amountOere: amount,
    budgetLineId: pool.lines.ordinaer,
    split: [{ year: y(2021), amountOere: amount }],
  });
  return id;
}

async function meetingWith(startsAt: string, ...applicationIds: string[]): Promise<string> {
  const { id } = await createMeeting(t.db, secretariat, { decisionBodyId: pool.bodyId, startsAt, location: 'Rådhuset' });
  await setAgenda(t.db, secretariat, { meetingId: id, applicationIds });
  return id;
}

const reject = (meetingId: string, applicationId: string, now?: Date) =>
  recordDecision(t.db, council, { meetingId, applicationId, outcome: 'reject', reason: 'Ikke i år' }, now);

describe('decisions wait for the meeting to start', () => {
  it('refuses a decision before the start with a Danish 409 naming the start, and records it from the start', async () => {
    const a = await recommended('Faldsensorer');
    const meetingId = await meetingWith(START, a);
    const err = await expectRefusal(reject(meetingId, a, JUST_BEFORE), 'TRANSITION_NOT_ALLOWED');
    expect(err.status).toBe(409);
    expect(err.userMessage.da).toBe('Mødet er ikke begyndt endnu. Afgørelser og referat kan registreres fra mødets start (12. marts 2026 kl. 15.00).');
    expect(await t.db.select().from(decisions).where(eq(decisions.meetingId, meetingId))).toHaveLength(0);
    const { id } = await reject(meetingId, a, AT_START);
    expect(id).toBeTruthy();
  });

  it('the meeting page offers no decision form before the start and says from when; the form and the API refuse in Danish', async () => {
    const a = await recommended('Spiserobot');
    const meetingId = await meetingWith('2099-01-15T10:00', a);
    const c = await t.as('raad@vejle.demo');
    const page = await (await c.get(paths.meetings.show({ meetingId }))).text();
    expect(page).toContain('Mødet er ikke begyndt');
    expect(page).toContain('fra mødets start (15. januar 2099 kl. 10.00)');
    expect(page).not.toContain(paths.meetings.itemDecision({ meetingId, applicationId: a }));
    const form = await c.get(paths.meetings.itemDecision({ meetingId, applicationId: a }));
    expect(form.status).toBe(409);
    expect(await form.text()).toContain('Mødet er ikke begyndt endnu');
    const posted = await c.postForm(paths.meetings.itemDecision({ meetingId, applicationId: a }), { outcome: 'reject', reason: 'Nej' });
    expect(posted.status).toBe(409);
    expect(await posted.text()).toContain('Mødet er ikke begyndt endnu');
    const api = await c.api('POST', `/meetings/${meetingId}/decisions`, { applicationId: a, outcome: 'reject', reason: 'Nej' });
    expect(api.status).toBe(409);
    const body = (await api.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('TRANSITION_NOT_ALLOWED');
    expect(body.error.message).toContain('Mødet er ikke begyndt endnu');
    expect(await t.db.select().from(decisions).where(eq(decisions.meetingId, meetingId))).toHaveLength(0);
  });
});

describe('a started meeting without minutes awaits them', () => {
  it('getMeeting and listMeetings derive the state from status, start and now', async () => {
    const meetingId = await meetingWith(START);
    expect((await getMeeting(t.db, council, { meetingId }, JUST_BEFORE)).displayState).toBe('planned');
    expect((await getMeeting(t.db, council, { meetingId }, AT_START)).displayState).toBe('awaiting_minutes');
    const before = await listMeetings(t.db, council, { poolId: pool.poolId }, JUST_BEFORE);
    const after = await listMeetings(t.db, council, { poolId: pool.poolId }, AT_START);
    expect(before.meetings.find((m) => m.id === meetingId)).toMatchObject({ status: 'planned', displayState: 'planned' });
    expect(after.meetings.find((m) => m.id === meetingId)).toMatchObject({ status: 'planned', displayState: 'awaiting_minutes' });
  });

  it('the meeting page and the calendar say "Afventer referat" for a past meeting, "Planlagt" for a future one', async () => {
    const past = await meetingWith(`${y(2021)}-02-01T15:00`);
    const future = await meetingWith('2099-02-01T15:00');
    const c = await t.as('sekretariat@vejle.demo');
    const pastPage = await (await c.get(paths.meetings.show({ meetingId: past }))).text();
    expect(pastPage).toContain('Afventer referat');
    expect(pastPage).not.toContain('>Planlagt<');
    const futurePage = await (await c.get(paths.meetings.show({ meetingId: future }))).text();
    expect(futurePage).toContain('Planlagt');
    expect(futurePage).not.toContain('Afventer referat');
    const calendar = await (await c.get(paths.pools.meetings({ poolId: pool.poolId }))).text();
    const row = (id: string) =>
      calendar.slice(
        calendar.indexOf(paths.meetings.show({ meetingId: id })),
        calendar.indexOf('</tr>', calendar.indexOf(paths.meetings.show({ meetingId: id }))),
      );
    expect(row(past)).toContain('Afventer referat');
    expect(row(future)).toContain('Planlagt');
  });
});

describe('the minutes', () => {
  it('saves attendees (members and free text), a note per item and a general text, audited, and shows them on the minutes page', async () => {
    const a = await recommended('Sensorgulve');
    const meetingId = await meetingWith(`${y(2021)}-06-01T15:00`, a);
    await reject(meetingId, a);
    await saveMinutes(t.db, secretariat, {
      meetingId,
      memberUserIds: [council.userId],
      otherAttendees: 'Anne Jensen, sekretariatet\n\n  Bo Hansen  ',
      itemNotes: { [a]: 'Rådet drøftede sagen grundigt.' },
      generalText: 'Næste møde holdes i august.',
    });
    const m = await getMinutes(t.db, council, { meetingId });
    const councilName = m.members.find((x) => x.userId === council.userId)?.name ?? '';
    expect(councilName).not.toBe('');
    expect(m.attendees).toEqual([
      { name: councilName, userId: council.userId },
      { name: 'Anne Jensen, sekretariatet', userId: null },
      { name: 'Bo Hansen', userId: null },
    ]);
    expect(m.items).toHaveLength(1);
    expect(m.items[0]).toMatchObject({ note: 'Rådet drøftede sagen grundigt.', decision: { outcome: 'reject', reason: 'Ikke i år' } });
    expect(m.generalText).toBe('Næste møde holdes i august.');
    expect(m.published).toBe(false);

    const audit = rowsOf<{ after: { generalText: string; attendees: unknown[] } }>(
      await t.db.execute(sql`select after from audit_events where object_id = ${meetingId} and action = 'meeting.minutes_saved'`),
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after.generalText).toBe('Næste møde holdes i august.');
    expect(audit[0]?.after.attendees).toHaveLength(3);

    const page = await (await (await t.as('raad@vejle.demo')).get(paths.meetings.minutes({ meetingId }))).text();
    for (const text of [councilName, 'Anne Jensen, sekretariatet', 'Rådet drøftede sagen grundigt.', 'Næste møde holdes i august.', 'Afslået', 'Udkast']) {
      expect(page).toContain(text);
    }
  });

  it('is refused before the start, after publication, for other roles and organisations, and for strangers as attendees', async () => {
    const a = await recommended('Vaskerobot');
    const future = await meetingWith('2099-03-01T10:00', a);
    const early = await expectRefusal(saveMinutes(t.db, secretariat, { meetingId: future, generalText: 'Tidligt' }), 'TRANSITION_NOT_ALLOWED');
    expect(early.userMessage.da).toContain('Mødet er ikke begyndt endnu');

    const b = await recommended('Løfteudstyr');
    const meetingId = await meetingWith(`${y(2021)}-07-01T15:00`, b);
    await expectRefusal(saveMinutes(t.db, council, { meetingId, generalText: 'x' }), 'FORBIDDEN');
    await expectRefusal(saveMinutes(t.db, await t.actor('bedoemmer@vejle.demo'), { meetingId, generalText: 'x' }), 'FORBIDDEN');
    await expectRefusal(saveMinutes(t.db, await t.actor('ansoeger@vejle.demo'), { meetingId, generalText: 'x' }), 'FORBIDDEN');
    await expectRefusal(saveMinutes(t.db, await t.actor('sekretariat@aarhus.demo'), { meetingId, generalText: 'x' }), 'NOT_FOUND');
    const reviewer = await t.actor('bedoemmer@vejle.demo');
    await expectRefusal(saveMinutes(t.db, secretariat, { meetingId, memberUserIds: [reviewer.userId] }), 'VALIDATION_FAILED', {
      memberUserIds: 'Vælg blandt beslutningsorganets medlemmer',
    });
    await expectRefusal(saveMinutes(t.db, secretariat, { meetingId, itemNotes: { [a]: 'Ikke her' } }), 'VALIDATION_FAILED', {
      [`itemNotes.${a}`]: 'Punktet er ikke på dagsordenen',
    });

    await reject(meetingId, b);
    await publishMeeting(t.db, secretariat, { meetingId });
    const late = await expectRefusal(saveMinutes(t.db, secretariat, { meetingId, generalText: 'For sent' }), 'TRANSITION_NOT_ALLOWED');
    expect(late.userMessage.da).toBe('Referatet kan ikke ændres, når det er offentliggjort, eller mødet er aflyst.');
    const m = await getMinutes(t.db, secretariat, { meetingId });
    expect(m).toMatchObject({ published: true, editable: false, generalText: '' });
    const audited = rowsOf<{ n: number }>(
      await t.db.execute(sql`select count(*)::int as n from audit_events where object_id = ${meetingId} and action = 'meeting.minutes_saved'`),
    );
    expect(Number(audited[0]?.n)).toBe(0);
  });

  it('the form: a refusal answers 422 with what was typed and the error by the field; a valid one redirects to the minutes', async () => {
    const a = await recommended('Medicinrobot');
    const meetingId = await meetingWith(`${y(2021)}-08-01T15:00`, a);
    const s = await t.as('sekretariat@vejle.demo');
    const form = await (await s.get(paths.meetings.editMinutes({ meetingId }))).text();
    expect(form).toContain(`name="itemNotes[${a}]"`);
    expect(form).toContain(`value="${council.userId}"`);
    const typed = { memberUserIds: council.userId, otherAttendees: 'Anne Jensen', [`itemNotes[${a}]`]: 'Min note om punktet', generalText: 'x'.repeat(20_001) };
    const bad = await s.postForm(paths.meetings.editMinutes({ meetingId }), typed);
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('Der er problemer');
    expect(html).toContain('Højst 20.000 tegn');
    expect(html).toContain('Anne Jensen');
    expect(html).toContain('Min note om punktet');
    expect(html).toMatch(new RegExp(`value="${council.userId}"[^>]*checked`));
    expect((await getMinutes(t.db, secretariat, { meetingId })).attendees).toEqual([]);

    const ok = await s.postForm(paths.meetings.editMinutes({ meetingId }), { ...typed, generalText: 'Kort og godt.' });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe(paths.meetings.minutes({ meetingId }, { besked: 'referattekst' }));
    const saved = await getMinutes(t.db, secretariat, { meetingId });
    expect(saved.generalText).toBe('Kort og godt.');
    expect(saved.items[0]?.note).toBe('Min note om punktet');
    expect(saved.attendees.map((x) => x.userId)).toEqual([council.userId, null]);
  });

  it('the API: saveMinutes (PUT) and getMinutes (GET) over the same use cases', async () => {
    const a = await recommended('Robotarm');
    const meetingId = await meetingWith(`${y(2021)}-09-01T15:00`, a);
    const s = await t.as('sekretariat@vejle.demo');
    const put = await s.api('PUT', `/meetings/${meetingId}/minutes`, {
      memberUserIds: [council.userId],
      otherAttendees: ['Anne Jensen'],
      itemNotes: { [a]: 'Godkendt med ros.' },
      generalText: 'Intet til eventuelt.',
    });
    expect(put.status).toBe(200);
    const got = await (await (await t.as('raad@vejle.demo')).api('GET', `/meetings/${meetingId}/minutes`)).json();
    expect(got).toMatchObject({
      meetingId,
      published: false,
      attendees: [{ userId: council.userId }, { name: 'Anne Jensen', userId: null }],
      items: [{ application: { id: a }, note: 'Godkendt med ros.' }],
      generalText: 'Intet til eventuelt.',
    });
    const bad = await s.api('PUT', `/meetings/${meetingId}/minutes`, { generalText: 42 });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { error: { fields: Record<string, string> } }).error.fields.generalText).toBe('Skriv teksten som tekst');
  });

  it('prints as a PDF with Chromium, and answers a Danish 503 without it', async () => {
    const meetingId = await meetingWith(`${y(2021)}-10-01T15:00`);
    await saveMinutes(t.db, secretariat, { meetingId, generalText: 'Referat til PDF.' });
    const s = await t.as('sekretariat@vejle.demo');
    const pdf = await s.get(paths.meetings.minutesPdf({ meetingId }));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const before = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      const res = await s.get(paths.meetings.minutesPdf({ meetingId }));
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('PDF-udskrift er ikke tilgængelig');
    } finally {
      if (before === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = before;
    }
  }, 60_000);

  it('the printed pages carry the municipality’s name, the title and page numbers in a sans-serif font', () => {
    const { headerTemplate, footerTemplate } = pdfHeaderFooter({ organisationName: 'Vejle Kommune', title: 'Referat: Rådet <1>' });
    expect(headerTemplate).toContain('Vejle Kommune');
    expect(headerTemplate).toContain('Referat: Rådet &#60;1&#62;');
    expect(footerTemplate).toContain('Side <span class="pageNumber"></span> af <span class="totalPages"></span>');
    expect(headerTemplate).toContain('sans-serif');
  });
});

describe('the agenda’s case summary', () => {
  it('gives each item its unit, summary, amounts sought and recommended, and the business case’s NPV and payback year (page, print)', async () => {
    const a = await recommended('Nattesensorer', 250_000_00);
    const [dept] = await t.db.select().from(departments).where(eq(departments.organisationId, pool.organisationId));
    if (!dept) throw new Error('no department');
    const businessCase = {
      investmentOere: 1_000_000_00,
      yearlyRunningCostOere: 0,
      hoursFreedPerYear: 0,
      hourlyRateOere: 0,
      kronerSavedPerYearOere: 400_000_00,
    };
    await t.db
      .update(applications)
      .set({ leadDepartmentId: dept.id, amountAppliedOere: 300_000_00, content: { summary: 'Sensorer der varsler om natten.', businessCase } })
      .where(eq(applications.id, a));
    const plain = await recommended('Uden business case');
    const meetingId = await meetingWith('2099-04-01T10:00', a, plain);
    const figures = computeBusinessCase(businessCase);
    expect(figures.paybackYear).toBe(3);

    const view = await getMeeting(t.db, secretariat, { meetingId });
    expect(view.items[0]?.summary).toEqual({
      department: dept.name,
      summary: 'Sensorer der varsler om natten.',
      amountAppliedOere: 300_000_00,
      amountRecommendedOere: 250_000_00,
      npvOere: figures.npvOere,
      paybackYear: 3,
      hasBusinessCase: true,
    });
    expect(view.items[1]?.summary).toMatchObject({ summary: 'Kort resumé', department: null, npvOere: null, paybackYear: null, hasBusinessCase: false });

    const s = await t.as('sekretariat@vejle.demo');
    for (const url of [paths.meetings.agenda({ meetingId }), paths.meetings.show({ meetingId })]) {
      const html = await (await s.get(url)).text();
      for (const text of [
        dept.name,
        'Sensorer der varsler om natten.',
        'Søgt beløb',
        formatKroner(300_000_00),
        'Indstillet beløb',
        formatKroner(250_000_00),
        'Nettonutidsværdi',
        formatKroner(figures.npvOere),
        'År 3',
      ]) {
        expect([url, html.includes(text)]).toEqual([url, true]);
      }
    }
    const agenda = await (await s.get(paths.meetings.agenda({ meetingId }))).text();
    expect(agenda).toContain('Vejle');
  });
});

describe('the demo still seeds its decisions', () => {
  it('the demo meetings with decisions are past and published', async () => {
    const rows = rowsOf<{ n: number }>(
      await t.db.execute(sql`select count(*)::int as n from decisions d join meetings m on m.id = d.meeting_id where m.starts_at > now()`),
    );
    expect(Number(rows[0]?.n)).toBe(0);
    const seeded = await t.db
      .select()
      .from(decisions)
      .where(and(eq(decisions.route, 'meeting')));
    expect(seeded.length).toBeGreaterThan(0);
  });
});
