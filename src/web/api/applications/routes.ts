import { Hono } from 'hono';
import { z } from 'zod';
import { applicationContentSchema } from '../../../domain/application-content.js';
import { APPLICATION_STATES, stateInfo } from '../../../domain/application-workflow.js';
import { businessCaseInputSchema } from '../../../domain/business-case.js';
import { ADVICE_TOPICS, IDEA_ASSESSMENTS, IDEA_STATUSES } from '../../../db/schema/applications.js';
import { AppError } from '../../../errors.js';
import { addCoApplicant } from '../../../usecases/applications/add-co-applicant.js';
import { adviseIdea } from '../../../usecases/applications/advise-idea.js';
import { assessIdea } from '../../../usecases/applications/assess-idea.js';
import { checkEligibility } from '../../../usecases/applications/check-eligibility.js';
import { compareVersions } from '../../../usecases/applications/compare-versions.js';
import { businessCaseOfDraft, computeBusinessCaseFigures } from '../../../usecases/applications/compute-business-case.js';
import { convertIdeaToApplication } from '../../../usecases/applications/convert-idea-to-application.js';
import { createApplication } from '../../../usecases/applications/create-application.js';
import { createIdea } from '../../../usecases/applications/create-idea.js';
import { getApplication, type ApplicationView } from '../../../usecases/applications/get-application.js';
import { getAttachment } from '../../../usecases/applications/get-attachment.js';
import { getIdea } from '../../../usecases/applications/get-idea.js';
import { getSubmittedCopy } from '../../../usecases/applications/get-submitted-copy.js';
import { listApplicationVersions } from '../../../usecases/applications/list-application-versions.js';
import { listApplications } from '../../../usecases/applications/list-applications.js';
import { listIdeas } from '../../../usecases/applications/list-ideas.js';
import { removeCoApplicant } from '../../../usecases/applications/remove-co-applicant.js';
import {
  adviseIdeaSchema,
  assessIdeaSchema,
  coApplicantSchema,
  compareVersionsSchema,
  createApplicationSchema,
  createIdeaSchema,
  updateApplicationSchema,
  uploadAttachmentFormSchema,
  withdrawApplicationSchema,
} from '../../../usecases/applications/schemas.js';
import { submitApplication } from '../../../usecases/applications/submit-application.js';
import { updateApplication } from '../../../usecases/applications/update-application.js';
import { uploadAttachment } from '../../../usecases/applications/upload-attachment.js';
import { withdrawApplication } from '../../../usecases/applications/withdraw-application.js';
import type { AppEnv } from '../../env.js';
import { attachmentResponse } from '../../pages/applications/download.js';
import { defineOperation } from '../registry.js';

/** Keyset paging of a list: `limit` (1–200, default 50) and `after` (the previous page's `nextCursor`). */
const pageQuery = z.object({ limit: z.string().optional(), after: z.string().optional() });
const TAG_IDEAS = 'Ideas';
const TAG = 'Applications';
/** Path parameters win over the same field in the body. */
const withParams = (body: unknown, params: Record<string, string | undefined>) => ({ ...(body && typeof body === 'object' ? body : {}), ...params });

const created = z.object({ id: z.string(), caseNumber: z.string() });
const idOnly = z.object({ id: z.string() });

// --- response shapes (what the handlers return; dates as ISO strings) ---------------------------
const bilingual = z.object({ da: z.string(), en: z.string() });
const state = z.enum(APPLICATION_STATES);
const date = z.string().meta({ description: 'ISO 8601 date-time' });

const ideaSummary = z.object({
  id: z.string(),
  title: z.string(),
  poolId: z.string(),
  poolName: z.string(),
  authorName: z.string(),
  status: z.enum(IDEA_STATUSES),
  assessment: z.enum(IDEA_ASSESSMENTS).nullable(),
  applicationId: z.string().nullable(),
  createdAt: date,
  updatedAt: date,
  mine: z.boolean(),
});

