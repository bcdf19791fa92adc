import type { StateBadge } from './application-workflow.js';
import type { Bilingual } from './bilingual.js';
import { formatDateTime } from './dates.js';
import { defineWorkflow, type GuardFailure, type TransitionDef } from './workflow.js';

/**
 * A meeting's life as data: its statuses with what views show of them, and the transition table
 * the meeting use cases change status through (usecases/meetings/apply-meeting-transition.ts).
 */

export interface MeetingStateInfo {
  label: Bilingual;
  badge: StateBadge;
  /** No transition leaves it. */
  terminal?: boolean;
}

/** The statuses in order (the same as the database's meeting_status enum). */
export const meetingStates = {
  planned: { label: { da: 'Planlagt', en: 'Planned' }, badge: 'info' },
  agenda_published: { label: { da: 'Dagsorden udsendt', en: 'Agenda published' }, badge: 'info' },
  held: { label: { da: 'Afholdt – referat i gang', en: 'Held – minutes in progress' }, badge: 'warning' },
  minutes_published: { label: { da: 'Referat offentliggjort', en: 'Minutes published' }, badge: 'success', terminal: true },
  cancelled: { label: { da: 'Aflyst', en: 'Cancelled' }, badge: 'error', terminal: true },
} as const satisfies Record<string, MeetingStateInfo>;

export const MEETING_STATES = Object.keys(meetingStates) as [keyof typeof meetingStates, ...(keyof typeof meetingStates)[]];
export type MeetingState = (typeof MEETING_STATES)[number];

export const MEETING_ACTIONS = ['publish_agenda', 'set_agenda', 'record_decision', 'write_minutes', 'publish_minutes', 'cancel'] as const;
export type MeetingAction = (typeof MEETING_ACTIONS)[number];

/** The organisation roles that act on meetings: the secretariat keeps the calendar and agenda; both record and publish the minutes. */
export const MEETING_ROLES = ['secretariat', 'decision_body'] as const;
export type MeetingRole = (typeof MEETING_ROLES)[number];

/** The role whose holders in the organisation are the decision body's members (the attendees the minutes offer). */
export const MEMBER_ROLE: MeetingRole = 'decision_body';

/** Facts the guards need; a missing fact fails the guard that needs it. */
export interface MeetingWorkflowContext {
  /** Decisions recorded at the meeting (the agenda is fixed once there is one). */
  decisionCount?: number;
  /** Items on the agenda. */
  itemCount?: number;
  /** Positions of the agenda items without a decision. */
  undecidedPositions?: readonly number[];
  /** When the meeting starts, and the time now: decisions and minutes wait until it has started. */
  startsAt?: Date;
  now?: Date;
}

/** What a view needs to show a status. */
export const meetingStateInfo = (state: MeetingState): MeetingStateInfo => meetingStates[state];

/** The message when an action is not possible in the meeting's status (instead of the engine's generic one). */
export const meetingActionRefusal: Record<MeetingAction, Bilingual> = {
  publish_agenda: { da: 'Dagsordenen kan kun udsendes for et planlagt møde.', en: 'The agenda can only be published for a planned meeting.' },
  set_agenda: {
    da: 'Dagsordenen kan ikke ændres, når mødet er afholdt eller aflyst.',
    en: 'The agenda cannot be changed once the meeting is held or cancelled.',
  },
  record_decision: {
    da: 'Referatet er offentliggjort; afgørelserne kan ikke ændres.',
    en: 'The minutes are published; decisions can no longer be changed.',
  },
  write_minutes: {
    da: 'Referatet kan ikke ændres, når det er offentliggjort, eller mødet er aflyst.',
    en: 'The minutes cannot be changed once published or when the meeting is cancelled.',
  },
  publish_minutes: { da: 'Referatet er allerede offentliggjort.', en: 'The minutes are already published.' },
  cancel: { da: 'Mødet kan ikke aflyses, når det er afholdt.', en: 'The meeting cannot be cancelled once it is held.' },
};

const noDecisionsYet = (ctx: MeetingWorkflowContext): GuardFailure | null =>
  ctx.decisionCount === 0
    ? null
    : {
        code: 'DECISIONS_RECORDED',
        message: {
          da: 'Dagsordenen kan ikke ændres, når der er truffet afgørelser på mødet.',
          en: 'The agenda cannot be changed once decisions have been recorded.',
        },
      };

/** Whether the meeting has started (its startsAt has come); a missing fact counts as not started. */
export const meetingHasStarted = (ctx: Pick<MeetingWorkflowContext, 'startsAt' | 'now'>): boolean =>
  ctx.startsAt !== undefined && ctx.now !== undefined && ctx.startsAt.getTime() <= ctx.now.getTime();

