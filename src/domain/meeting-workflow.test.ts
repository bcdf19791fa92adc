import { describe, expect, it } from 'vitest';
import {
  MEETING_ACTIONS,
  MEETING_ROLES,
  MEETING_STATES,
  meetingActionRefusal,
  meetingDisplayInfo,
  meetingDisplayState,
  meetingStateInfo,
  meetingWorkflow,
  type MeetingAction,
  type MeetingRole,
  type MeetingState,
  type MeetingWorkflowContext,
} from './meeting-workflow.js';
import { availableActions, check, transition, TransitionRefused } from './workflow.js';

/**
 * The meeting's table, written out independently of the implementation:
 * [from-states, action, to (per from-state), roles]. The generated test compares the engine against it.
 */
const SPEC: [MeetingState[], MeetingAction, (from: MeetingState) => MeetingState, MeetingRole[]][] = [
  [['planned'], 'publish_agenda', () => 'agenda_published', ['secretariat']],
  [['planned', 'agenda_published'], 'set_agenda', (from) => from, ['secretariat']],
  [['planned', 'agenda_published', 'held'], 'record_decision', () => 'held', ['secretariat', 'decision_body']],
  [['planned', 'agenda_published', 'held'], 'write_minutes', (from) => from, ['secretariat']],
  [['planned', 'agenda_published', 'held'], 'publish_minutes', () => 'minutes_published', ['secretariat', 'decision_body']],
  [['planned', 'agenda_published'], 'cancel', () => 'cancelled', ['secretariat']],
];

/** A context that satisfies every guard. */
const START = new Date('2026-03-12T14:00:00Z'); // 12 March 2026 15:00 in Copenhagen
const ok: MeetingWorkflowContext = { decisionCount: 0, itemCount: 2, undecidedPositions: [], startsAt: START, now: new Date('2026-03-12T14:00:00Z') };

function refusalCode(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof TransitionRefused) return e.code;
    throw e;
  }
  return 'NO_ERROR';
}

describe('meeting workflow: every state × action × role', () => {
  const cases: [MeetingState, MeetingAction, MeetingRole][] = [];
  for (const s of MEETING_STATES) for (const a of MEETING_ACTIONS) for (const r of MEETING_ROLES) cases.push([s, a, r]);

  it('covers 5 states × 6 actions × 2 roles', () => {
    expect(cases).toHaveLength(5 * 6 * 2);
  });

  it.each(cases)('%s + %s by %s', (state, action, role) => {
    const row = SPEC.find(([from, act]) => act === action && from.includes(state));
    if (!row) {
      expect(refusalCode(() => transition(meetingWorkflow, state, action, [role], ok))).toBe('TRANSITION_NOT_ALLOWED');
    } else if (!row[3].includes(role)) {
      expect(refusalCode(() => transition(meetingWorkflow, state, action, [role], ok))).toBe('ROLE_NOT_ALLOWED');
    } else {
      expect(transition(meetingWorkflow, state, action, [role], ok)).toBe(row[2](state));
    }
  });

  it('the implementation has no transitions beyond the spec', () => {
    const specPairs = SPEC.flatMap(([from, a]) => from.map((f) => `${f}/${a}`)).sort();
    const implPairs = meetingWorkflow.transitions.flatMap((t) => t.from.map((f) => `${f}/${t.action}`)).sort();
    expect(implPairs).toEqual(specPairs);
  });

  it('terminal states have no way out', () => {
    for (const s of MEETING_STATES.filter((x) => meetingStateInfo(x).terminal)) {
      expect(availableActions(meetingWorkflow, s, [...MEETING_ROLES], ok)).toEqual([]);
    }
  });
});

