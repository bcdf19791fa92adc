import type { EntryKind } from '../domain/ledger.js';
import type { Actor } from '../usecases/shared/actor.js';
import { authorize, can } from './authorize.js';
import type { Permission } from './permissions.js';

/**
 * Who may do what with a pool's money, beside the role table (permissions.ts): the permission
 * names the roles, these functions name the object-level rules the ledger's pages and use cases ask.
 * Every rule is within the organisation that owns the pool (`organisationId`).
 */

/** Record a commitment by hand. */
export const mayCommit = (actor: Actor, organisationId: string): boolean => can(actor, 'ledger.commit', organisationId);

/** Adjust a line's budget by decision, and correct adjustments, carry-overs and commitments. */
export const mayAdjust = (actor: Actor, organisationId: string): boolean => can(actor, 'ledger.adjust', organisationId);

/** Carry unspent money to the next year: an adjustment, and only where the pool allows it. */
export const mayCarryOver = (actor: Actor, pool: { organisationId: string; allowsCarryOver: boolean }): boolean =>
  pool.allowsCarryOver && mayAdjust(actor, pool.organisationId);

/** Record payouts and returns, and correct them (separation of duties: finance, not the secretariat). */
export const mayPay = (actor: Actor, organisationId: string): boolean => can(actor, 'ledger.pay', organisationId);

/** See the pool's economy page, its entries and exports. */
export const mayViewLedger = (actor: Actor, organisationId: string): boolean => can(actor, 'ledger.view', organisationId);

/**
 * A project's economy: its own applicants (lead and co-applicants) see it, as do those who see the
 * pool's economy and those who pay.
 */
export const mayViewProjectLedger = (actor: Actor, project: { organisationId: string; isApplicant: boolean }): boolean =>
  project.isApplicant || mayViewLedger(actor, project.organisationId) || mayPay(actor, project.organisationId);

/**
 * The permission that corrects an entry of this kind: the role that records a kind corrects it.
 * Budget entries come from the pool's setup and are changed there (null: nobody reverses them here).
 */
export function reversalPermission(kind: EntryKind): Permission | null {
  switch (kind) {
    case 'budget':
      return null;
    case 'payout':
    case 'return':
      return 'ledger.pay';
    case 'adjustment':
    case 'carry_over_out':
    case 'carry_over_in':
    case 'commitment':
      return 'ledger.adjust';
  }
}

/** May the actor correct this entry with a reversing entry (the "Ret" link and the correction form)? */
export function mayReverseEntry(actor: Actor, entry: { kind: EntryKind }, organisationId: string): boolean {
  const permission = reversalPermission(entry.kind);
  return permission !== null && can(actor, permission, organisationId);
}

/**
 * Throw unless the actor may reverse entries of this kind: NOT_FOUND outside the organisation,
 * FORBIDDEN without the role. A budget entry is checked as an adjustment, so those who may adjust
 * learn that the setup's budget is changed in the setup (the use case's refusal), and others get 403.
 */
export function authorizeReversal(actor: Actor, entry: { kind: EntryKind }, organisationId: string): void {
  authorize(actor, reversalPermission(entry.kind) ?? 'ledger.adjust', organisationId);
}
