import { organisationIds, rolesIn, type Actor } from '../usecases/shared/actor.js';
import { can } from './authorize.js';

/** The organisations in which the actor may create a pool (the secretariat or admin there). */
export function poolCreatorOrganisations(actor: Actor): string[] {
  return organisationIds(actor).filter((id) => can(actor, 'pool.create', id));
}

/**
 * Who reads a pool as a member of its owner organisation (then `pool.view` decides, and a missing
 * role is a 403) rather than from outside it (a network coordinator, or nobody: 404).
 */
export const readsPoolAsMember = (actor: Actor, pool: { organisationId: string }): boolean => rolesIn(actor, pool.organisationId).length > 0;
