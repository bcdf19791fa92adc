import type { Bilingual } from './bilingual.js';
import { defineWorkflow, type GuardFailure, type TransitionDef } from './workflow.js';

/** A state's badge colour (DKFDS badge variants). */
export type StateBadge = 'info' | 'success' | 'warning' | 'error';

/** Where in a case's life a state lies: views group and filter by it. */
export type CaseStage = 'draft' | 'intake' | 'assessment' | 'decision' | 'decided' | 'project' | 'closed';

export interface ApplicationStateInfo {
  /** The name staff see. */
  staff: Bilingual;
  /** The name the applicant sees (internal steps are all "Under behandling"). */
  applicant: Bilingual;
  badge: StateBadge;
  stage: CaseStage;
  /** No transition leaves it. */
  terminal?: boolean;
  /** The secretariat's inbox lists it (every state after submission). */
  inInbox: boolean;
}

const inProgress: Bilingual = { da: 'Under behandling', en: 'Being processed' };
const refused: Bilingual = { da: 'Afslået', en: 'Rejected' };
const same = (b: Bilingual) => ({ staff: b, applicant: b });

/** The application's states in order, each with what views need to show it. */
export const applicationStates = {
  draft: { ...same({ da: 'Kladde', en: 'Draft' }), badge: 'info', stage: 'draft', inInbox: false },
  submitted: { ...same({ da: 'Indsendt', en: 'Submitted' }), badge: 'info', stage: 'intake', inInbox: true },
  more_info_requested: {
    staff: { da: 'Afventer oplysninger fra ansøger', en: 'Awaiting information from applicant' },
    applicant: { da: 'Mangler oplysninger fra dig', en: 'Information needed from you' },
    badge: 'warning',
    stage: 'intake',
    inInbox: true,
  },
  qualified: { staff: { da: 'Kvalificeret', en: 'Qualified' }, applicant: inProgress, badge: 'info', stage: 'assessment', inInbox: true },
  rejected_ineligible: {
    staff: { da: 'Afvist – opfylder ikke kriterierne', en: 'Rejected – not eligible' },
    applicant: refused,
    badge: 'error',
    stage: 'closed',
    terminal: true,
    inInbox: true,
  },
  in_review: { staff: { da: 'Under bedømmelse', en: 'In review' }, applicant: inProgress, badge: 'info', stage: 'assessment', inInbox: true },
  reviewed: { staff: { da: 'Bedømt', en: 'Reviewed' }, applicant: inProgress, badge: 'info', stage: 'assessment', inInbox: true },
  recommended: { staff: { da: 'Indstillet', en: 'Recommended' }, applicant: inProgress, badge: 'info', stage: 'decision', inInbox: true },
  not_recommended: { staff: { da: 'Ikke indstillet', en: 'Not recommended' }, applicant: inProgress, badge: 'info', stage: 'decision', inInbox: true },
  on_agenda: { staff: { da: 'På dagsordenen', en: 'On the agenda' }, applicant: inProgress, badge: 'info', stage: 'decision', inInbox: true },
  // Approved: a project that has not started yet (nothing is due until the actual start is recorded).
  approved: { ...same({ da: 'Bevilget', en: 'Approved' }), badge: 'success', stage: 'decided', inInbox: true },
  rejected: { ...same(refused), badge: 'error', stage: 'closed', terminal: true, inInbox: true },
  deferred: { staff: { da: 'Udsat', en: 'Deferred' }, applicant: inProgress, badge: 'info', stage: 'decision', inInbox: true },
  withdrawn: { ...same({ da: 'Trukket tilbage', en: 'Withdrawn' }), badge: 'info', stage: 'closed', terminal: true, inInbox: true },
  // --- the project after the grant (same record) ---
  in_trial: { ...same({ da: 'Igangsat – afprøvning', en: 'Started – in trial' }), badge: 'info', stage: 'project', inInbox: true },
  follow_up: { ...same({ da: 'Opfølgning på mål', en: 'Follow-up on goals' }), badge: 'info', stage: 'project', inInbox: true },
  evaluated: { ...same({ da: 'Evalueret', en: 'Evaluated' }), badge: 'info', stage: 'project', inInbox: true },
  in_operation: { ...same({ da: 'I drift', en: 'In operation' }), badge: 'success', stage: 'project', inInbox: true },
  scaled_up: { ...same({ da: 'Opskaleret', en: 'Scaled up' }), badge: 'success', stage: 'project', inInbox: true },
  extended: { ...same({ da: 'Forlænget', en: 'Extended' }), badge: 'warning', stage: 'project', inInbox: true },
  stopped: { ...same({ da: 'Stoppet', en: 'Stopped' }), badge: 'error', stage: 'project', inInbox: true },
  closed: { ...same({ da: 'Afsluttet', en: 'Closed' }), badge: 'info', stage: 'closed', terminal: true, inInbox: true },
} as const satisfies Record<string, ApplicationStateInfo>;

