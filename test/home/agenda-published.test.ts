import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/db/schema/audit.js';
import { notifications } from '../../src/db/schema/notifications.js';
import { meetings } from '../../src/db/schema/pools.js';
import { agendaItems } from '../../src/db/schema/assessment.js';
import { paths } from '../../src/paths.js';
import { publishAgenda } from '../../src/usecases/meetings/publish-agenda.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { expectRefusal } from '../support/expect-refusal.js';
import { buildApplication, demoPool, userId, type DemoPool } from '../support/factories.js';

let t: TestApp;
let pool: DemoPool;

const newMeeting = async (): Promise<string> => {
  const [m] = await t.db
    .insert(meetings)
    .values({ decisionBodyId: pool.bodyId, startsAt: new Date('2040-04-02T12:00:00Z'), location: 'Rådhuset' })
    .returning({ id: meetings.id });
  const appId = await buildApplication(t.db, { pool, state: 'on_agenda' });
  await t.db.insert(agendaItems).values({ meetingId: m?.id ?? '', applicationId: appId, position: 1 });
  return m?.id ?? '';
};
const toldOf = async (email: string, meetingId: string) =>
  t.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, await userId(t.db, email)), eq(notifications.link, paths.meetings.show({ meetingId }))));

beforeAll(async () => {
  t = await createTestApp('demo');
  pool = await demoPool(t.db, 'vejle');
});
afterAll(async () => t?.close());

describe('sending out the agenda tells the decision body', () => {
  it('the meeting becomes agenda_published, audited, and the decision body’s members are told (nobody else)', async () => {
    const meetingId = await newMeeting();
    const r = await publishAgenda(t.db, await t.actor('sekretariat@vejle.demo'), { meetingId });
    expect(r).toEqual({ id: meetingId, status: 'agenda_published', items: 1 });
    const [told] = await toldOf('raad@vejle.demo', meetingId);
    expect(told?.kind).toBe('meeting.agenda_published');
    expect(told?.body.da).toContain('1 punkter');
    expect(await toldOf('ansoeger@vejle.demo', meetingId)).toHaveLength(0);
    expect(await toldOf('bedoemmer@vejle.demo', meetingId)).toHaveLength(0);
    const audit = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.objectId, meetingId), eq(auditEvents.action, 'meeting.agenda_published')));
    expect(audit).toHaveLength(1);
    // Once sent, it cannot be sent again (and nobody is told twice).
    await expectRefusal(publishAgenda(t.db, await t.actor('sekretariat@vejle.demo'), { meetingId }), 'TRANSITION_NOT_ALLOWED');
    expect(await toldOf('raad@vejle.demo', meetingId)).toHaveLength(1);
  });

  it('the decision body itself may not send it, and is not told of a refused send', async () => {
    const meetingId = await newMeeting();
    await expectRefusal(publishAgenda(t.db, await t.actor('raad@vejle.demo'), { meetingId }), 'FORBIDDEN');
    expect(await toldOf('raad@vejle.demo', meetingId)).toHaveLength(0);
  });

  it('the meeting page has the button; the form sends it out and says so', async () => {
    const meetingId = await newMeeting();
    const client = await t.as('sekretariat@vejle.demo');
    const page = await (await client.get(paths.meetings.show({ meetingId }))).text();
    expect(page).toContain(`action="${paths.meetings.publishAgenda({ meetingId })}"`);
    const res = await client.postForm(paths.meetings.publishAgenda({ meetingId }), {});
    expect(res.status).toBe(303);
    const after = await (await client.get(res.headers.get('location') ?? '')).text();
    expect(after).toContain('Dagsordenen er udsendt');
    expect(after).not.toContain(`action="${paths.meetings.publishAgenda({ meetingId })}"`);
    // Again: a 409 on the page with the reason, not a 500.
    const again = await client.postForm(paths.meetings.publishAgenda({ meetingId }), {});
    expect(again.status).toBe(409);
  });

  it('the API operation publishAgenda does the same', async () => {
    const meetingId = await newMeeting();
    const client = await t.as('sekretariat@vejle.demo');
    const res = await client.api('POST', `/meetings/${meetingId}/agenda-publication`);
    expect(res.status).toBe(200);
    expect(await toldOf('raad@vejle.demo', meetingId)).toHaveLength(1);
  });
});