describe('meeting guards', () => {
  it('the agenda is fixed once a decision is recorded', () => {
    expect(refusalCode(() => transition(meetingWorkflow, 'planned', 'set_agenda', ['secretariat'], { decisionCount: 1 }))).toBe('DECISIONS_RECORDED');
    expect(refusalCode(() => transition(meetingWorkflow, 'agenda_published', 'set_agenda', ['secretariat'], {}))).toBe('DECISIONS_RECORDED');
    expect(transition(meetingWorkflow, 'agenda_published', 'set_agenda', ['secretariat'], { decisionCount: 0 })).toBe('agenda_published');
  });
  it('the minutes need a non-empty agenda with every item decided', () => {
    expect(refusalCode(() => transition(meetingWorkflow, 'held', 'publish_minutes', ['decision_body'], { itemCount: 0, undecidedPositions: [] }))).toBe(
      'AGENDA_EMPTY',
    );
    const r = check(meetingWorkflow, 'held', 'publish_minutes', ['decision_body'], { itemCount: 3, undecidedPositions: [2, 3] });
    expect(r.allowed).toBe(false);
    if (!r.allowed) {
      expect(r.refusal.code).toBe('ITEMS_UNDECIDED');
      expect(r.refusal.message.da).toBe('Der mangler en afgørelse på punkt 2, 3. Alle punkter skal være afgjort, før referatet offentliggøres.');
    }
    expect(refusalCode(() => transition(meetingWorkflow, 'held', 'publish_minutes', ['decision_body'], { itemCount: 1 }))).toBe('ITEMS_UNDECIDED');
  });
});

describe('the meeting must have started', () => {
  const before = { ...ok, now: new Date('2026-03-12T13:59:00Z') };
  it('decisions are refused before the start, with the start in Danish time', () => {
    const r = check(meetingWorkflow, 'agenda_published', 'record_decision', ['decision_body'], before);
    expect(r.allowed).toBe(false);
    if (!r.allowed) {
      expect(r.refusal.code).toBe('MEETING_NOT_STARTED');
      expect(r.refusal.message.da).toBe('Mødet er ikke begyndt endnu. Afgørelser og referat kan registreres fra mødets start (12. marts 2026 kl. 15.00).');
    }
    expect(transition(meetingWorkflow, 'agenda_published', 'record_decision', ['decision_body'], ok)).toBe('held');
  });
  it('the minutes text likewise, and a missing start or now counts as not started', () => {
    expect(refusalCode(() => transition(meetingWorkflow, 'planned', 'write_minutes', ['secretariat'], before))).toBe('MEETING_NOT_STARTED');
    expect(refusalCode(() => transition(meetingWorkflow, 'planned', 'record_decision', ['secretariat'], { decisionCount: 0 }))).toBe('MEETING_NOT_STARTED');
    expect(transition(meetingWorkflow, 'held', 'write_minutes', ['secretariat'], ok)).toBe('held');
  });
});

describe('the display state', () => {
  it('a started meeting without minutes awaits its minutes; before the start it is planned', () => {
    const justBefore = new Date(START.getTime() - 60_000);
    expect(meetingDisplayState('planned', START, justBefore)).toBe('planned');
    expect(meetingDisplayState('planned', START, START)).toBe('awaiting_minutes');
    expect(meetingDisplayState('agenda_published', START, new Date('2026-04-01T00:00:00Z'))).toBe('awaiting_minutes');
    expect(meetingDisplayInfo('awaiting_minutes').label.da).toBe('Afventer referat');
    expect(meetingDisplayState('held', START, new Date('2026-04-01T00:00:00Z'))).toBe('held');
    expect(meetingDisplayState('minutes_published', START, new Date('2026-04-01T00:00:00Z'))).toBe('minutes_published');
    expect(meetingDisplayState('cancelled', START, new Date('2026-04-01T00:00:00Z'))).toBe('cancelled');
  });
});

describe('meeting statuses', () => {
  it('have a Danish and English label, a badge and a refusal message per action', () => {
    for (const s of MEETING_STATES) {
      expect(meetingStateInfo(s).label.da).not.toBe('');
      expect(meetingStateInfo(s).label.en).not.toBe('');
      expect(['info', 'success', 'warning', 'error']).toContain(meetingStateInfo(s).badge);
    }
    for (const a of MEETING_ACTIONS) expect(meetingActionRefusal[a].da).not.toBe('');
    expect(meetingStateInfo('held').label.da).toBe('Afholdt – referat i gang');
  });
});
