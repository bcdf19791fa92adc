import type { Actor } from '../usecases/shared/actor.js';
import { authorize } from './authorize.js';
import { isAdminRole } from './users.js';

/** The organisation's security settings (two-factor for its admins): its own admin only; elsewhere 404. */
export const authorizeSecurityAdmin = (actor: Actor, organisationId: string): void => authorize(actor, 'user.manage', organisationId);

/** The organisations in which the actor is an admin (whose "require two-factor for admins" applies to them). */
export const adminOrganisationIds = (actor: Actor): string[] => [...new Set(actor.memberships.filter((m) => isAdminRole(m.role)).map((m) => m.organisationId))];
