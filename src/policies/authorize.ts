import { forbidden, notFound } from '../errors.js';
import type { Actor } from '../usecases/shared/actor.js';
import { rolesIn } from '../usecases/shared/actor.js';
import { permissions, type Permission } from './permissions.js';

/** True when the actor holds a role granting `permission` in `organisationId`. */
export function can(actor: Actor, permission: Permission, organisationId: string): boolean {
  const allowed: readonly string[] = permissions[permission];
  return rolesIn(actor, organisationId).some((r) => allowed.includes(r));
}

/** True when the actor holds `permission` in at least one of their organisations (navigation, home links, "can create"). */
export function canAnywhere(actor: Actor, permission: Permission): boolean {
  const allowed: readonly string[] = permissions[permission];
  return actor.memberships.some((m) => allowed.includes(m.role));
}

/**
 * Throw unless allowed. Outside one's own organisations everything is NOT_FOUND (404), so another
 * tenant's objects cannot even be confirmed to exist; inside, a missing role is FORBIDDEN (403).
 */
export function authorize(actor: Actor, permission: Permission, organisationId: string): void {
  if (rolesIn(actor, organisationId).length === 0) throw notFound();
  if (!can(actor, permission, organisationId)) throw forbidden();
}