export const APPLICATION_STATES = Object.keys(applicationStates) as [keyof typeof applicationStates, ...(keyof typeof applicationStates)[]];
export type ApplicationState = (typeof APPLICATION_STATES)[number];

export const APPLICATION_ACTIONS = [
  'submit',
  'withdraw',
  'request_more_info',
  'resubmit',
  'qualify',
  'reject_ineligible',
  'start_review',
  'complete_review',
  'recommend',
  'not_recommend',
  'put_on_agenda',
  'approve',
  'reject',
  'defer',
  'decide_directly_approve',
  'decide_directly_reject',
  // the project after the grant
  'start_project',
  'begin_follow_up',
  'record_evaluation',
  'decide_operation',
  'decide_scale_up',
  'decide_extension',
  'stop_project',
  'close_project',
] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

/**
 * 'applicant' means the lead applicant of this application only (the caller decides that);
 * 'consultant' a welfare-technology consultant assigned to the project; 'outcome_decider' whoever
 * the pool names to decide run, scale or stop (Vejle: the administrative management).
 */
export const WORKFLOW_ROLES = ['applicant', 'secretariat', 'reviewer', 'decision_body', 'director', 'consultant', 'outcome_decider'] as const;
export type WorkflowRole = (typeof WORKFLOW_ROLES)[number];

/** Facts the guards need; a missing fact fails the guard that needs it. */
export interface ApplicationWorkflowContext {
  reviewerCount?: number;
  submittedReviewCount?: number;
  /** The application's budget line is decided by the directors (e.g. Vejle's Innovation og Test). */
  lineDecidedDirectly?: boolean;
  /** The project has an evaluation recorded (needed before run/scale/extend is decided). */
  hasEvaluation?: boolean;
  /** The project's handover to operation is recorded (needed before an operated project closes). */
  hasHandover?: boolean;
}

/** What a view needs to show a state (labels, badge, stage). */
export const stateInfo = (state: ApplicationState): ApplicationStateInfo => applicationStates[state];

export const TERMINAL_STATES: readonly ApplicationState[] = APPLICATION_STATES.filter((s) => stateInfo(s).terminal === true);

const needReviewers = (ctx: ApplicationWorkflowContext): GuardFailure | null =>
  (ctx.reviewerCount ?? 0) >= 1
    ? null
    : {
        code: 'NO_REVIEWERS',
        message: { da: 'Tildel mindst én bedømmer, før bedømmelsen startes.', en: 'Assign at least one reviewer before starting the review.' },
      };

const needSubmittedReview = (ctx: ApplicationWorkflowContext): GuardFailure | null =>
  (ctx.submittedReviewCount ?? 0) >= 1
    ? null
    : {
        code: 'NO_SUBMITTED_REVIEWS',
        message: { da: 'Mindst én bedømmelse skal være afleveret.', en: 'At least one review must be submitted.' },
      };

const needDirectLine = (ctx: ApplicationWorkflowContext): GuardFailure | null =>
  ctx.lineDecidedDirectly === true
    ? null
    : {
        code: 'LINE_NOT_DECIDED_DIRECTLY',
        message: {
          da: 'Ansøgningens budgetlinje afgøres ikke direkte af direktionen. Den skal behandles på et møde.',
          en: "The application's budget line is not decided directly by the directors. It must go to a meeting.",
        },
      };

const needEvaluation = (ctx: ApplicationWorkflowContext): GuardFailure | null =>
  ctx.hasEvaluation === true
    ? null
    : {
        code: 'NO_EVALUATION',
        message: { da: 'Projektet skal evalueres, før der træffes beslutning om drift.', en: 'The project must be evaluated before operation is decided.' },
      };

const needHandover = (ctx: ApplicationWorkflowContext): GuardFailure | null =>
  ctx.hasHandover === true
    ? null
    : {
        code: 'NO_HANDOVER',
        message: {
          da: 'Overdragelsen til drift skal registreres, før projektet kan afsluttes.',
          en: 'The handover to operation must be recorded before the project can close.',
        },
      };

type T = TransitionDef<ApplicationState, ApplicationAction, WorkflowRole, ApplicationWorkflowContext>;

