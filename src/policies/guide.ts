import type { Actor } from '../usecases/shared/actor.js';
import { authorize } from './authorize.js';

/**
 * The citizens' guide is public to read (no policy); only the owning organisation's secretariat
 * edits its themes.
 */
export function assertMayEditGuide(actor: Actor, organisationId: string): void {
  authorize(actor, 'guide.edit', organisationId);
}
