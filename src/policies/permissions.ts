import type { OrgRole } from '../db/schema/accounts.js';

/**
 * Who may do what, in one table: a permission is granted to these roles *within the organisation
 * that owns the object*. Object-level rules (own application, assigned reviewer, lead applicant)
 * live in the use case that knows the object, next to a call to `authorize`.
 */
export const permissions = {
  'organisation.view': ['applicant', 'secretariat', 'reviewer', 'decision_body', 'finance', 'admin'],
  'organisation.manage': ['admin'],
  'pool.view': ['applicant', 'secretariat', 'reviewer', 'decision_body', 'finance', 'admin'],
  'pool.create': ['secretariat', 'admin'],
  'pool.update': ['secretariat', 'admin'],
  'pool.viewHistory': ['secretariat', 'admin'],
  // applications area (ideas, applications; object-level rules in usecases/applications)
  'idea.create': ['applicant'],
  'idea.viewAll': ['secretariat', 'admin'],
  'idea.advise': ['secretariat', 'admin'],
  'idea.assess': ['secretariat', 'admin'],
  'application.create': ['applicant'],
  /** See every application of the organisation, drafts included (faglig sparring from the first draft). */
  'application.viewAll': ['secretariat', 'admin'],
  /** See the organisation's applications once submitted. */
  'application.viewSubmitted': ['secretariat', 'reviewer', 'decision_body', 'finance', 'admin'],
} as const satisfies Record<string, readonly OrgRole[]>;

export type Permission = keyof typeof permissions;
