import { describe, expect, it } from 'vitest';
import {
  APPLICATION_ACTIONS,
  APPLICATION_STATES,
  WORKFLOW_ROLES,
  applicantStatusLabel,
  applicationWorkflow,
  staffStatusLabel,
  type ApplicationAction,
  type ApplicationState,
  type ApplicationWorkflowContext,
  type WorkflowRole,
} from './application-workflow.js';
import { availableActions, transition, TransitionRefused } from './workflow.js';

/**
 * The brief's table, written out independently of the implementation:
 * [from-states, action, to, roles]. The generated test below compares the engine against it.
 */
const SPEC: [ApplicationState[], ApplicationAction, ApplicationState, WorkflowRole[]][] = [
  [['draft'], 'submit', 'submitted', ['applicant']],
  [['draft', 'submitted', 'more_info_requested', 'qualified', 'in_review', 'reviewed', 'recommended', 'deferred'], 'withdraw', 'withdrawn', ['applicant']],
  [['submitted', 'qualified'], 'request_more_info', 'more_info_requested', ['secretariat']],
  [['more_info_requested'], 'resubmit', 'submitted', ['applicant']],
  [['submitted'], 'qualify', 'qualified', ['secretariat']],
  [['submitted', 'qualified'], 'reject_ineligible', 'rejected_ineligible', ['secretariat']],
  [['qualified'], 'start_review', 'in_review', ['secretariat']],
  [['in_review'], 'complete_review', 'reviewed', ['secretariat']],
  [['reviewed'], 'recommend', 'recommended', ['secretariat']],
  [['reviewed'], 'not_recommend', 'not_recommended', ['secretariat']],
  [['recommended', 'not_recommended', 'deferred'], 'put_on_agenda', 'on_agenda', ['secretariat']],
  [['on_agenda'], 'approve', 'approved', ['decision_body', 'secretariat']],
  [['on_agenda'], 'reject', 'rejected', ['decision_body', 'secretariat']],
  [['on_agenda'], 'defer', 'deferred', ['decision_body', 'secretariat']],
  [['qualified', 'reviewed', 'recommended'], 'decide_directly_approve', 'approved', ['director']],
  [['qualified', 'reviewed', 'recommended'], 'decide_directly_reject', 'rejected', ['director']],
  // the project after the grant
  [['approved'], 'start_project', 'in_trial', ['secretariat', 'applicant']],
  [['in_trial', 'extended'], 'begin_follow_up', 'follow_up', ['secretariat', 'consultant']],
  [['in_trial', 'extended', 'follow_up'], 'record_evaluation', 'evaluated', ['secretariat', 'consultant']],
  [['evaluated'], 'decide_operation', 'in_operation', ['outcome_decider']],
  [['evaluated'], 'decide_scale_up', 'scaled_up', ['outcome_decider']],
  [['evaluated'], 'decide_extension', 'extended', ['outcome_decider']],
  [['approved', 'in_trial', 'extended', 'follow_up', 'evaluated'], 'stop_project', 'stopped', ['outcome_decider', 'secretariat']],
  [['in_operation', 'scaled_up', 'stopped'], 'close_project', 'closed', ['secretariat']],
];

/** A context that satisfies every guard. */
const ok: ApplicationWorkflowContext = { reviewerCount: 2, submittedReviewCount: 1, lineDecidedDirectly: true, hasEvaluation: true, hasHandover: true };

function refusalCode(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof TransitionRefused) return e.code;
    throw e;
  }
  return 'NO_ERROR';
}

describe('application workflow: every state × action × role', () => {
  const cases: [ApplicationState, ApplicationAction, WorkflowRole][] = [];
  for (const s of APPLICATION_STATES) for (const a of APPLICATION_ACTIONS) for (const r of WORKFLOW_ROLES) cases.push([s, a, r]);

  it('covers 22 states × 24 actions × 7 roles', () => {
    expect(cases).toHaveLength(22 * 24 * 7);
  });

  it.each(cases)('%s + %s by %s', (state, action, role) => {
    const row = SPEC.find(([from, act]) => act === action && from.includes(state));
    if (!row) {
      expect(refusalCode(() => transition(applicationWorkflow, state, action, [role], ok))).toBe('TRANSITION_NOT_ALLOWED');
    } else if (!row[3].includes(role)) {
      expect(refusalCode(() => transition(applicationWorkflow, state, action, [role], ok))).toBe('ROLE_NOT_ALLOWED');
    } else {
      expect(transition(applicationWorkflow, state, action, [role], ok)).toBe(row[2]);
    }
  });

  it('the implementation has no transitions beyond the spec', () => {
    const specPairs = SPEC.flatMap(([from, a]) => from.map((f) => `${f}/${a}`)).sort();
    const implPairs = applicationWorkflow.transitions.flatMap((t) => t.from.map((f) => `${f}/${t.action}`)).sort();
    expect(implPairs).toEqual(specPairs);
  });
});

