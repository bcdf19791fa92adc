import { stateInfo, type ApplicationState } from '../../../domain/application-workflow.js';
import { meetingDisplayInfo, type MeetingDisplayState } from '../../../domain/meeting-workflow.js';
import { Badge } from '../../components/index.js';
import type { PageContext } from '../../page-context.js';

/** An application's status as staff see it, in the colour the workflow table gives it. */
export function StaffStatus({ ctx, state }: { ctx: PageContext; state: ApplicationState }) {
  const info = stateInfo(state);
  return <Badge variant={info.badge} text={ctx.t(info.staff)} />;
}

/** A meeting's status (or its display state, e.g. "Afventer referat"), from the meeting workflow table. */
export function MeetingStatus({ ctx, status }: { ctx: PageContext; status: MeetingDisplayState }) {
  const info = meetingDisplayInfo(status);
  return <Badge variant={info.badge} text={ctx.t(info.label)} />;
}
