import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications, outbox } from '../../src/db/schema/notifications.js';
import { decisionBodies, meetings, pools } from '../../src/db/schema/pools.js';
import { paths } from '../../src/paths.js';
import { adviseIdea } from '../../src/usecases/applications/advise-idea.js';
import { createApplication } from '../../src/usecases/applications/create-application.js';
import { createIdea } from '../../src/usecases/applications/create-idea.js';
import { submitApplication } from '../../src/usecases/applications/submit-application.js';
import { updateApplication } from '../../src/usecases/applications/update-application.js';
import { requestMoreInformation } from '../../src/usecases/assessment/request-more-information.js';
import { unreadCount } from '../../src/usecases/notifications/list-notifications.js';
import { markNotificationsRead } from '../../src/usecases/notifications/mark-notifications-read.js';
import { notify } from '../../src/usecases/notifications/notify.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { expectRefusal } from '../support/expect-refusal.js';
import { buildApplicationPatch, buildPool, userId, type TestPool } from '../support/factories.js';

let t: TestApp;
let pool: TestPool;

const notesOf = async (email: string, kind?: string) => {
  const uid = await userId(t.db, email);
  return t.db
    .select()
    .from(notifications)
    .where(kind ? and(eq(notifications.userId, uid), eq(notifications.kind, kind)) : eq(notifications.userId, uid))
    .orderBy(desc(notifications.createdAt));
};
const mailTo = async (email: string) => t.db.select().from(outbox).where(eq(outbox.toAddress, email)).orderBy(asc(outbox.createdAt));

async function submitted(title: string): Promise<string> {
  const lead = await t.actor('ansoeger@horsens.demo');
  const { id } = await createApplication(t.db, lead, { poolId: pool.poolId, title });
  await updateApplication(t.db, lead, { applicationId: id, ...buildApplicationPatch(pool, 'horsens'), title });
  await submitApplication(t.db, lead, { applicationId: id });
  return id;
}

beforeAll(async () => {
  t = await createTestApp('demo');
  pool = await buildPool(t.db, 'horsens', 'horsens');
});
afterAll(async () => t?.close());

describe('submission: a receipt to the applicant with what happens next, news to the secretariat', () => {
  it('in rounds, the receipt names the next meeting and its deadline; the secretariat is told, in-app and by e-mail', async () => {
    await t.db.update(pools).set({ intake: 'rounds' }).where(eq(pools.id, pool.poolId));
    const [body] = await t.db.select().from(decisionBodies).where(eq(decisionBodies.poolId, pool.poolId));
    if (!body) throw new Error('no decision body');
    // Only the meeting built here is coming (the pool's own calendar is cancelled).
    await t.db
      .update(meetings)
      .set({ status: 'cancelled' })
      .where(
        inArray(
          meetings.decisionBodyId,
          (await t.db.select({ id: decisionBodies.id }).from(decisionBodies).where(eq(decisionBodies.poolId, pool.poolId))).map((b) => b.id),
        ),
      );
    await t.db.insert(meetings).values({ decisionBodyId: body.id, startsAt: new Date('2040-04-02T12:00:00Z'), submissionDeadline: '2040-03-15' });

    const before = (await mailTo('sekretariat@horsens.demo')).length;
    const id = await submitted('Rundeansøgning');
    const [receipt] = (await notesOf('ansoeger@horsens.demo', 'application.submitted.receipt')).filter((n) => n.applicationId === id);
    expect(receipt?.title.da).toContain('Kvittering');
    expect(receipt?.body.da).toContain('Sekretariatet screener');
    expect(receipt?.body.da).toContain(body.name);
    expect(receipt?.body.da).toContain('ansøgningsfristen til mødet er 15. marts 2040');
    expect(receipt?.body.da).toContain('2. april 2040');
    expect(receipt?.link).toBe(paths.applications.show({ applicationId: id }));

    const [news] = (await notesOf('sekretariat@horsens.demo', 'application.submitted')).filter((n) => n.applicationId === id);
    expect(news?.link).toBe(paths.assessment.case({ applicationId: id }));
    expect((await mailTo('sekretariat@horsens.demo')).length).toBe(before + 1);
    expect((await mailTo('ansoeger@horsens.demo')).some((m) => m.subject.startsWith('Kvittering'))).toBe(true);
  });

  it('with continuous intake, the receipt says so', async () => {
    await t.db.update(pools).set({ intake: 'continuous' }).where(eq(pools.id, pool.poolId));
    const id = await submitted('Løbende ansøgning');
    const [receipt] = (await notesOf('ansoeger@horsens.demo', 'application.submitted.receipt')).filter((n) => n.applicationId === id);
    expect(receipt?.body.da).toContain('løbende');
  });

  it('a resubmission with the answers tells the secretariat the question is answered', async () => {
    const id = await submitted('Spørgsmål og svar');
    await requestMoreInformation(t.db, await t.actor('sekretariat@horsens.demo'), { applicationId: id, question: 'Hvor mange borgere?' });
    await submitApplication(t.db, await t.actor('ansoeger@horsens.demo'), { applicationId: id });
    const [answered] = (await notesOf('sekretariat@horsens.demo', 'application.resubmitted')).filter((n) => n.applicationId === id);
    expect(answered?.title.da).toContain('Ansøgeren har svaret');
    const receipts = (await notesOf('ansoeger@horsens.demo', 'application.resubmitted.receipt')).filter((n) => n.applicationId === id);
    expect(receipts).toHaveLength(1);
  });

  it('a refused submission tells nobody', async () => {
    const lead = await t.actor('ansoeger@horsens.demo');
    const { id } = await createApplication(t.db, lead, { poolId: pool.poolId, title: 'Tom' });
    await expectRefusal(submitApplication(t.db, lead, { applicationId: id }), 'NOT_ELIGIBLE');
    const any = await t.db.select().from(notifications).where(eq(notifications.applicationId, id));
    expect(any).toHaveLength(0);
  });
});

