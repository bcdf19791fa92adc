import { describe, expect, it } from 'vitest';
import type { OrgRole } from '../../src/db/schema/accounts.js';
import { decidesDirectly, isAssignedReviewer, mayOpenReview, rolesWith, workflowRolesFor, type ReviewAssignment } from '../../src/policies/assessment.js';
import { meetingRolesFor } from '../../src/policies/meetings.js';
import type { Actor } from '../../src/usecases/shared/actor.js';

const ORG = 'org-vejle';
const OTHER = 'org-aarhus';

function actor(userId: string, roles: OrgRole[], organisationId = ORG): Actor {
  return {
    userId,
    email: `${userId}@test`,
    name: userId,
    memberships: roles.map((role) => ({ organisationId, organisationName: 'Vejle', role })),
    networkMemberships: [],
  };
}

const review = (reviewerUserId: string, status: ReviewAssignment['status']): ReviewAssignment => ({ reviewerUserId, status });

describe('the assigned reviewer', () => {
  const me = actor('r1', ['reviewer']);
  it('is the reviewer of an active assignment of their own', () => {
    for (const status of ['assigned', 'accepted', 'submitted'] as const) expect(isAssignedReviewer(me, review('r1', status))).toBe(true);
    for (const status of ['conflict', 'removed'] as const) expect(isAssignedReviewer(me, review('r1', status))).toBe(false);
    expect(isAssignedReviewer(me, review('r2', 'accepted'))).toBe(false);
    expect(isAssignedReviewer(me, null)).toBe(false);
  });
  it('may open their review unless removed (a declared conflict stays visible)', () => {
    for (const status of ['assigned', 'accepted', 'submitted', 'conflict'] as const) expect(mayOpenReview(me, review('r1', status))).toBe(true);
    expect(mayOpenReview(me, review('r1', 'removed'))).toBe(false);
    expect(mayOpenReview(me, review('r2', 'assigned'))).toBe(false);
    expect(mayOpenReview(me, undefined)).toBe(false);
  });
});

describe('direct decisions and the roles a permission names', () => {
  it('the decision body of the organisation decides direct-decision lines', () => {
    expect(decidesDirectly(actor('d', ['decision_body']), ORG)).toBe(true);
    expect(decidesDirectly(actor('d', ['decision_body'], OTHER), ORG)).toBe(false);
    expect(decidesDirectly(actor('s', ['secretariat']), ORG)).toBe(false);
  });
  it('rolesWith reads the permission table', () => {
    expect(rolesWith('assessment.screen')).toEqual(['secretariat']);
    expect(rolesWith('assessment.review')).toEqual(['reviewer']);
  });
});

describe('workflow roles for an application', () => {
  const app = { organisationId: ORG, leadUserId: 'lead' };
  it('maps the lead applicant, secretariat, assigned reviewers, decision body and directors', () => {
    expect(workflowRolesFor(actor('lead', ['applicant']), app)).toEqual(['applicant']);
    expect(workflowRolesFor(actor('other', ['applicant']), app)).toEqual([]);
    expect(workflowRolesFor(actor('s', ['secretariat']), app)).toEqual(['secretariat']);
    expect(workflowRolesFor(actor('r', ['reviewer']), app)).toEqual([]);
    expect(workflowRolesFor(actor('r', ['reviewer']), app, { assignedReviewer: true })).toEqual(['reviewer']);
    expect(workflowRolesFor(actor('d', ['decision_body']), app)).toEqual(['decision_body', 'director']);
    expect(workflowRolesFor(actor('d', ['decision_body', 'reviewer']), app, { assignedReviewer: true })).toEqual(['decision_body', 'reviewer', 'director']);
    expect(workflowRolesFor(actor('d', ['decision_body'], OTHER), app)).toEqual([]);
  });
});

describe('meeting roles', () => {
  it('are the secretariat and decision-body roles held in the meeting’s organisation', () => {
    expect(meetingRolesFor(actor('s', ['secretariat', 'reviewer']), ORG)).toEqual(['secretariat']);
    expect(meetingRolesFor(actor('d', ['decision_body', 'secretariat']), ORG)).toEqual(['secretariat', 'decision_body']);
    expect(meetingRolesFor(actor('f', ['finance', 'applicant']), ORG)).toEqual([]);
    expect(meetingRolesFor(actor('s', ['secretariat'], OTHER), ORG)).toEqual([]);
  });
});
