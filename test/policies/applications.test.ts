import { describe, expect, it } from 'vitest';
import type { OrgRole } from '../../src/db/schema/accounts.js';
import type { ApplicationState } from '../../src/domain/application-workflow.js';
import { AppError } from '../../src/errors.js';
import {
  advisesAsSecretariat,
  applicantActions,
  applicationAccessFor,
  assertLeadApplicant,
  assertMayEditContent,
  EDITABLE_STATES,
  ideaAccessFor,
  isLeadApplicant,
  isUnsubmittedDraft,
  mayAssessIdea,
  mayConvertIdea,
  mayEditApplication,
  ONLY_LEAD_SUBMITS,
  seesApplicationAsStaff,
  workflowRolesOf,
  type ApplicationFacts,
} from '../../src/policies/applications.js';
import type { Actor } from '../../src/usecases/shared/actor.js';
import { expectRefusal } from '../support/expect-refusal.js';

const ORG = 'org-horsens';
const OTHER = 'org-vejle';
const actor = (userId: string, ...roles: OrgRole[]): Actor => ({
  userId,
  email: `${userId}@x.dk`,
  name: userId,
  memberships: roles.map((role) => ({ organisationId: ORG, organisationName: 'Horsens', role })),
  networkMemberships: [],
});
const app = (state: ApplicationState, currentVersion = 0): ApplicationFacts => ({ organisationId: ORG, leadUserId: 'lead', state, currentVersion });
const relations = (isCoApplicant: boolean, isAssignedReviewer = false) => ({
  isCoApplicant: async () => isCoApplicant,
  isAssignedReviewer: async () => isAssignedReviewer,
});
describe('applications policy', () => {
  it('editable states are the ones the lead can (re)submit from, by the workflow table', () => {
    expect([...EDITABLE_STATES].sort()).toEqual(['draft', 'more_info_requested']);
    expect(applicantActions('draft')).toEqual(expect.arrayContaining(['submit', 'withdraw']));
    expect(applicantActions('more_info_requested')).toContain('resubmit');
    expect(applicantActions('approved')).not.toContain('withdraw');
    expect(mayEditApplication(true, app('draft'))).toBe(true);
    expect(mayEditApplication(true, app('submitted'))).toBe(false);
    expect(mayEditApplication(false, app('draft'))).toBe(false);
  });

  it('a draft withdrawn before it was ever submitted stays a draft for who may see it', () => {
    expect(isUnsubmittedDraft(app('draft'))).toBe(true);
    expect(isUnsubmittedDraft(app('withdrawn', 0))).toBe(true);
    expect(isUnsubmittedDraft(app('withdrawn', 1))).toBe(false);
    expect(isUnsubmittedDraft(app('submitted', 1))).toBe(false);
  });

  it('the secretariat sees drafts; decision body and finance once submitted; reviewers only when assigned', async () => {
    const never = async () => {
      throw new Error('not asked');
    };
    expect(await seesApplicationAsStaff(actor('s', 'secretariat'), app('draft'), never)).toBe(true);
    expect(await seesApplicationAsStaff(actor('a', 'admin'), app('draft'), never)).toBe(true);
    expect(await seesApplicationAsStaff(actor('d', 'decision_body'), app('draft'), never)).toBe(false);
    expect(await seesApplicationAsStaff(actor('d', 'decision_body'), app('submitted', 1), never)).toBe(true);
    expect(await seesApplicationAsStaff(actor('f', 'finance'), app('submitted', 1), never)).toBe(true);
    expect(await seesApplicationAsStaff(actor('r', 'reviewer'), app('draft'), never)).toBe(false);
    expect(await seesApplicationAsStaff(actor('r', 'reviewer'), app('in_review', 1), async () => true)).toBe(true);
    expect(await seesApplicationAsStaff(actor('r', 'reviewer'), app('in_review', 1), async () => false)).toBe(false);
    expect(await seesApplicationAsStaff(actor('x', 'applicant'), app('submitted', 1), async () => true)).toBe(false);
  });

  it('gives the lead and co-applicants access, refuses another applicant of the organisation with 403', async () => {
    const lead = await applicationAccessFor(actor('lead', 'applicant'), app('draft'), relations(false));
    expect(lead).toMatchObject({ isLead: true, isCoApplicant: false, isApplicant: true, isStaff: false, canEdit: true, roles: ['applicant'] });
    const co = await applicationAccessFor(actor('co', 'applicant'), app('draft'), relations(true));
    expect(co).toMatchObject({ isLead: false, isCoApplicant: true, isApplicant: true, canEdit: true, roles: [] });
    await expectRefusal(applicationAccessFor(actor('other', 'applicant'), app('draft'), relations(false)), 'FORBIDDEN');
    const staff = await applicationAccessFor(actor('s', 'secretariat'), app('submitted', 1), relations(false));
    expect(staff).toMatchObject({ isApplicant: false, isStaff: true, canEdit: false, roles: ['secretariat'] });
  });

  it('workflow roles: applicant only for the lead, and the org roles of the application’s organisation only', () => {
    expect(isLeadApplicant(actor('lead'), app('draft'))).toBe(true);
    expect(workflowRolesOf(actor('lead', 'applicant', 'secretariat'), app('draft'))).toEqual(['applicant', 'secretariat']);
    expect(workflowRolesOf(actor('x', 'reviewer', 'decision_body', 'finance'), app('draft'))).toEqual(['reviewer', 'decision_body']);
    expect(workflowRolesOf(actor('x', 'secretariat'), { ...app('draft'), organisationId: OTHER })).toEqual([]);
  });

  it('only the lead submits, withdraws and manages co-applicants; only applicants edit while the state allows', async () => {
    expect(() => assertLeadApplicant({ isApplicant: true, isLead: true }, ONLY_LEAD_SUBMITS)).not.toThrow();
    await expectRefusal(() => assertLeadApplicant({ isApplicant: true, isLead: false }, ONLY_LEAD_SUBMITS), 'FORBIDDEN');
    try {
      assertLeadApplicant({ isApplicant: true, isLead: false }, ONLY_LEAD_SUBMITS);
    } catch (err) {
      expect((err as AppError).userMessage).toEqual(ONLY_LEAD_SUBMITS);
    }
    await expectRefusal(() => assertLeadApplicant({ isApplicant: false, isLead: false }, ONLY_LEAD_SUBMITS), 'FORBIDDEN');
    expect(() => assertMayEditContent({ isApplicant: true, canEdit: true })).not.toThrow();
    await expectRefusal(() => assertMayEditContent({ isApplicant: true, canEdit: false }), 'TRANSITION_NOT_ALLOWED');
    await expectRefusal(() => assertMayEditContent({ isApplicant: false, canEdit: false }), 'FORBIDDEN');
  });
});

