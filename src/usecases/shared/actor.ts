import type { NetworkRole, OrgRole } from '../../db/schema/accounts.js';

/** Who is acting: a logged-in user with their roles, loaded once per request. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  memberships: { organisationId: string; organisationName: string; role: OrgRole }[];
  networkMemberships: { networkId: string; role: NetworkRole }[];
}

export function rolesIn(actor: Actor, organisationId: string): OrgRole[] {
  return actor.memberships.filter((m) => m.organisationId === organisationId).map((m) => m.role);
}

export function organisationIds(actor: Actor): string[] {
  return [...new Set(actor.memberships.map((m) => m.organisationId))];
}
