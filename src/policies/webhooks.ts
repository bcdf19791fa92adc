import type { Actor } from '../usecases/shared/actor.js';
import { authorize } from './authorize.js';

/** Only the organisation's own admin registers its webhook endpoints and reads or replays their deliveries. */
export function assertMayManageWebhooks(actor: Actor, organisationId: string): void {
  authorize(actor, 'webhooks.manage', organisationId);
}
