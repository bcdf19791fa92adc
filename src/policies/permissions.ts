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
} as const satisfies Record<string, readonly OrgRole[]>;

export type Permission = keyof typeof permissions;