describe('ideas: the secretariat on a new idea, the author on advice', () => {
  it('tells the secretariat of a new idea, and the author when the secretariat advises (not when the author answers)', async () => {
    const author = await t.actor('ansoeger@horsens.demo');
    const { id } = await createIdea(t.db, author, { poolId: pool.poolId, title: 'Spiserobot', needAnalysis: 'Borgere venter på hjælp til måltider.' });
    const [news] = (await notesOf('sekretariat@horsens.demo', 'idea.created')).filter((n) => n.link === paths.ideas.show({ ideaId: id }));
    expect(news?.title.da).toBe('Ny idé: Spiserobot');

    await adviseIdea(t.db, await t.actor('sekretariat@horsens.demo'), { ideaId: id, topic: 'economy', body: 'Husk driftsudgifterne.' });
    const advised = (await notesOf('ansoeger@horsens.demo', 'idea.advised')).filter((n) => n.link === paths.ideas.show({ ideaId: id }));
    expect(advised).toHaveLength(1);

    await adviseIdea(t.db, author, { ideaId: id, body: 'Tak, det gør jeg.' });
    expect((await notesOf('ansoeger@horsens.demo', 'idea.advised')).filter((n) => n.link === paths.ideas.show({ ideaId: id }))).toHaveLength(1);
  });
});

describe('the unread count and marking read', () => {
  const send = async (email: string, n: number) => {
    const uid = await userId(t.db, email);
    for (let i = 0; i < n; i++) {
      await notify(t.db, {
        userIds: [uid],
        organisationId: null,
        kind: 'test',
        title: { da: `Test ${i}`, en: `Test ${i}` },
        body: { da: 'x', en: 'x' },
        email: false,
      });
    }
    return uid;
  };

  it('counts the unread; marks the given ids or all, and never another person’s', async () => {
    const me = await send('bedoemmer@horsens.demo', 3);
    const other = await send('raad@horsens.demo', 1);
    const actor = await t.actor('bedoemmer@horsens.demo');
    expect(await unreadCount(t.db, me)).toBe(3);
    const mine = await t.db.select({ id: notifications.id }).from(notifications).where(eq(notifications.userId, me));
    const [theirs] = await t.db.select({ id: notifications.id }).from(notifications).where(eq(notifications.userId, other));
    expect(await markNotificationsRead(t.db, actor, { ids: [mine[0]?.id, theirs?.id] })).toEqual({ marked: 1 });
    expect(await unreadCount(t.db, me)).toBe(2);
    expect(await unreadCount(t.db, other)).toBe(1);
    expect(await markNotificationsRead(t.db, actor, {})).toEqual({ marked: 2 });
    expect(await unreadCount(t.db, me)).toBe(0);
    await expectRefusal(markNotificationsRead(t.db, actor, { ids: ['ikke-et-id'] }), 'VALIDATION_FAILED');
  });

  it('the header of every page shows the count, linked to the notifications page; the page marks one read', async () => {
    const uid = await send('oekonomi@horsens.demo', 2);
    const client = await t.as('oekonomi@horsens.demo');
    const home = await (await client.get(paths.home())).text();
    expect(home).toContain('data-unread-count="2"');
    expect(home).toMatch(new RegExp(`<a href="${paths.notifications.list()}" class="header-notifications-link">`));
    const pools = await (await client.get(paths.pools.list())).text();
    expect(pools).toContain('data-unread-count="2"');

    const page = await (await client.get(paths.notifications.list())).text();
    expect(page).toContain('Markér som læst');
    const [one] = await t.db.select({ id: notifications.id }).from(notifications).where(eq(notifications.userId, uid)).limit(1);
    const res = await client.postForm(paths.notifications.markRead(), { ids: one?.id ?? '' });
    expect(res.status).toBe(303);
    expect(await unreadCount(t.db, uid)).toBe(1);
    expect(await (await client.get(paths.home())).text()).toContain('data-unread-count="1"');

    const bad = await client.postForm(paths.notifications.markRead(), { ids: 'ikke-et-id' });
    expect(bad.status).toBe(422);
    expect(await unreadCount(t.db, uid)).toBe(1);
  });

  it('POST /api/v1/notifications/read marks the given ids or all; bad ids are a 422 with the field', async () => {
    const uid = await send('sekretariat@aarhus.demo', 2);
    const client = await t.as('sekretariat@aarhus.demo');
    const bad = await client.api('POST', '/notifications/read', { ids: ['nej'] });
    expect(bad.status).toBe(422);
    const err = (await bad.json()) as { error: { code: string; fields: Record<string, string> } };
    expect(err.error.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(err.error.fields).join()).toContain('ids');
    const res = await client.api('POST', '/notifications/read', {});
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ marked: 2 });
    expect(await unreadCount(t.db, uid)).toBe(0);
    expect((await t.anonymous().api('POST', '/notifications/read', {})).status).toBe(401);
  });

  it('counts with the partial index of unread notifications', async () => {
    const idx = (await t.db.execute(sql`select indexdef from pg_indexes where indexname = 'notifications_unread_idx'`)) as unknown as {
      rows: { indexdef: string }[];
    };
    expect(idx.rows[0]?.indexdef).toMatch(/WHERE \(read_at IS NULL\)/);
  });
});
