import { Hono } from 'hono';
import { z } from 'zod';
import { assignReviewers } from '../../../usecases/assessment/assign-reviewers.js';
import { decideDirectly, decideDirectlySchema } from '../../../usecases/assessment/decide-directly.js';
import { declareConflict, declareConflictSchema } from '../../../usecases/assessment/declare-conflict.js';
import { listSubmissions, listSubmissionsSchema } from '../../../usecases/assessment/list-submissions.js';
import { recommendApplication, recommendApplicationSchema } from '../../../usecases/assessment/recommend-application.js';
import { requestMoreInformation, requestMoreInformationSchema } from '../../../usecases/assessment/request-more-information.js';
import { getScoreSummary } from '../../../usecases/assessment/score-summary.js';
import { screenApplication, screenApplicationSchema } from '../../../usecases/assessment/screen-application.js';
import { getReviewWorkspace } from '../../../usecases/assessment/review-workspace.js';
import { saveReviewDraft, saveReviewDraftSchema } from '../../../usecases/assessment/save-review-draft.js';
import { submitReview, submitReviewSchema } from '../../../usecases/assessment/submit-review.js';
import { createMeeting, createMeetingSchema } from '../../../usecases/meetings/create-meeting.js';
import { getMeeting } from '../../../usecases/meetings/get-meeting.js';
import { publishAgenda } from '../../../usecases/meetings/publish-agenda.js';
import { publishMeeting } from '../../../usecases/meetings/publish-meeting.js';
import { recordDecision, recordDecisionSchema } from '../../../usecases/meetings/record-decision.js';
import { setAgenda, setAgendaSchema } from '../../../usecases/meetings/set-agenda.js';
import { listNotifications, listNotificationsSchema } from '../../../usecases/notifications/list-notifications.js';
import type { AppEnv } from '../../env.js';
import { sendMailAfterChange } from '../../pages/assessment/mail-after-change.js';
import { defineOperation } from '../registry.js';
import { reviewResponse, reviewView } from './review-response.js';
import { idResponse, idStateResponse, meetingResponse, notificationsResponse, scoreSummaryResponse, stateResponse, submissionsResponse } from './schemas.js';
import { todayOf } from '../../today.js';

const TAG = 'Assessment';

/** Path parameters win over the body, so a body cannot redirect a call to another object. */
const withBody = (body: unknown, extra: Record<string, string>) => ({ ...(body && typeof body === 'object' ? body : {}), ...extra });

const assignReviewersBody = z.object({
  mode: z
    .enum(['manual', 'even'])
    .meta({ description: 'manual: the given reviewers; even: the pool organisation’s reviewers with the fewest open assignments, up to `count` in all' }),
  reviewerUserIds: z.array(z.string()).optional(),
  count: z.number().int().min(1).max(10).optional(),
});