const ideaView = z.object({
  idea: z.object({
    id: z.string(),
    organisationId: z.string(),
    poolId: z.string(),
    authorUserId: z.string(),
    title: z.string(),
    summary: z.string(),
    needAnalysis: z.string(),
    status: z.enum(IDEA_STATUSES),
    assessment: z.enum(IDEA_ASSESSMENTS).nullable(),
    assessmentNote: z.string(),
    assessedByUserId: z.string().nullable(),
    assessedAt: date.nullable(),
    applicationId: z.string().nullable(),
    createdAt: date,
    updatedAt: date,
  }),
  poolName: z.string(),
  authorName: z.string(),
  isAuthor: z.boolean(),
  isSecretariat: z.boolean(),
  thread: z.array(
    z.object({
      id: z.string(),
      authorName: z.string(),
      fromSecretariat: z.boolean(),
      topic: z.enum(ADVICE_TOPICS).nullable(),
      body: z.string(),
      createdAt: date,
    }),
  ),
});

const applicationSummary = z.object({
  id: z.string(),
  caseNumber: z.string(),
  title: z.string(),
  poolId: z.string(),
  poolName: z.string(),
  state,
  applicantStatus: bilingual,
  staffStatus: bilingual,
  amountAppliedOere: z.number().int(),
  currentVersion: z.number().int(),
  submittedAt: date.nullable(),
  updatedAt: date,
  relation: z.enum(['lead', 'co_applicant', 'staff']),
});

const businessCaseResult = z.object({
  yearly: z.array(z.object({ year: z.number().int(), netOere: z.number().int(), discountedOere: z.number().int(), cumulativeOere: z.number().int() })),
  npvOere: z.number().int(),
  paybackYear: z.number().int().nullable(),
  totalGainOere: z.number().int(),
});

const person = z.object({ id: z.string(), name: z.string(), email: z.string() });
const attachmentInfo = z.object({ id: z.string(), fileName: z.string(), contentType: z.string(), sizeBytes: z.number().int(), createdAt: date });

export const applicationBody = z.object({
  id: z.string(),
  caseNumber: z.string(),
  organisationId: z.string(),
  poolId: z.string(),
  state,
  status: z.string().meta({ description: 'The status in Danish, as the caller sees it (applicants see internal steps as "Under behandling")' }),
  title: z.string(),
  content: applicationContentSchema,
  amountAppliedOere: z.number().int(),
  currentVersion: z.number().int(),
  submittedAt: date.nullable(),
  createdAt: date,
  updatedAt: date,
  lead: person,
  coApplicants: z.array(z.object({ userId: z.string(), name: z.string(), email: z.string() })),
  attachments: z.array(attachmentInfo),
  sections: z.record(z.string(), z.enum(['not-started', 'in-progress', 'completed'])),
  businessCaseFigures: businessCaseResult.nullable(),
  openQuestions: z.array(z.object({ question: z.string(), askedAt: date })),
  access: z.object({ isLead: z.boolean(), isCoApplicant: z.boolean(), canEdit: z.boolean() }),
  decision: z
    .object({
      outcome: z.enum(['approve', 'reject', 'defer']),
      route: z.enum(['meeting', 'direct']),
      amountOere: z.number().int(),
      split: z.array(z.object({ year: z.number().int(), amountOere: z.number().int() })),
      budgetLineId: z.string().nullable(),
      budgetLineName: z.string().nullable(),
      conditions: z.string(),
      reason: z.string(),
      decidedAt: date,
      meeting: z.object({ id: z.string(), startsAt: date, bodyName: z.string() }).nullable(),
      directDeciderLabel: z.string().nullable(),
    })
    .nullable()
    .meta({ description: 'The latest decision, once one is recorded' }),
});

const submittedCopy = z.object({
  id: z.string(),
  caseNumber: z.string(),
  title: z.string(),
  version: z.number().int(),
  submittedAt: date,
  submittedBy: z.string(),
  content: applicationContentSchema,
  attachments: z.array(attachmentInfo),
});

