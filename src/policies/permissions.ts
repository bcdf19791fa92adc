import type { OrgRole } from '../db/schema/accounts.js';

/**
 * Who may do what, in one table: a permission is granted to these roles *within the organisation
 * that owns the object*. Object-level rules (own application, assigned reviewer, lead applicant)
 * live in the use case that knows the object, next to a call to `authorize`.
 */
export const permissions = {
  'organisation.view': ['applicant', 'secretariat', 'reviewer', 'decision_body', 'finance', 'admin'],
  'organisation.manage': ['admin'],
  /** The organisation's identity providers (OIDC, SAML) and their claim-to-role mappings. */
  'identity.manage': ['admin'],
  /** The organisation's users (invite, roles, deactivate) and their API tokens. */
  'user.manage': ['admin'],
  /** Closed cases due for deletion after their retention period, and deleting them. */
  'retention.manage': ['admin'],
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
  'application.viewSubmitted': ['secretariat', 'decision_body', 'finance', 'admin'],
  // assessment area (screening, reviews, recommendation, meetings, decisions; object-level rules in usecases/assessment)
  /** The pool's inbox, screening, questions to the applicant, reviewer assignment. */
  'assessment.screen': ['secretariat'],
  /** Declare conflict of interest and score — only on applications one is assigned to (checked in the use case). */
  'assessment.review': ['reviewer'],
  'assessment.viewScores': ['secretariat', 'decision_body'],
  'assessment.recommend': ['secretariat'],
  /** The case-handling area: inbox, case pages, meetings (navigation and home links). */
  'assessment.viewCases': ['secretariat', 'decision_body'],
  'meeting.view': ['secretariat', 'decision_body'],
  /** Calendar and agenda. */
  'meeting.manage': ['secretariat'],
  /** Record decisions in the minutes and publish them. */
  'meeting.decide': ['secretariat', 'decision_body'],
  /** Decide applications on a direct-decision line (the directors; see policies/assessment.ts). */
  'decision.direct': ['decision_body'],
  // ledger area (the pool's money; object-level rules in policies/ledger.ts)
  /** The pool's economy page, its entries and exports. */
  'ledger.view': ['secretariat', 'finance', 'decision_body', 'admin'],
  /** Manual commitments (decisions commit through commitFunds in the assessment area). */
  'ledger.commit': ['secretariat', 'admin'],
  /** Budget adjustments by decision, carry-over, and corrections of those and of commitments. */
  'ledger.adjust': ['secretariat', 'admin'],
  /** Payouts and returns, and corrections of them (separation of duties: not the secretariat). */
  'ledger.pay': ['finance'],
  // projects area (the project after the grant; object-level rules in policies/projects.ts)
  /** See the organisation's projects (the lead applicant and co-applicants see their own; consultants those assigned). */
  'project.view': ['secretariat', 'decision_body', 'finance', 'admin', 'consultant'],
  /** Record the actual start, milestones, consultants; the lead applicant may start their own (object-level). */
  'project.manage': ['secretariat'],
  /** Write and submit follow-up reports: the lead/co-applicants of the project (object-level) and assigned consultants. */
  'report.write': ['applicant', 'consultant'],
  /** Accept a report or ask for changes; add, move or skip reports. */
  'report.review': ['secretariat'],
  /** The reports-due table across the organisation's pools. */
  'report.viewDue': ['secretariat', 'admin'],
  /** Write the evaluation: the secretariat and assigned consultants (object-level). */
  'evaluation.write': ['secretariat', 'consultant'],
  /** Decide run, scale up, extend or stop — the pool names which role (Vejle: the administrative management). */
  'project.decideOutcome': ['decision_body', 'secretariat'],
  /** Record the handover to operation, and close a project. */
  'project.handover': ['secretariat'],
  /** Ask to extend the end date or move money between years or cost types (the lead applicant, object-level). */
  'project.requestChange': ['applicant', 'secretariat'],
  /** Approve or refuse a change (per pool: the secretariat or the decision body). */
  'project.decideChange': ['secretariat', 'decision_body'],
  /** The portfolio per pool and across the organisation's pools. */
  'portfolio.view': ['secretariat', 'decision_body', 'finance', 'admin'],
  /** The printable copy of a submitted application (its applicants may too, object-level in policies/applications.ts). */
  'application.printCopy': ['secretariat'],
  // records area (aktindsigt, archive export, journal list; object-level rules in policies/records.ts)
  /** Export a case's full record as a ZIP (aktindsigt or archive). */
  'records.export': ['secretariat', 'admin'],
  /** Mark fields holding a company's business information to be withheld from an aktindsigt export. */
  'records.withhold': ['secretariat'],
  /** The case's journal list (its documents with date, subject and case number). */
  'records.viewJournal': ['secretariat', 'decision_body', 'admin'],
  // webhooks area (journalisation to the organisation's ESDH system)
  /** Register webhook endpoints, read and replay the delivery log. */
  'webhooks.manage': ['admin'],
  // catalogue area (entries, categories; visibility and object-level rules in policies/catalogue.ts)
  /** Publish and edit the organisation's catalogue entries (the project lead may for their own project, object-level). */
  'catalogue.publish': ['secretariat', 'admin'],
  /** Edit the installation-wide technology categories: an admin of any organisation (one vocabulary shared by all). */
  'catalogue.manageCategories': ['admin'],
  /** Map a pool's own categories to the shared ones: whoever may change the pool. */
  'catalogue.mapCategories': ['secretariat', 'admin'],
  // citizens' guide, staff training, history import (helper "guide")
  /** Write the organisation's themes in the public citizens' guide. */
  'guide.edit': ['secretariat', 'admin'],
  /** A unit's technologies, who is trained and what is due, and its export. */
  'training.view': ['secretariat', 'admin', 'applicant', 'consultant'],
  /** Record that a person was trained (the unit's project leads and the secretariat). */
  'training.record': ['secretariat', 'applicant'],
  /** Import the organisation's older projects from a spreadsheet into the catalogue. */
  'import.run': ['secretariat', 'admin'],
  // network experience platform (object-level rules in policies/network-platform.ts)
  /** Post questions, answers and lessons on entries shared with one's networks; read the network's actors. */
  'network.participate': ['applicant', 'secretariat', 'reviewer', 'decision_body', 'finance', 'admin'],
} as const satisfies Record<string, readonly OrgRole[]>;

export type Permission = keyof typeof permissions;