describe('guards', () => {
  it('start_review needs at least one reviewer', () => {
    expect(refusalCode(() => transition(applicationWorkflow, 'qualified', 'start_review', ['secretariat'], { ...ok, reviewerCount: 0 }))).toBe('NO_REVIEWERS');
    expect(refusalCode(() => transition(applicationWorkflow, 'qualified', 'start_review', ['secretariat'], {}))).toBe('NO_REVIEWERS');
    expect(transition(applicationWorkflow, 'qualified', 'start_review', ['secretariat'], { reviewerCount: 1 })).toBe('in_review');
  });
  it('complete_review needs a submitted review', () => {
    expect(refusalCode(() => transition(applicationWorkflow, 'in_review', 'complete_review', ['secretariat'], { submittedReviewCount: 0 }))).toBe(
      'NO_SUBMITTED_REVIEWS',
    );
    expect(transition(applicationWorkflow, 'in_review', 'complete_review', ['secretariat'], { submittedReviewCount: 1 })).toBe('reviewed');
  });
  it('direct decisions need a directly decided budget line', () => {
    for (const action of ['decide_directly_approve', 'decide_directly_reject'] as const) {
      expect(refusalCode(() => transition(applicationWorkflow, 'recommended', action, ['director'], { lineDecidedDirectly: false }))).toBe(
        'LINE_NOT_DECIDED_DIRECTLY',
      );
      expect(refusalCode(() => transition(applicationWorkflow, 'recommended', action, ['director'], {}))).toBe('LINE_NOT_DECIDED_DIRECTLY');
    }
    expect(transition(applicationWorkflow, 'qualified', 'decide_directly_approve', ['director'], { lineDecidedDirectly: true })).toBe('approved');
  });
  it('the guard message is bilingual', () => {
    try {
      transition(applicationWorkflow, 'qualified', 'start_review', ['secretariat'], {});
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TransitionRefused);
      if (e instanceof TransitionRefused) expect(e.refusal.message.da).toBe('Tildel mindst én bedømmer, før bedømmelsen startes.');
    }
  });
});

describe('project guards', () => {
  it('run, scale up and extend need an evaluation', () => {
    for (const action of ['decide_operation', 'decide_scale_up', 'decide_extension'] as const) {
      expect(refusalCode(() => transition(applicationWorkflow, 'evaluated', action, ['outcome_decider'], {}))).toBe('NO_EVALUATION');
    }
  });
  it('an operated or scaled-up project closes only after the handover; a stopped one without', () => {
    expect(refusalCode(() => transition(applicationWorkflow, 'scaled_up', 'close_project', ['secretariat'], {}))).toBe('NO_HANDOVER');
    expect(transition(applicationWorkflow, 'stopped', 'close_project', ['secretariat'], {})).toBe('closed');
  });
  it('walks approved → scaled up → closed', () => {
    const steps: [ApplicationAction, WorkflowRole, ApplicationState][] = [
      ['start_project', 'applicant', 'in_trial'],
      ['begin_follow_up', 'consultant', 'follow_up'],
      ['record_evaluation', 'consultant', 'evaluated'],
      ['decide_scale_up', 'outcome_decider', 'scaled_up'],
      ['close_project', 'secretariat', 'closed'],
    ];
    let s: ApplicationState = 'approved';
    for (const [a, r, expected] of steps) {
      s = transition(applicationWorkflow, s, a, [r], ok);
      expect(s).toBe(expected);
    }
  });
});

describe('availableActions and a full path', () => {
  it('lists what a secretariat member can do with a submitted application', () => {
    expect(availableActions(applicationWorkflow, 'submitted', ['secretariat'], ok)).toEqual(['request_more_info', 'qualify', 'reject_ineligible']);
    expect(availableActions(applicationWorkflow, 'approved', [...WORKFLOW_ROLES], ok)).toEqual(['start_project', 'stop_project']);
    expect(availableActions(applicationWorkflow, 'closed', [...WORKFLOW_ROLES], ok)).toEqual([]);
  });
  it('walks draft → approved, with a deferral', () => {
    const steps: [ApplicationAction, WorkflowRole, ApplicationState][] = [
      ['submit', 'applicant', 'submitted'],
      ['request_more_info', 'secretariat', 'more_info_requested'],
      ['resubmit', 'applicant', 'submitted'],
      ['qualify', 'secretariat', 'qualified'],
      ['start_review', 'secretariat', 'in_review'],
      ['complete_review', 'secretariat', 'reviewed'],
      ['recommend', 'secretariat', 'recommended'],
      ['put_on_agenda', 'secretariat', 'on_agenda'],
      ['defer', 'decision_body', 'deferred'],
      ['put_on_agenda', 'secretariat', 'on_agenda'],
      ['approve', 'decision_body', 'approved'],
    ];
    let s: ApplicationState = 'draft';
    for (const [a, r, expected] of steps) {
      s = transition(applicationWorkflow, s, a, [r], ok);
      expect(s).toBe(expected);
    }
  });
});

describe('status labels', () => {
  it('has staff and applicant labels for every state', () => {
    for (const s of APPLICATION_STATES) {
      expect(staffStatusLabel[s].da).not.toBe('');
      expect(applicantStatusLabel[s].en).not.toBe('');
    }
  });
  it('hides internal steps from the applicant', () => {
    for (const s of ['qualified', 'in_review', 'reviewed', 'recommended', 'not_recommended', 'on_agenda'] as const) {
      expect(applicantStatusLabel[s].da).toBe('Under behandling');
    }
    expect(applicantStatusLabel.approved.da).toBe('Bevilget');
    expect(applicantStatusLabel.rejected.da).toBe('Afslået');
    expect(applicantStatusLabel.rejected_ineligible.da).toBe('Afslået');
    expect(applicantStatusLabel.more_info_requested.da).toBe('Mangler oplysninger fra dig');
    expect(applicantStatusLabel.draft.da).toBe('Kladde');
    expect(applicantStatusLabel.submitted.da).toBe('Indsendt');
    expect(applicantStatusLabel.withdrawn.da).toBe('Trukket tilbage');
  });
});