/** The assessment area's JSON operations: screening, reviews, scores, recommendation, meetings, decisions, notifications. */
export function assessmentApi(): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  api.use('*', sendMailAfterChange);

  defineOperation(
    api,
    {
      operationId: 'listSubmissions',
      method: 'get',
      path: '/pools/:poolId/submissions',
      summary: "The secretariat's inbox: submitted applications with filters, search, sorting, pages and each case's age in days",
      tag: TAG,
      query: listSubmissionsSchema.omit({ poolId: true }),
      response: submissionsResponse,
      errors: ['VALIDATION_FAILED'],
      example: () => ({ status: 'submitted', sort: 'age' }),
    },
    async (actor, { c, params, query }) => {
      const list = await listSubmissions(c.get('deps').db, actor, { ...query, poolId: params.poolId ?? '' });
      return { total: list.total, page: list.page, pageCount: list.pageCount, filter: list.filter, rows: list.rows };
    },
  );

  defineOperation(
    api,
    {
      operationId: 'screenApplication',
      method: 'post',
      path: '/applications/:applicationId/screening',
      summary: 'Qualify an application, or reject it as ineligible with a reason (told to the applicant)',
      tag: TAG,
      body: screenApplicationSchema.omit({ applicationId: true }),
      response: stateResponse,
      errors: ['VALIDATION_FAILED', 'TRANSITION_NOT_ALLOWED'],
      example: () => ({ decision: 'qualify' }),
    },
    async (actor, { c, params, body }) => screenApplication(c.get('deps').db, actor, withBody(body, { applicationId: params.applicationId ?? '' })),
  );

  defineOperation(
    api,
    {
      operationId: 'requestMoreInformation',
      method: 'post',
      path: '/applications/:applicationId/information-requests',
      summary: 'Send the application back to the applicant with a question (the answer is a resubmission)',
      tag: TAG,
      body: requestMoreInformationSchema.omit({ applicationId: true }),
      response: idStateResponse,
      successStatus: 201,
      errors: ['VALIDATION_FAILED', 'TRANSITION_NOT_ALLOWED'],
      example: () => ({ question: 'Uddyb budgettet' }),
    },
    async (actor, { c, params, body }) => requestMoreInformation(c.get('deps').db, actor, withBody(body, { applicationId: params.applicationId ?? '' })),
  );

  defineOperation(
    api,
    {
      operationId: 'assignReviewers',
      method: 'post',
      path: '/applications/:applicationId/reviewers',
      summary: 'Assign reviewers by hand or spread evenly over the organisation’s reviewers; starts the review',
      tag: TAG,
      body: assignReviewersBody,
      response: z.object({ assigned: z.array(z.string()), state: stateResponse.shape.state }),
      errors: ['VALIDATION_FAILED', 'TRANSITION_NOT_ALLOWED'],
      example: () => ({ mode: 'even', count: 1 }),
    },
    async (actor, { c, params, body }) => assignReviewers(c.get('deps').db, actor, withBody(body, { applicationId: params.applicationId ?? '' })),
  );

  defineOperation(
    api,
    {
      operationId: 'declareConflict',
      method: 'post',
      path: '/applications/:applicationId/conflict-declaration',
      summary: "The assigned reviewer's conflict-of-interest declaration (a conflict removes them from the application)",
      tag: TAG,
      body: declareConflictSchema.omit({ applicationId: true }),
      response: z.object({ status: z.enum(['accepted', 'conflict']) }),
      errors: ['VALIDATION_FAILED', 'TRANSITION_NOT_ALLOWED'],
      example: () => ({ hasConflict: false }),
    },
    async (actor, { c, params, body }) => declareConflict(c.get('deps').db, actor, withBody(body, { applicationId: params.applicationId ?? '' })),
  );

  defineOperation(
    api,
    {
      operationId: 'submitReview',
      method: 'post',
      path: '/applications/:applicationId/review',
      summary: 'Submit the assigned reviewer’s scores: per criterion a score on the rubric’s scale or "na", and a comment',
      tag: TAG,
      body: submitReviewSchema.omit({ applicationId: true }),
      response: z.object({ total: z.number().nullable(), knockOuts: z.array(z.string()) }),
      errors: ['VALIDATION_FAILED', 'TRANSITION_NOT_ALLOWED'],
      example: () => ({ criteria: {} }),
    },
    async (actor, { c, params, body }) => submitReview(c.get('deps').db, actor, withBody(body, { applicationId: params.applicationId ?? '' })),
  );

  defineOperation(
    api,
    {
      operationId: 'saveReviewDraft',
      method: 'put',
      path: '/applications/:applicationId/review/draft',
      summary:
        'Save the assigned reviewer’s scores so far as a draft: criteria may be left without a score; seen only by the reviewer and not counted until submitted with submitReview',
      tag: TAG,
      body: saveReviewDraftSchema.omit({ applicationId: true }),
      response: z.object({ savedAt: z.iso.datetime(), scoredCount: z.number().int() }),
      errors: ['VALIDATION_FAILED', 'TRANSITION_NOT_ALLOWED'],
      example: () => ({ criteria: {} }),
    },
    async (actor, { c, params, body }) => saveReviewDraft(c.get('deps').db, actor, withBody(body, { applicationId: params.applicationId ?? '' })),
  );

  defineOperation(
    api,
    {
      operationId: 'getReview',
      method: 'get',
      path: '/applications/:applicationId/review',
      summary:
        'The assigned reviewer’s own review: who is involved in the case, the status, the draft or submitted scores. After a declared conflict of interest only that status, none of the case',
      tag: TAG,
      response: reviewResponse,
    },
    async (actor, { c, params }) => reviewView(await getReviewWorkspace(c.get('deps').db, actor, params.applicationId ?? '')),
  );

  defineOperation(
    api,
    {
      operationId: 'getScoreSummary',
      method: 'get',
      path: '/pools/:poolId/score-summary',
      summary: "The pool's ranking: weighted totals, each criterion's mean and the spread between reviewers, disagreement flags",
      tag: TAG,
      response: scoreSummaryResponse,
    },
    async (actor, { c, params }) => getScoreSummary(c.get('deps').db, actor, { poolId: params.poolId ?? '' }),
  );

  defineOperation(
    api,
    {
      operationId: 'recommendApplication',
      method: 'post',
      path: '/applications/:applicationId/recommendation',
      summary: 'The secretariat’s recommendation: recommend (with conditions) or not, with amount in øre, budget line and split over years',
      tag: TAG,
      body: recommendApplicationSchema.omit({ applicationId: true }),
      response: idStateResponse,
      errors: ['VALIDATION_FAILED', 'TRANSITION_NOT_ALLOWED'],
      example: () => ({ kind: 'not_recommend' }),
    },
    async (actor, { c, params, body }) => recommendApplication(c.get('deps').db, actor, withBody(body, { applicationId: params.applicationId ?? '' })),
  );

  defineOperation(
    api,
    {
      operationId: 'createMeeting',
      method: 'post',
      path: '/meetings',
      summary: "Put a meeting in a decision body's calendar (startsAt as YYYY-MM-DDTHH:MM Danish time, or ISO with offset)",
      tag: TAG,
      body: createMeetingSchema,
      response: idResponse,
      successStatus: 201,
      errors: ['VALIDATION_FAILED'],
      example: (id) => ({ decisionBodyId: id('decisionBodyId'), startsAt: '2026-03-12T15:00', location: 'Rådhuset' }),
    },
    async (actor, { c, body }) => createMeeting(c.get('deps').db, actor, body),
  );

  defineOperation(
    api,
    {
      operationId: 'getMeeting',
      method: 'get',
      path: '/meetings/:meetingId',
      summary: "A meeting's agenda: each item's recommendation, score summary and decision, and the pool's remaining money per line and year now",
      tag: TAG,
      response: meetingResponse,
    },
    async (actor, { c, params }) => {
      const v = await getMeeting(c.get('deps').db, actor, { meetingId: params.meetingId ?? '' });
      return {
        meeting: v.meeting,
        decisionBody: { id: v.body.id, name: v.body.name },
        pool: { id: v.pool.id, name: v.pool.name },
        items: v.items,
        balances: v.balances,
        balancesAt: v.balancesAt,
        displayState: v.displayState,
      };
    },
  );

  defineOperation(
    api,
    {
      operationId: 'setAgenda',
      method: 'put',
      path: '/meetings/:meetingId/agenda',
      summary: 'Set the agenda: the recommended applications in order (item 1 first)',
      tag: TAG,
      body: setAgendaSchema.omit({ meetingId: true }),
      response: z.object({ applicationIds: z.array(z.string()) }),
      errors: ['VALIDATION_FAILED', 'TRANSITION_NOT_ALLOWED'],
      example: () => ({ applicationIds: [] }),
    },
    async (actor, { c, params, body }) => setAgenda(c.get('deps').db, actor, withBody(body, { meetingId: params.meetingId ?? '' })),
  );

  defineOperation(
    api,
    {
      operationId: 'recordDecision',
      method: 'post',
      path: '/meetings/:meetingId/decisions',
      summary: 'Record the decision on an agenda item: approve (commits the money, refused when it is not there), reject with a reason, or defer',
      tag: TAG,
      body: recordDecisionSchema.omit({ meetingId: true }),
      response: idResponse,
      successStatus: 201,
      errors: ['VALIDATION_FAILED', 'TRANSITION_NOT_ALLOWED', 'ALREADY_EXISTS', 'INSUFFICIENT_FUNDS'],
      example: (id) => ({ applicationId: id('applicationId'), outcome: 'defer' }),
    },
    async (actor, { c, params, body }) => recordDecision(c.get('deps').db, actor, withBody(body, { meetingId: params.meetingId ?? '' })),
  );

  defineOperation(
    api,
    {
      operationId: 'publishMeeting',
      method: 'post',
      path: '/meetings/:meetingId/publication',
      summary: 'Publish the minutes: the applications take their decided state and every applicant is told the outcome',
      tag: TAG,
      response: z.object({ published: z.number() }),
      errors: ['TRANSITION_NOT_ALLOWED'],
    },
    async (actor, { c, params }) => publishMeeting(c.get('deps').db, actor, { meetingId: params.meetingId ?? '' }),
  );

  defineOperation(
    api,
    {
      operationId: 'publishAgenda',
      method: 'post',
      path: '/meetings/:meetingId/agenda-publication',
      summary: "Send out a planned meeting's agenda: the meeting becomes agenda_published and the decision body's members are told",
      tag: TAG,
      response: z.object({ id: z.string(), status: z.string(), items: z.number().int() }),
      errors: ['TRANSITION_NOT_ALLOWED'],
    },
    async (actor, { c, params }) => publishAgenda(c.get('deps').db, actor, { meetingId: params.meetingId ?? '' }),
  );

  defineOperation(
    api,
    {
      operationId: 'decideDirectly',
      method: 'post',
      path: '/applications/:applicationId/direct-decision',
      summary: 'The deciders of a direct-decision line approve (committing the money) or reject without a meeting',
      tag: TAG,
      body: decideDirectlySchema.omit({ applicationId: true }),
      response: idStateResponse,
      successStatus: 201,
      errors: ['VALIDATION_FAILED', 'TRANSITION_NOT_ALLOWED', 'INSUFFICIENT_FUNDS'],
      example: () => ({ outcome: 'reject', reason: 'Test' }),
    },
    async (actor, { c, params, body }) => decideDirectly(c.get('deps').db, actor, withBody(body, { applicationId: params.applicationId ?? '' }), todayOf(c)),
  );

  defineOperation(
    api,
    {
      operationId: 'listNotifications',
      method: 'get',
      path: '/notifications',
      summary: "The logged-in user's notifications, newest first, with the unread count",
      tag: 'Notifications',
      query: listNotificationsSchema,
      response: notificationsResponse,
      errors: ['VALIDATION_FAILED'],
      example: () => ({ limit: '20' }),
    },
    async (actor, { c, query }) => listNotifications(c.get('deps').db, actor, query),
  );

  return api;
}