const eligibilityReport = z.object({
  rules: z.array(
    z.object({
      ruleId: z.string(),
      kind: z.string(),
      severity: z.enum(['hard', 'soft']),
      met: z.boolean(),
      applicable: z.boolean(),
      reason: bilingual,
      label: bilingual,
    }),
  ),
  budget: z
    .object({
      met: z.boolean(),
      years: z.array(z.object({ year: z.number().int(), appliedOere: z.number().int(), availableOere: z.number().int(), met: z.boolean() })),
      reason: bilingual,
    })
    .nullable(),
  missing: z.array(z.object({ section: z.string(), field: z.string(), message: bilingual })),
  blocking: z.boolean(),
  warnings: z.number().int(),
  canSubmit: z.boolean(),
});

const versionInfo = z.object({ number: z.number().int(), submittedAt: date, submittedBy: z.string() });
const versionComparison = z.object({
  from: z.number().int(),
  to: z.number().int(),
  fields: z.array(z.object({ path: z.string(), section: z.string(), label: bilingual, before: bilingual, after: bilingual, changed: z.boolean() })),
  changedCount: z.number().int(),
});

/** The JSON shape of an application. */
export function present(v: ApplicationView) {
  const a = v.application;
  return {
    id: a.id,
    caseNumber: a.caseNumber,
    organisationId: a.organisationId,
    poolId: a.poolId,
    state: a.state,
    status: (v.access.isApplicant ? stateInfo(a.state).applicant : stateInfo(a.state).staff).da,
    title: a.title,
    content: v.content,
    amountAppliedOere: a.amountAppliedOere,
    currentVersion: a.currentVersion,
    submittedAt: a.submittedAt,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    lead: v.lead,
    coApplicants: v.coApplicants,
    attachments: v.attachments,
    sections: v.sections,
    /** Computed on the server from content.businessCase; null while an input is missing. */
    businessCaseFigures: businessCaseOfDraft(v.content.businessCase),
    /** The secretariat's unanswered questions; answered by resubmitting. */
    openQuestions: v.openQuestions,
    access: { isLead: v.access.isLead, isCoApplicant: v.access.isCoApplicant, canEdit: v.access.canEdit },
    decision: v.decision
      ? {
          outcome: v.decision.outcome,
          route: v.decision.route,
          amountOere: v.decision.amountOere,
          split: v.decision.split,
          budgetLineId: v.decision.budgetLineId,
          budgetLineName: v.decision.budgetLineName,
          conditions: v.decision.conditions,
          reason: v.decision.reason,
          decidedAt: v.decision.decidedAt,
          meeting: v.decision.meeting,
          directDeciderLabel: v.decision.directDeciderLabel,
        }
      : null,
  };
}

