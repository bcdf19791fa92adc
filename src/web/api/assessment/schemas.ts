import { z } from 'zod';
import { APPLICATION_STATES } from '../../../domain/application-workflow.js';
import { MEETING_STATES } from '../../../domain/meeting-workflow.js';
import { rubricSchema } from '../../../domain/scoring.js';

/** What the assessment area's operations answer, for the OpenAPI document (dates as ISO strings). */

const dateTime = z.iso.datetime();
const uuid = z.string();
const state = z.enum(APPLICATION_STATES);
const bilingual = z.object({ da: z.string(), en: z.string() });
const yearAmounts = z.array(z.object({ year: z.number().int(), amountOere: z.number().int() }));

export const stateResponse = z.object({ state });
export const idResponse = z.object({ id: uuid });
export const idStateResponse = z.object({ id: uuid, state });

export const submissionsResponse = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageCount: z.number().int(),
  filter: z.object({
    poolId: uuid,
    status: state.optional(),
    budgetLineId: z.string().optional(),
    projectType: z.string().optional(),
    category: z.string().optional(),
    departmentId: z.string().optional(),
    q: z.string().optional(),
    sort: z.enum(['age', 'case', 'title', 'amount', 'status']),
    dir: z.enum(['asc', 'desc']).optional(),
    page: z.number().int(),
  }),
  rows: z.array(
    z.object({
      id: uuid,
      caseNumber: z.string(),
      title: z.string(),
      state,
      projectType: z.string().nullable(),
      category: z.string().nullable(),
      budgetLineId: z.string().nullable(),
      budgetLineName: z.string().nullable(),
      departmentName: z.string().nullable(),
      amountAppliedOere: z.number().int(),
      submittedAt: dateTime.nullable(),
      ageDays: z.number().int().nullable(),
    }),
  ),
});

const reviewSummary = z.object({
  criteria: z.array(
    z.object({
      key: z.string(),
      count: z.number().int(),
      naCount: z.number().int(),
      mean: z.number().nullable(),
      min: z.number().nullable(),
      max: z.number().nullable(),
      stdDev: z.number().nullable(),
      knockOut: z.boolean(),
    }),
  ),
  total: z.number().nullable(),
  knockOuts: z.array(z.string()),
  reviewCount: z.number().int(),
});

/** One application's scores (on a meeting's agenda item without its identity and rank). */
const scoreDetails = z.object({
  summary: reviewSummary,
  reviewerTotals: z.array(z.object({ reviewerUserId: uuid, reviewerName: z.string(), total: z.number().nullable(), knockOuts: z.array(z.string()) })),
  totalSpread: z.object({ min: z.number(), max: z.number(), stdDev: z.number() }).nullable(),
  disagreements: z.array(z.string()),
  totalDisagreement: z.boolean(),
});

export const scoreSummaryResponse = z.object({
  poolId: uuid,
  rubric: rubricSchema,
  applications: z.array(
    scoreDetails.extend({
      applicationId: uuid,
      caseNumber: z.string(),
      title: z.string(),
      state,
      amountAppliedOere: z.number().int(),
      rank: z.number().int().nullable(),
    }),
  ),
});

const balance = z.object({
  budgetLineId: uuid,
  year: z.number().int(),
  budgetOere: z.number().int(),
  committedOere: z.number().int(),
  paidOere: z.number().int(),
  returnedOere: z.number().int(),
  remainingOere: z.number().int(),
  budgetLineName: z.string().optional(),
  parentLineId: z.string().nullable().optional(),
  setupOere: z.number().int().optional(),
  adjustmentsOere: z.number().int().optional(),
  earmarkOere: z.number().int().optional(),
  carriedInOere: z.number().int().optional(),
  carriedOutOere: z.number().int().optional(),
});

export const meetingResponse = z.object({
  meeting: z.object({
    id: uuid,
    decisionBodyId: uuid,
    startsAt: dateTime,
    location: z.string(),
    submissionDeadline: z.string().nullable(),
    status: z.enum(MEETING_STATES),
    createdAt: dateTime,
  }),
  decisionBody: z.object({ id: uuid, name: z.string() }),
  pool: z.object({ id: uuid, name: z.string() }),
  items: z.array(
    z.object({
      itemId: uuid,
      position: z.number().int(),
      application: z.object({
        id: uuid,
        caseNumber: z.string(),
        title: z.string(),
        state,
        amountAppliedOere: z.number().int(),
        budgetLineId: z.string().nullable(),
      }),
      recommendation: z
        .object({
          id: uuid,
          applicationId: uuid,
          kind: z.enum(['recommend', 'recommend_with_conditions', 'not_recommend']),
          amountOere: z.number().int(),
          budgetLineId: z.string().nullable(),
          split: yearAmounts,
          conditions: z.string(),
          justification: z.string(),
          createdByUserId: uuid,
          createdAt: dateTime,
        })
        .nullable(),
      score: scoreDetails.nullable(),
      summary: z.object({
        department: z.string().nullable(),
        summary: z.string(),
        amountAppliedOere: z.number().int(),
        amountRecommendedOere: z.number().int().nullable(),
        npvOere: z.number().int().nullable(),
        paybackYear: z.number().int().nullable(),
        hasBusinessCase: z.boolean(),
      }),
      decision: z
        .object({
          id: uuid,
          applicationId: uuid,
          route: z.enum(['meeting', 'direct']),
          meetingId: z.string().nullable(),
          agendaItemId: z.string().nullable(),
          outcome: z.enum(['approve', 'reject', 'defer']),
          amountOere: z.number().int(),
          budgetLineId: z.string().nullable(),
          split: yearAmounts,
          conditions: z.string(),
          reason: z.string(),
          decidedByUserId: uuid,
          decidedAt: dateTime,
        })
        .nullable(),
    }),
  ),
  balances: z.array(balance),
  balancesAt: dateTime,
  /** The state to show now: the status, or awaiting_minutes for a started meeting without published minutes. */
  displayState: z.enum([...MEETING_STATES, 'awaiting_minutes']),
});

export const notificationsResponse = z.object({
  notifications: z.array(
    z.object({
      id: uuid,
      userId: uuid,
      organisationId: z.string().nullable(),
      applicationId: z.string().nullable(),
      kind: z.string(),
      title: bilingual,
      body: bilingual,
      link: z.string().nullable(),
      createdAt: dateTime,
      readAt: dateTime.nullable(),
    }),
  ),
  unread: z.number().int(),
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});
