import type { OrgRole } from '../db/schema/accounts.js';
import { AppError } from '../errors.js';
import type { Actor } from '../usecases/shared/actor.js';
import { authorize } from './authorize.js';

/**
 * Users administration: an organisation's own admin manages its members. Outside the organisation
 * everything is 404 (authorize); a user who is no member of the organisation "does not exist" there.
 */
export const authorizeUserAdmin = (actor: Actor, organisationId: string): void => authorize(actor, 'user.manage', organisationId);

/** The roles an organisation's admin may hand out (all of the organisation's roles). */
export const ASSIGNABLE_ROLES: readonly OrgRole[] = ['applicant', 'secretariat', 'reviewer', 'decision_body', 'finance', 'admin', 'consultant'];

/** The admin role, named here so that use cases need not spell it. */
export const isAdminRole = (role: OrgRole): boolean => role === 'admin';

/**
 * An admin may not lock themselves out: they cannot deactivate themselves nor remove their own admin
 * role (another admin must), so an organisation never loses its last admin by a slip of the hand.
 */
export function assertNotSelfLockout(actor: Actor, targetUserId: string, rolesAfter: readonly OrgRole[] | null): void {
  if (actor.userId !== targetUserId) return;
  if (rolesAfter === null || !rolesAfter.some(isAdminRole)) {
    throw new AppError('CONFLICT', {
      message: {
        da: 'Du kan ikke fjerne din egen adgang som administrator. Bed en anden administrator om det.',
        en: 'You cannot remove your own administrator access. Ask another administrator.',
      },
    });
  }
}

/**
 * Deactivating stops the whole account (its sessions and tokens, everywhere). An admin of one
 * organisation may do that only to a user who belongs to no other organisation; otherwise they take
 * away the roles in their own organisation instead.
 */
export function assertOnlyMemberHere(otherOrganisationIds: readonly string[]): void {
  if (otherOrganisationIds.length > 0) {
    throw new AppError('CONFLICT', {
      message: {
        da: 'Brugeren har også roller i en anden organisation. Fjern rollerne her i stedet for at deaktivere kontoen.',
        en: 'The user also has roles in another organisation. Remove the roles here instead of deactivating the account.',
      },
    });
  }
}

/** The role the API documentation's examples hand out (role names are spelled only here). */
export const EXAMPLE_ROLE: OrgRole = 'reviewer';

/** The roles' names on the users pages (role names are spelled only in policies/). */
export const ROLE_LABELS: Record<OrgRole, { da: string; en: string }> = {
  applicant: { da: 'Ansøger', en: 'Applicant' },
  secretariat: { da: 'Sekretariat', en: 'Secretariat' },
  reviewer: { da: 'Bedømmer', en: 'Reviewer' },
  decision_body: { da: 'Beslutningsorgan', en: 'Decision body' },
  finance: { da: 'Økonomi', en: 'Finance' },
  admin: { da: 'Administrator', en: 'Administrator' },
  consultant: { da: 'Velfærdsteknologisk konsulent', en: 'Welfare-technology consultant' },
};

/** The first organisation in which the actor administers users (for `/admin/brugere`), or undefined. */
export const firstAdminOrganisation = (actor: Actor): string | undefined => actor.memberships.find((m) => isAdminRole(m.role))?.organisationId;
