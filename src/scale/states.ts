import type { ApplicationState } from '../domain/application-workflow.js';

/**
 * How the generated applications spread over the workflow's states and what each state implies was
 * done to it: `step` 1 submitted (a version), 2 screened, 3 reviewers assigned, 4 reviews submitted,
 * 5 recommendation, 6 on an agenda, 7 decided; `committed` money, `project` started, `payoutPct` of the
 * commitment paid, `returnRest` the unpaid rest returned. Ages are days before the seeding day.
 */
export interface StateSpec {
  state: ApplicationState;
  weight: number;
  ageMin: number;
  ageMax: number;
  step: number;
  screen?: 'qualify' | 'reject_ineligible';
  recommendation?: 'recommend' | 'not_recommend';
  outcome?: 'approve' | 'reject' | 'defer';
  infoRequest?: boolean;
  project?: boolean;
  payoutPct?: number;
  returnRest?: boolean;
}

export const STATE_SPECS: readonly StateSpec[] = [
  { state: 'draft', weight: 8, ageMin: 0, ageMax: 120, step: 0 },
  { state: 'submitted', weight: 5, ageMin: 0, ageMax: 30, step: 1 },
  { state: 'more_info_requested', weight: 3, ageMin: 5, ageMax: 60, step: 1, infoRequest: true },
  { state: 'qualified', weight: 3, ageMin: 10, ageMax: 60, step: 2, screen: 'qualify' },
  { state: 'rejected_ineligible', weight: 4, ageMin: 20, ageMax: 900, step: 2, screen: 'reject_ineligible' },
  { state: 'in_review', weight: 5, ageMin: 20, ageMax: 90, step: 3, screen: 'qualify' },
  { state: 'reviewed', weight: 3, ageMin: 30, ageMax: 100, step: 4, screen: 'qualify' },
  { state: 'recommended', weight: 3, ageMin: 40, ageMax: 120, step: 5, screen: 'qualify', recommendation: 'recommend' },
  { state: 'not_recommended', weight: 2, ageMin: 40, ageMax: 120, step: 5, screen: 'qualify', recommendation: 'not_recommend' },
  { state: 'on_agenda', weight: 3, ageMin: 40, ageMax: 120, step: 6, screen: 'qualify', recommendation: 'recommend' },
  { state: 'approved', weight: 5, ageMin: 60, ageMax: 400, step: 7, screen: 'qualify', recommendation: 'recommend', outcome: 'approve' },
  { state: 'rejected', weight: 12, ageMin: 60, ageMax: 900, step: 7, screen: 'qualify', recommendation: 'not_recommend', outcome: 'reject' },
  { state: 'deferred', weight: 2, ageMin: 60, ageMax: 200, step: 7, screen: 'qualify', recommendation: 'recommend', outcome: 'defer' },
  { state: 'withdrawn', weight: 4, ageMin: 10, ageMax: 600, step: 1 },
  {
    state: 'in_trial',
    weight: 8,
    ageMin: 200,
    ageMax: 700,
    step: 7,
    screen: 'qualify',
    recommendation: 'recommend',
    outcome: 'approve',
    project: true,
    payoutPct: 30,
  },
  {
    state: 'follow_up',
    weight: 8,
    ageMin: 300,
    ageMax: 800,
    step: 7,
    screen: 'qualify',
    recommendation: 'recommend',
    outcome: 'approve',
    project: true,
    payoutPct: 60,
  },
  {
    state: 'evaluated',
    weight: 4,
    ageMin: 500,
    ageMax: 1000,
    step: 7,
    screen: 'qualify',
    recommendation: 'recommend',
    outcome: 'approve',
    project: true,
    payoutPct: 90,
  },
  {
    state: 'in_operation',
    weight: 6,
    ageMin: 600,
    ageMax: 1050,
    step: 7,
    screen: 'qualify',
    recommendation: 'recommend',
    outcome: 'approve',
    project: true,
    payoutPct: 100,
  },
  {
    state: 'scaled_up',
    weight: 3,
    ageMin: 600,
    ageMax: 1050,
    step: 7,
    screen: 'qualify',
    recommendation: 'recommend',
    outcome: 'approve',
    project: true,
    payoutPct: 100,
  },
  {
    state: 'extended',
    weight: 2,
    ageMin: 600,
    ageMax: 1050,
    step: 7,
    screen: 'qualify',
    recommendation: 'recommend',
    outcome: 'approve',
    project: true,
    payoutPct: 80,
  },
  {
    state: 'stopped',
    weight: 3,
    ageMin: 500,
    ageMax: 1000,
    step: 7,
    screen: 'qualify',
    recommendation: 'recommend',
    outcome: 'approve',
    project: true,
    payoutPct: 50,
    returnRest: true,
  },
  {
    state: 'closed',
    weight: 8,
    ageMin: 700,
    ageMax: 1060,
    step: 7,
    screen: 'qualify',
    recommendation: 'recommend',
    outcome: 'approve',
    project: true,
    payoutPct: 90,
    returnRest: true,
  },
];
