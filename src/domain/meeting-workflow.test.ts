import { describe, expect, it } from 'vitest';
import {
  MEETING_ACTIONS,
  MEETING_ROLES,
  MEETING_STATES,
  meetingActionRefusal,
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
  [['planned', 'agenda_published', 'held'], 'publish_minutes', () => 'minutes_published', ['secretariat', 'decision_body']],
  [['planned', 'agenda_published'], 'cancel', () => 'cancelled', ['secretariat']],
];

/** A context that satisfies every guard. */
const ok: MeetingWorkflowContext = { decisionCount: 0, itemCount: 2, undecidedPositions: [] };

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

  it('covers 5 states × 5 actions × 2 roles', () => {
    expect(cases).toHaveLength(5 * 5 * 2);
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
