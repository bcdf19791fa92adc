import { MEETING_ROLES, type MeetingRole } from '../domain/meeting-workflow.js';
import { can } from './authorize.js';
import { rolesIn, type Actor } from '../usecases/shared/actor.js';

/**
 * The meeting workflow's roles a person holds for a meeting of this organisation: its secretariat
 * (calendar, agenda, minutes) and its decision-body members (minutes). Everyone else has none.
 */
export function meetingRolesFor(actor: Actor, organisationId: string): MeetingRole[] {
  const org: readonly string[] = rolesIn(actor, organisationId);
  return MEETING_ROLES.filter((r) => org.includes(r));
}

/** See a meeting of this organisation (its page, agenda and minutes): the "meeting.view" permission. */
export const mayViewMeeting = (actor: Actor, organisationId: string): boolean => can(actor, 'meeting.view', organisationId);
