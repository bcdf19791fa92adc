import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/rows.js';
import { meetings, meetingStatusEnum } from '../../src/db/schema/pools.js';
import {
  MEETING_ACTIONS,
  MEETING_ROLES,
  MEETING_STATES,
  meetingActionRefusal,
  meetingWorkflow,
  type MeetingAction,
  type MeetingRole,
  type MeetingState,
  type MeetingWorkflowContext,
} from '../../src/domain/meeting-workflow.js';
import { AppError } from '../../src/errors.js';
import { applyMeetingTransition } from '../../src/usecases/meetings/apply-meeting-transition.js';
import type { Actor } from '../../src/usecases/shared/actor.js';
import { demoPool, type DemoPool } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/app.js';

/**
 * Every meeting action from every status by each meeting role, through applyMeetingTransition and the
 * database: generated from the table. A meeting sits in each status; each attempt is rolled back.
 */
const ok: MeetingWorkflowContext = { decisionCount: 0, itemCount: 1, undecidedPositions: [] };
/** The demo users holding exactly one meeting role in Vejle. */
const USERS: Record<MeetingRole, string> = { secretariat: 'sekretariat@vejle.demo', decision_body: 'raad@vejle.demo' };

class Rollback extends Error {}

let t: TestApp;
let pool: DemoPool;
const actors = new Map<MeetingRole, Actor>();
const sample = new Map<MeetingState, string>();

beforeAll(async () => {
  t = await createTestApp('demo');
  pool = await demoPool(t.db, 'vejle');
  for (const r of MEETING_ROLES) actors.set(r, await t.actor(USERS[r]));
  for (const status of MEETING_STATES) {
    const [m] = await t.db
      .insert(meetings)
      .values({ decisionBodyId: pool.bodyId, startsAt: new Date('2021-06-01T13:00:00Z'), status })
      .returning();
    if (!m) throw new Error('insert failed');
    sample.set(status, m.id);
  }
});
afterAll(() => t.close());

type Outcome = { ok: true; to: MeetingState; stored: MeetingState; audited: number } | { ok: false; code: string; message: string };

async function attempt(status: MeetingState, action: MeetingAction, role: MeetingRole, ctx = ok): Promise<Outcome> {
  const meetingId = sample.get(status) ?? '';
  let outcome: Outcome | undefined;
  try {
    await t.db.transaction(async (tx) => {
      const r = await applyMeetingTransition(tx, actors.get(role) as Actor, { meetingId, action, ctx });
      const [row] = await tx.select({ status: meetings.status }).from(meetings).where(eq(meetings.id, meetingId));
      const audited = rowsOf<{ n: number }>(
        await tx.execute(sql`select count(*)::int as n from audit_events where object_id = ${meetingId} and action = ${`meeting.${action}`}`),
      )[0]?.n;
      outcome = { ok: true, to: r.to, stored: row?.status ?? status, audited: Number(audited ?? 0) };
      throw new Rollback();
    });
  } catch (err) {
    if (err instanceof Rollback) return outcome as Outcome;
    if (err instanceof AppError) return { ok: false, code: err.code, message: err.userMessage.da };
    throw err;
  }
  throw new Error('unreachable');
}

const cases: [MeetingState, MeetingAction, MeetingRole][] = [];
for (const s of MEETING_STATES) for (const a of MEETING_ACTIONS) for (const r of MEETING_ROLES) cases.push([s, a, r]);

describe('applyMeetingTransition: every status × action × role, generated from the table', () => {
  it('the table has the database’s statuses', () => {
    expect([...MEETING_STATES]).toEqual([...meetingStatusEnum.enumValues]);
  });

  it.each(cases)('%s + %s by %s', async (status, action, role) => {
    const def = meetingWorkflow.find(status, action);
    const res = await attempt(status, action, role);
    if (!def) {
      expect(res).toEqual({ ok: false, code: 'TRANSITION_NOT_ALLOWED', message: meetingActionRefusal[action].da });
    } else if (!def.roles.includes(role)) {
      expect(res).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    } else {
      const to = typeof def.to === 'function' ? def.to(ok) : def.to;
      expect(res).toEqual({ ok: true, to, stored: to, audited: 1 });
    }
  });

  it('leaves every sample in its status', async () => {
    for (const [status, id] of sample) {
      const [row] = await t.db.select({ status: meetings.status }).from(meetings).where(eq(meetings.id, id));
      expect(row?.status).toBe(status);
    }
  });

  it('a guard refuses with its own message', async () => {
    const res = await attempt('held', 'publish_minutes', 'decision_body', { itemCount: 2, undecidedPositions: [2] });
    expect(res).toEqual({
      ok: false,
      code: 'TRANSITION_NOT_ALLOWED',
      message: 'Der mangler en afgørelse på punkt 2. Alle punkter skal være afgjort, før referatet offentliggøres.',
    });
  });

  it('another organisation gets 404', async () => {
    const aarhus = await t.actor('sekretariat@aarhus.demo');
    await expect(applyMeetingTransition(t.db, aarhus, { meetingId: sample.get('planned') ?? '', action: 'set_agenda', ctx: ok })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