const meetingStarted = (ctx: MeetingWorkflowContext): GuardFailure | null => {
  if (meetingHasStarted(ctx)) return null;
  const when = ctx.startsAt ? { da: ` (${formatDateTime(ctx.startsAt, 'da')})`, en: ` (${formatDateTime(ctx.startsAt, 'en')})` } : { da: '', en: '' };
  return {
    code: 'MEETING_NOT_STARTED',
    message: {
      da: `Mødet er ikke begyndt endnu. Afgørelser og referat kan registreres fra mødets start${when.da}.`,
      en: `The meeting has not started yet. Decisions and minutes can be recorded from the start of the meeting${when.en}.`,
    },
  };
};

const everyItemDecided = (ctx: MeetingWorkflowContext): GuardFailure | null => {
  if (ctx.itemCount === undefined || ctx.itemCount < 1) {
    return {
      code: 'AGENDA_EMPTY',
      message: { da: 'Dagsordenen er tom; der er intet referat at offentliggøre.', en: 'The agenda is empty; there are no minutes to publish.' },
    };
  }
  const missing = ctx.undecidedPositions;
  if (missing === undefined || missing.length > 0) {
    const list = (missing ?? []).join(', ');
    return {
      code: 'ITEMS_UNDECIDED',
      message: {
        da: `Der mangler en afgørelse på punkt ${list}. Alle punkter skal være afgjort, før referatet offentliggøres.`,
        en: `Item ${list} has no decision yet. Every item must be decided before the minutes are published.`,
      },
    };
  }
  return null;
};

type T = TransitionDef<MeetingState, MeetingAction, MeetingRole, MeetingWorkflowContext>;

const OPEN: MeetingState[] = ['planned', 'agenda_published', 'held'];
const MINUTES: MeetingRole[] = ['secretariat', 'decision_body'];

export const meetingTransitions: readonly T[] = [
  { action: 'publish_agenda', from: ['planned'], to: 'agenda_published', roles: ['secretariat'] },
  // Setting the agenda keeps the status; it is closed once a decision is recorded.
  { action: 'set_agenda', from: ['planned'], to: 'planned', roles: ['secretariat'], guard: noDecisionsYet },
  { action: 'set_agenda', from: ['agenda_published'], to: 'agenda_published', roles: ['secretariat'], guard: noDecisionsYet },
  // The first decision in the minutes makes the meeting held; not before the meeting has started.
  { action: 'record_decision', from: OPEN, to: 'held', roles: MINUTES, guard: meetingStarted },
  // The secretariat writes the minutes' text (attendees, notes per item) once the meeting has started; the status stays.
  ...OPEN.map((s): T => ({ action: 'write_minutes', from: [s], to: s, roles: ['secretariat'], guard: meetingStarted })),
  { action: 'publish_minutes', from: OPEN, to: 'minutes_published', roles: MINUTES, guard: everyItemDecided },
  { action: 'cancel', from: ['planned', 'agenda_published'], to: 'cancelled', roles: ['secretariat'] },
];

export const meetingWorkflow = defineWorkflow<MeetingState, MeetingAction, MeetingRole, MeetingWorkflowContext>({
  states: MEETING_STATES,
  actions: MEETING_ACTIONS,
  transitions: meetingTransitions,
});

/** The statuses in which a meeting's agenda can still change (those the table allows `set_agenda` from). */
export const AGENDA_EDITABLE_STATES: readonly MeetingState[] = MEETING_STATES.filter((s) => meetingWorkflow.find(s, 'set_agenda') !== undefined);

/** What lists and the meeting page show: the status, or "awaiting minutes" for a meeting that has started without minutes. */
export type MeetingDisplayState = MeetingState | 'awaiting_minutes';

const awaitingMinutes: MeetingStateInfo = { label: { da: 'Afventer referat', en: 'Awaiting minutes' }, badge: 'warning' };

/**
 * The derived display state from the status, the start and now: a planned meeting (agenda published
 * or not) whose start has come has no minutes yet, so it is "Afventer referat", not "Planlagt".
 * The stored status is untouched; the table above is the one workflow.
 */
export function meetingDisplayState(status: MeetingState, startsAt: Date, now: Date): MeetingDisplayState {
  if ((status === 'planned' || status === 'agenda_published') && meetingHasStarted({ startsAt, now })) return 'awaiting_minutes';
  return status;
}

export const meetingDisplayInfo = (state: MeetingDisplayState): MeetingStateInfo => (state === 'awaiting_minutes' ? awaitingMinutes : meetingStates[state]);
