import type { Bilingual } from './bilingual.js';
import { defineWorkflow, type GuardFailure, type TransitionDef } from './workflow.js';

export const APPLICATION_STATES = [
  'draft',
  'submitted',
  'more_info_requested',
  'qualified',
  'rejected_ineligible',
  'in_review',
  'reviewed',
  'recommended',
  'not_recommended',
  'on_agenda',
  'approved',
  'rejected',
  'deferred',
  'withdrawn',
] as const;
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
] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

/** 'applicant' means the lead applicant of this application only (the caller decides that). */
export const WORKFLOW_ROLES = ['applicant', 'secretariat', 'reviewer', 'decision_body', 'director'] as const;
export type WorkflowRole = (typeof WORKFLOW_ROLES)[number];

/** Facts the guards need; a missing fact fails the guard that needs it. */
export interface ApplicationWorkflowContext {
  reviewerCount?: number;
  submittedReviewCount?: number;
  /** The application's budget line is decided by the directors (e.g. Vejle's Innovation og Test). */
  lineDecidedDirectly?: boolean;
}

export const TERMINAL_STATES: readonly ApplicationState[] = ['approved', 'rejected', 'rejected_ineligible', 'withdrawn'];

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

type T = TransitionDef<ApplicationState, ApplicationAction, WorkflowRole, ApplicationWorkflowContext>;

const MEETING: WorkflowRole[] = ['decision_body', 'secretariat']; // the secretariat may record the minutes

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
];

export const applicationWorkflow = defineWorkflow<ApplicationState, ApplicationAction, WorkflowRole, ApplicationWorkflowContext>({
  states: APPLICATION_STATES,
  actions: APPLICATION_ACTIONS,
  transitions: applicationTransitions,
});

/** Status names for staff. */
export const staffStatusLabel: Record<ApplicationState, Bilingual> = {
  draft: { da: 'Kladde', en: 'Draft' },
  submitted: { da: 'Indsendt', en: 'Submitted' },
  more_info_requested: { da: 'Afventer oplysninger fra ansøger', en: 'Awaiting information from applicant' },
  qualified: { da: 'Kvalificeret', en: 'Qualified' },
  rejected_ineligible: { da: 'Afvist – opfylder ikke kriterierne', en: 'Rejected – not eligible' },
  in_review: { da: 'Under bedømmelse', en: 'In review' },
  reviewed: { da: 'Bedømt', en: 'Reviewed' },
  recommended: { da: 'Indstillet', en: 'Recommended' },
  not_recommended: { da: 'Ikke indstillet', en: 'Not recommended' },
  on_agenda: { da: 'På dagsordenen', en: 'On the agenda' },
  approved: { da: 'Bevilget', en: 'Approved' },
  rejected: { da: 'Afslået', en: 'Rejected' },
  deferred: { da: 'Udsat', en: 'Deferred' },
  withdrawn: { da: 'Trukket tilbage', en: 'Withdrawn' },
};

const inProgress: Bilingual = { da: 'Under behandling', en: 'Being processed' };
const refused: Bilingual = { da: 'Afslået', en: 'Rejected' };

/** Status names shown to the applicant (internal steps are all "Under behandling"). */
export const applicantStatusLabel: Record<ApplicationState, Bilingual> = {
  draft: { da: 'Kladde', en: 'Draft' },
  submitted: { da: 'Indsendt', en: 'Submitted' },
  more_info_requested: { da: 'Mangler oplysninger fra dig', en: 'Information needed from you' },
  qualified: inProgress,
  rejected_ineligible: refused,
  in_review: inProgress,
  reviewed: inProgress,
  recommended: inProgress,
  not_recommended: inProgress,
  on_agenda: inProgress,
  approved: { da: 'Bevilget', en: 'Approved' },
  rejected: refused,
  deferred: inProgress,
  withdrawn: { da: 'Trukket tilbage', en: 'Withdrawn' },
};