describe('ideas policy', () => {
  const idea = { organisationId: ORG, authorUserId: 'author' };
  it('the author and the secretariat see an idea; another applicant of the organisation gets 403', async () => {
    expect(ideaAccessFor(actor('author', 'applicant'), idea)).toEqual({ isAuthor: true, isSecretariat: false });
    expect(ideaAccessFor(actor('s', 'secretariat'), idea)).toEqual({ isAuthor: false, isSecretariat: true });
    await expectRefusal(() => ideaAccessFor(actor('other', 'applicant'), idea), 'FORBIDDEN');
    await expectRefusal(() => ideaAccessFor(actor('r', 'reviewer'), idea), 'FORBIDDEN');
  });

  it('the secretariat advises with a topic and assesses; the author replies and converts', () => {
    const author = { isAuthor: true, isSecretariat: false };
    const secretariat = { isAuthor: false, isSecretariat: true };
    const authorInSecretariat = { isAuthor: true, isSecretariat: true };
    expect(advisesAsSecretariat(secretariat)).toBe(true);
    expect(advisesAsSecretariat(author)).toBe(false);
    expect(advisesAsSecretariat(authorInSecretariat)).toBe(false);
    expect(mayAssessIdea(secretariat)).toBe(true);
    expect(mayAssessIdea(author)).toBe(false);
    expect(mayConvertIdea(author)).toBe(true);
    expect(mayConvertIdea(secretariat)).toBe(false);
  });
});
