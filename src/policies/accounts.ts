import type { Actor } from '../usecases/shared/actor.js';
import { can } from './authorize.js';

/**
 * Accounts, roles and organisations. `actor` is null when the installation's operator acts (the CLI,
 * the demo seed); there is no self-registration.
 */

/** The operator creates users and organisations. */
export const mayCreateAccounts = (actor: Actor | null): boolean => actor === null;

/** A role in an organisation is granted by the operator or by an admin of that organisation. */
export const mayGrantRole = (actor: Actor | null, organisationId: string): boolean => actor === null || can(actor, 'organisation.manage', organisationId);

/** A personal API token is created by its user (or by the operator for them). */
export const mayCreateApiToken = (actor: Actor | null, userId: string): boolean => actor === null || actor.userId === userId;

/** A personal API token is listed and revoked by its own user only (another user's token "does not exist"). */
export const mayManageApiTokens = (actor: Actor, ownerId: string): boolean => actor.userId === ownerId;
