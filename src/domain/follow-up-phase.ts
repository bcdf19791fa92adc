import type { ApplicationState } from './application-workflow.js';

/**
 * Where a project stands in its pool's phase model (Vejle's six phases, Horsens's reports after 6
 * and 12 months, Aarhus's køreplan). Phase models are configuration (key + label), so the workflow
 * state is matched to the first phase whose key starts with one of these words, in order.
 */
const PHASE_KEYS: Partial<Record<ApplicationState, readonly string[]>> = {
  approved: ['godkendelse', 'ansoegning'],
  in_trial: ['afproevning', 'gennemfoerelse'],
  extended: ['afproevning', 'gennemfoerelse'],
  follow_up: ['opfoelgning', 'evaluering', 'afproevning'],
  evaluated: ['opfoelgning', 'evaluering'],
  in_operation: ['i-drift', 'drift', 'vaerktoejskassen'],
  scaled_up: ['gennemfoeres', 'opskalering', 'i-drift', 'drift', 'vaerktoejskassen'],
};

export interface Phase {
  key: string;
  label: string;
}

/**
 * The phase for a state. `reportMonthsDue` is the months-after-start of the scheduled report the
 * project is working on now (due or overdue): a pool with a phase per report (`opfoelgning-6`,
 * `opfoelgning-12`) then shows that one.
 */
export function projectPhase(phases: readonly Phase[], state: ApplicationState, reportMonthsDue: number | null): { index: number; phase: Phase } | null {
  if (reportMonthsDue !== null && (state === 'in_trial' || state === 'extended' || state === 'follow_up')) {
    const i = phases.findIndex((p) => p.key === `opfoelgning-${reportMonthsDue}`);
    if (i >= 0) return { index: i, phase: phases[i]! };
  }
  for (const word of PHASE_KEYS[state] ?? []) {
    const i = phases.findIndex((p) => p.key.startsWith(word));
    if (i >= 0) return { index: i, phase: phases[i]! };
  }
  return null;
}
