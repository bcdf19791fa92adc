import type { OrgRole } from '../db/schema/accounts.js';
import { notFound } from '../errors.js';
import type { Actor } from '../usecases/shared/actor.js';
import { authorize } from './authorize.js';

/**
 * Identity providers and role mappings. Only an admin of the provider's own organisation manages
 * them; anyone else (another organisation's admin included) is told it does not exist.
 */
export function authorizeIdentityAdmin(actor: Actor, organisationId: string): void {
  authorize(actor, 'identity.manage', organisationId);
}

/** A provider (or mapping) named together with an organisation must belong to it, else it "does not exist". */
export function requireSameOrganisation(object: { organisationId: string } | undefined, organisationId: string): void {
  if (!object || object.organisationId !== organisationId) throw notFound();
}

/**
 * The roles a login gives in the provider's organisation: every role mapped from one of the claim
 * values the identity provider sent (exact, case-sensitive match). None: the user has no role there.
 */
export function rolesFromClaims(mappings: readonly { claimValue: string; role: OrgRole }[], claimValues: readonly string[]): OrgRole[] {
  const sent = new Set(claimValues);
  return [...new Set(mappings.filter((m) => sent.has(m.claimValue)).map((m) => m.role))];
}