const MEETING: WorkflowRole[] = ['decision_body', 'secretariat']; // the secretariat may record the minutes
const PROJECT_RUNNERS: WorkflowRole[] = ['secretariat', 'applicant']; // the project lead is the lead applicant
const TRIAL_STATES: ApplicationState[] = ['in_trial', 'extended'];

export const applicationTransitions: readonly T[] = [
  { action: 'submit', from: ['draft'], to: 'submitted', roles: ['applicant'] },
  {
    action: 'withdraw',
    from: ['draft', 'submitted', 'more_info_requested', 'qualified', 'in_review', 'reviewed', 'recommended', 'deferred'],
    to: 'withdrawn',
    roles: ['applicant'],
  },
  { action: 'request_more_info', from: ['submitted', 'qualified'], to: 'more_info_requested', roles: ['secretariat'] },
  { action: 'resubmit', from: ['more_info_requested'], to: 'submitted', roles: ['applicant'] },
  { action: 'qualify', from: ['submitted'], to: 'qualified', roles: ['secretariat'] },
  { action: 'reject_ineligible', from: ['submitted', 'qualified'], to: 'rejected_ineligible', roles: ['secretariat'] },
  { action: 'start_review', from: ['qualified'], to: 'in_review', roles: ['secretariat'], guard: needReviewers },
  { action: 'complete_review', from: ['in_review'], to: 'reviewed', roles: ['secretariat'], guard: needSubmittedReview },
  { action: 'recommend', from: ['reviewed'], to: 'recommended', roles: ['secretariat'] },
  { action: 'not_recommend', from: ['reviewed'], to: 'not_recommended', roles: ['secretariat'] },
  // A deferred application (postponed at a meeting, or taken off an agenda) can go on a later agenda.
  { action: 'put_on_agenda', from: ['recommended', 'not_recommended', 'deferred'], to: 'on_agenda', roles: ['secretariat'] },
  { action: 'approve', from: ['on_agenda'], to: 'approved', roles: MEETING },
  { action: 'reject', from: ['on_agenda'], to: 'rejected', roles: MEETING },
  // Postponing keeps the case's own status honest: a not-recommended application does not become
  // 'recommended' by being deferred (its recommendation record is unchanged).
  { action: 'defer', from: ['on_agenda'], to: 'deferred', roles: MEETING },
  {
    action: 'decide_directly_approve',
    from: ['qualified', 'reviewed', 'recommended'],
    to: 'approved',
    roles: ['director'],
    guard: needDirectLine,
  },
  {
    action: 'decide_directly_reject',
    from: ['qualified', 'reviewed', 'recommended'],
    to: 'rejected',
    roles: ['director'],
    guard: needDirectLine,
  },
  // --- the project after the grant ---
  { action: 'start_project', from: ['approved'], to: 'in_trial', roles: PROJECT_RUNNERS },
  { action: 'begin_follow_up', from: TRIAL_STATES, to: 'follow_up', roles: ['secretariat', 'consultant'] },
  { action: 'record_evaluation', from: [...TRIAL_STATES, 'follow_up'], to: 'evaluated', roles: ['secretariat', 'consultant'] },
  { action: 'decide_operation', from: ['evaluated'], to: 'in_operation', roles: ['outcome_decider'], guard: needEvaluation },
  { action: 'decide_scale_up', from: ['evaluated'], to: 'scaled_up', roles: ['outcome_decider'], guard: needEvaluation },
  { action: 'decide_extension', from: ['evaluated'], to: 'extended', roles: ['outcome_decider'], guard: needEvaluation },
  { action: 'stop_project', from: ['approved', ...TRIAL_STATES, 'follow_up', 'evaluated'], to: 'stopped', roles: ['outcome_decider', 'secretariat'] },
  { action: 'close_project', from: ['in_operation', 'scaled_up'], to: 'closed', roles: ['secretariat'], guard: needHandover },
  { action: 'close_project', from: ['stopped'], to: 'closed', roles: ['secretariat'] },
];

export const applicationWorkflow = defineWorkflow<ApplicationState, ApplicationAction, WorkflowRole, ApplicationWorkflowContext>({
  states: APPLICATION_STATES,
  actions: APPLICATION_ACTIONS,
  transitions: applicationTransitions,
});

const labels = (pick: 'staff' | 'applicant') =>
  Object.fromEntries(APPLICATION_STATES.map((st) => [st, applicationStates[st][pick]])) as Record<ApplicationState, Bilingual>;

/** Status names for staff. */
export const staffStatusLabel = labels('staff');

/** Status names shown to the applicant (internal steps are all "Under behandling"). */
export const applicantStatusLabel = labels('applicant');