export function applicationApi(): Hono<AppEnv> {
  const api = new Hono<AppEnv>();

  // --- ideas --------------------------------------------------------------------------------
  defineOperation(
    api,
    {
      operationId: 'createIdea',
      method: 'post',
      path: '/ideas',
      summary: "Send a short idea with its need analysis to a pool's secretariat",
      tag: TAG_IDEAS,
      body: createIdeaSchema,
      successStatus: 201,
      response: idOnly,
      errors: ['VALIDATION_FAILED'],
      example: (id) => ({
        poolId: id('poolId'),
        title: 'Spiserobot',
        summary: 'En robot, der hjælper borgere med at spise selv',
        needAnalysis: 'Mange borgere får hjælp til hvert måltid.',
      }),
    },
    (actor, { c, body }) => createIdea(c.get('deps').db, actor, body),
  );
  defineOperation(
    api,
    {
      operationId: 'listIdeas',
      method: 'get',
      path: '/ideas',
      summary: 'My ideas, and for the secretariat every idea of its organisation; most recently changed first, keyset pages (limit, after = nextCursor)',
      tag: TAG_IDEAS,
      query: pageQuery.extend({ poolId: z.string().optional() }),
      response: z.object({ ideas: z.array(ideaSummary), nextCursor: z.string().nullable() }),
      example: (id) => ({ poolId: id('poolId') }),
      errors: ['VALIDATION_FAILED'],
    },
    (actor, { c, query }) => listIdeas(c.get('deps').db, actor, query),
  );
  defineOperation(
    api,
    { operationId: 'getIdea', method: 'get', path: '/ideas/:ideaId', summary: 'An idea with its advice thread', tag: TAG_IDEAS, response: ideaView },
    (actor, { c, params }) => getIdea(c.get('deps').db, actor, { ideaId: params.ideaId }),
  );
  defineOperation(
    api,
    {
      operationId: 'adviseIdea',
      method: 'post',
      path: '/ideas/:ideaId/advice',
      summary:
        "Add to the idea's advice thread: the secretariat's advice with a topic (project_management, economy, law, communication), or the author's reply",
      tag: TAG_IDEAS,
      body: adviseIdeaSchema.omit({ ideaId: true }),
      successStatus: 201,
      response: idOnly,
      errors: ['VALIDATION_FAILED'],
      example: () => ({ topic: 'economy', body: 'Et råd' }),
    },
    (actor, { c, params, body }) => adviseIdea(c.get('deps').db, actor, withParams(body, { ideaId: params.ideaId })),
  );
  defineOperation(
    api,
    {
      operationId: 'assessIdea',
      method: 'post',
      path: '/ideas/:ideaId/assessment',
      summary: 'The secretariat marks the idea promising, needing a new angle, or not a fit',
      tag: TAG_IDEAS,
      body: assessIdeaSchema.omit({ ideaId: true }),
      response: idOnly,
      errors: ['VALIDATION_FAILED'],
      example: () => ({ assessment: 'promising', note: 'Søg i næste runde.' }),
    },
    (actor, { c, params, body }) => assessIdea(c.get('deps').db, actor, withParams(body, { ideaId: params.ideaId })),
  );
  defineOperation(
    api,
    {
      operationId: 'convertIdeaToApplication',
      method: 'post',
      path: '/ideas/:ideaId/application',
      summary: 'Turn the idea into an application draft (title, summary and need analysis carried over)',
      tag: TAG_IDEAS,
      successStatus: 201,
      response: created,
      errors: ['TRANSITION_NOT_ALLOWED', 'VALIDATION_FAILED'],
    },
    (actor, { c, params }) => convertIdeaToApplication(c.get('deps').db, actor, { ideaId: params.ideaId }),
  );

  // --- applications ---------------------------------------------------------------------------
  defineOperation(
    api,
    {
      operationId: 'createApplication',
      method: 'post',
      path: '/applications',
      summary: 'Start an application draft in an open pool; the caller becomes its lead applicant',
      tag: TAG,
      body: createApplicationSchema,
      successStatus: 201,
      response: created,
      errors: ['VALIDATION_FAILED'],
      example: (id) => ({ poolId: id('poolId'), title: 'Skærmbesøg i hjemmeplejen' }),
    },
    (actor, { c, body }) => createApplication(c.get('deps').db, actor, body),
  );
  defineOperation(
    api,
    {
      operationId: 'listApplications',
      method: 'get',
      path: '/applications',
      summary:
        "The applications the caller may see (own; the organisation's for staff), most recently changed first, keyset pages (limit, after = nextCursor). mine=true keeps only one's own",
      tag: TAG,
      query: pageQuery.extend({ poolId: z.string().optional(), mine: z.enum(['true', 'false']).optional() }),
      response: z.object({ applications: z.array(applicationSummary), nextCursor: z.string().nullable() }),
      example: (id) => ({ poolId: id('poolId'), mine: 'true' }),
      errors: ['VALIDATION_FAILED'],
    },
    (actor, { c, query }) => listApplications(c.get('deps').db, actor, { ...query, mine: query.mine === 'true' }),
  );
  defineOperation(
    api,
    {
      operationId: 'getApplication',
      method: 'get',
      path: '/applications/:applicationId',
      summary: 'An application with its content (money in øre), co-applicants, attachments and section statuses',
      response: applicationBody,
      tag: TAG,
    },
    async (actor, { c, params }) => present(await getApplication(c.get('deps').db, actor, { applicationId: params.applicationId })),
  );
  defineOperation(
    api,
    {
      operationId: 'getSubmittedApplication',
      method: 'get',
      path: '/applications/:applicationId/submitted-copy',
      summary: 'The latest submitted version (the printable copy): its applicants and the secretariat only; NOT_FOUND before the first submission',
      response: submittedCopy,
      tag: TAG,
    },
    async (actor, { c, params }) => {
      const { view, version } = await getSubmittedCopy(c.get('deps').db, actor, { applicationId: params.applicationId });
      return {
        id: view.application.id,
        caseNumber: view.application.caseNumber,
        title: view.application.title,
        version: version.number,
        submittedAt: version.submittedAt,
        submittedBy: version.submittedByName,
        content: view.content,
        attachments: view.attachments,
      };
    },
  );
  defineOperation(
    api,
    {
      operationId: 'updateApplication',
      method: 'patch',
      path: '/applications/:applicationId',
      summary: 'Save fields of a draft (or of an application returned for more information); fields left out are kept',
      tag: TAG,
      body: updateApplicationSchema.omit({ applicationId: true }),
      response: applicationBody,
      errors: ['VALIDATION_FAILED', 'TRANSITION_NOT_ALLOWED'],
      example: () => ({ title: 'Skærmbesøg i hjemmeplejen', summary: 'Vi afprøver skærmbesøg som supplement til fysiske besøg.' }),
    },
    async (actor, { c, params, body }) => {
      const db = c.get('deps').db;
      await updateApplication(db, actor, withParams(body, { applicationId: params.applicationId }));
      return present(await getApplication(db, actor, { applicationId: params.applicationId }));
    },
  );
  defineOperation(
    api,
    {
      operationId: 'checkEligibility',
      method: 'get',
      path: '/applications/:applicationId/eligibility',
      summary: "The pool's rules evaluated (met or not, with reasons), the line's money per year, and what is missing",
      response: eligibilityReport,
      tag: TAG,
    },
    (actor, { c, params }) => checkEligibility(c.get('deps').db, actor, { applicationId: params.applicationId }),
  );
  defineOperation(
    api,
    {
      operationId: 'submitApplication',
      method: 'post',
      path: '/applications/:applicationId/submission',
      summary: 'Submit (or resubmit after a request for more information): lead applicant only; freezes a new version. NOT_ELIGIBLE lists what blocks it',
      tag: TAG,
      response: z.object({ id: z.string(), state: z.string(), version: z.number() }),
      errors: ['NOT_ELIGIBLE', 'TRANSITION_NOT_ALLOWED'],
    },
    (actor, { c, params }) => submitApplication(c.get('deps').db, actor, { applicationId: params.applicationId }),
  );
  defineOperation(
    api,
    {
      operationId: 'withdrawApplication',
      method: 'post',
      path: '/applications/:applicationId/withdrawal',
      summary: 'The lead applicant withdraws the application',
      tag: TAG,
      body: withdrawApplicationSchema.omit({ applicationId: true }),
      response: z.object({ id: z.string(), state: z.string() }),
      errors: ['VALIDATION_FAILED', 'TRANSITION_NOT_ALLOWED'],
      example: () => ({ reason: 'Vi venter et år' }),
    },
    (actor, { c, params, body }) => withdrawApplication(c.get('deps').db, actor, withParams(body, { applicationId: params.applicationId })),
  );
  defineOperation(
    api,
    {
      operationId: 'uploadAttachment',
      method: 'post',
      path: '/applications/:applicationId/attachments',
      summary: 'Attach a file (multipart/form-data, field "file"): PDF, Office documents or images, checked by content; size limit from the configuration',
      tag: TAG,
      body: uploadAttachmentFormSchema,
      requestContentType: 'multipart/form-data',
      successStatus: 201,
      response: z.object({ id: z.string(), contentType: z.string(), sizeBytes: z.number() }),
      errors: ['BAD_REQUEST', 'VALIDATION_FAILED', 'TRANSITION_NOT_ALLOWED', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE'],
      /** The multipart form's field (a PDF file named bilag.pdf), as the request must send it. */
      example: () => ({ file: 'bilag.pdf' }),
    },
    async (actor, { c, params }) => {
      const type = c.req.header('content-type') ?? '';
      if (!type.includes('multipart/form-data')) {
        throw new AppError('BAD_REQUEST', {
          message: { da: 'Send filen som multipart/form-data i feltet "file".', en: 'Send the file as multipart/form-data in the field "file".' },
        });
      }
      const form = await c.req.parseBody();
      const file = form.file;
      const isFile = typeof file === 'object' && file !== null && 'arrayBuffer' in file;
      return uploadAttachment(
        c.get('deps').db,
        actor,
        { applicationId: params.applicationId, fileName: isFile ? file.name : '', data: isFile ? new Uint8Array(await file.arrayBuffer()) : undefined },
        { maxBytes: c.get('deps').config.maxUploadBytes },
      );
    },
  );
  defineOperation(
    api,
    {
      operationId: 'downloadAttachment',
      method: 'get',
      path: '/applications/:applicationId/attachments/:attachmentId',
      summary: 'Download an attachment',
      tag: TAG,
      responseContentType: 'application/octet-stream',
    },
    async (actor, { c, params }) =>
      attachmentResponse(c, await getAttachment(c.get('deps').db, actor, { applicationId: params.applicationId, attachmentId: params.attachmentId })),
  );
  defineOperation(
    api,
    {
      operationId: 'listApplicationVersions',
      method: 'get',
      path: '/applications/:applicationId/versions',
      summary: 'The frozen versions (one per submission)',
      response: z.array(versionInfo),
      tag: TAG,
    },
    (actor, { c, params }) => listApplicationVersions(c.get('deps').db, actor, { applicationId: params.applicationId }),
  );
  defineOperation(
    api,
    {
      operationId: 'compareApplicationVersions',
      method: 'get',
      path: '/applications/:applicationId/versions/compare',
      summary: 'What changed between two versions, field by field (to=0: the current text)',
      tag: TAG,
      query: compareVersionsSchema.omit({ applicationId: true }),
      response: versionComparison,
      errors: ['VALIDATION_FAILED'],
      example: () => ({ from: 1, to: 2 }),
    },
    (actor, { c, params, query }) => compareVersions(c.get('deps').db, actor, { applicationId: params.applicationId, from: query.from, to: query.to }),
  );
  defineOperation(
    api,
    {
      operationId: 'addCoApplicant',
      method: 'post',
      path: '/applications/:applicationId/co-applicants',
      summary: 'The lead invites a colleague of the organisation (by e-mail) to edit',
      tag: TAG,
      body: coApplicantSchema.omit({ applicationId: true }),
      successStatus: 201,
      response: z.object({ userId: z.string() }),
      errors: ['VALIDATION_FAILED'],
      example: () => ({ email: 'bedoemmer@aarhus.demo' }),
    },
    (actor, { c, params, body }) => addCoApplicant(c.get('deps').db, actor, withParams(body, { applicationId: params.applicationId })),
  );
  defineOperation(
    api,
    {
      operationId: 'removeCoApplicant',
      method: 'delete',
      path: '/applications/:applicationId/co-applicants/:userId',
      summary: 'The lead removes a co-applicant',
      tag: TAG,
      successStatus: 204,
    },
    async (actor, { c, params }) => {
      await removeCoApplicant(c.get('deps').db, actor, { applicationId: params.applicationId, userId: params.userId });
      return null;
    },
  );
  defineOperation(
    api,
    {
      operationId: 'computeBusinessCase',
      method: 'post',
      path: '/business-case',
      summary:
        'Net present value and payback year of a business case (øre; discountRate as a fraction, default 0.035; horizonYears default 5). Nothing is stored',
      tag: TAG,
      body: businessCaseInputSchema,
      response: businessCaseResult,
      errors: ['VALIDATION_FAILED'],
      example: () => ({
        investmentOere: 300_000_00,
        yearlyRunningCostOere: 20_000_00,
        hoursFreedPerYear: 800,
        hourlyRateOere: 350_00,
        kronerSavedPerYearOere: 0,
        horizonYears: 5,
        discountRate: 0.035,
      }),
    },
    async (_actor, { body }) => computeBusinessCaseFigures(body),
  );

  return api;
}
