import type { Actor } from '../usecases/shared/actor.js';
import { organisationIds } from '../usecases/shared/actor.js';
import { can } from './authorize.js';
import type { Permission } from './permissions.js';

/**
 * The front page's groups of work, each shown in the organisations where the actor holds the
 * permission that the group's work needs (an actor may hold several roles, in several organisations).
 */
export const workGroupPermissions = {
  /** Own drafts, questions to answer, decisions received, reports due. */
  applying: 'application.create',
  /** New submissions, answered questions, outstanding reviews, the next agenda, reports due. */
  caseHandling: 'assessment.screen',
  /** Own assigned reviews not yet submitted. */
  reviewing: 'assessment.review',
  /** The next meeting and its agenda (the decision body decides directly and at meetings). */
  deciding: 'decision.direct',
  /** Approved projects with money left to pay out. */
  paying: 'ledger.pay',
} as const satisfies Record<string, Permission>;

export type WorkGroup = keyof typeof workGroupPermissions;

/** The organisations in which the actor does this group's work (empty: the group is not shown). */
export function workOrganisations(actor: Actor, group: WorkGroup): string[] {
  return organisationIds(actor).filter((o) => can(actor, workGroupPermissions[group], o));
}
