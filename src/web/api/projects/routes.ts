import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../env.js';
import { AppError } from '../../../errors.js';
import { addFollowUpReport, addFollowUpReportSchema } from '../../../usecases/projects/add-follow-up-report.js';
import { assignConsultant, assignConsultantSchema } from '../../../usecases/projects/assign-consultant.js';
import { exportReportsDue, exportReportsDueSchema } from '../../../usecases/projects/export-reports-due.js';
import { getFollowUpReport } from '../../../usecases/projects/get-follow-up-report.js';
import { getPoolProjectSettings } from '../../../usecases/projects/get-pool-project-settings.js';
import { getProject } from '../../../usecases/projects/get-project.js';
import { getReportAttachment } from '../../../usecases/projects/get-report-attachment.js';
import { listFollowUpReports } from '../../../usecases/projects/list-follow-up-reports.js';
import { listProjects, listProjectsSchema } from '../../../usecases/projects/list-projects.js';
import { listReportsDue, listReportsDueSchema } from '../../../usecases/projects/list-reports-due.js';
import { recordMilestone, recordMilestoneSchema } from '../../../usecases/projects/record-milestone.js';
import { rescheduleFollowUpReport } from '../../../usecases/projects/reschedule-follow-up-report.js';
import { reviewFollowUpReport } from '../../../usecases/projects/review-follow-up-report.js';
import { saveFollowUpReport, saveFollowUpReportSchema } from '../../../usecases/projects/save-follow-up-report.js';
import { savePoolProjectSettings, savePoolProjectSettingsSchema } from '../../../usecases/projects/save-pool-project-settings.js';
import { startProject } from '../../../usecases/projects/start-project.js';
import { submitFollowUpReport, submitFollowUpReportSchema } from '../../../usecases/projects/submit-follow-up-report.js';
import { uploadReportAttachment } from '../../../usecases/projects/upload-report-attachment.js';
import { fileResponse } from '../ledger/routes.js';
import { defineOperation } from '../registry.js';
import { poolProjectSettingsSchema, projectListSchema, projectViewSchema, reportSummarySchema, reportViewSchema, reportsDueSchema } from './schemas.js';
import { readDb } from '../../read-db.js';

const TAG = 'Projects';
/** Path parameters win over the same field in the body. */
const withParams = (body: unknown, params: Record<string, string>) => ({ ...(body && typeof body === 'object' ? body : {}), ...params });
const reportRef = z.object({ reportId: z.string(), status: z.string() });
const exampleContent = () => ({
  goals: [{ goalIndex: 0, value: '12 af 22', measuredOn: '2027-08-20', method: 'Registrering', comment: '', onTrack: 'yes' }],
  hoursFreedPerYear: 450,
  kronerSavedPerYearOere: null,
  spending: [{ year: 2027, costType: 'equipment', amountOere: 176_000_00 }],
  lessons: 'Opsætningen tog længere tid end planlagt.',
  adoption: 'Andre bosteder kan bruge samme opsætning.',
});

/** The projects area's JSON operations: the project, follow-up reports, reports due, consultants, milestones, reminder settings. */
export function projectApi(): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  const db = (c: { get(k: 'deps'): AppEnv['Variables']['deps'] }) => c.get('deps').db;

  defineOperation(
    api,
    {
      operationId: 'listProjects',
      method: 'get',
      path: '/projects',
      summary: 'The projects the caller sees (approved and later), with the next report due and overdue reports',
      tag: TAG,
      query: listProjectsSchema,
      example: (id) => ({ poolId: id('poolId') }),
      response: projectListSchema,
      errors: ['VALIDATION_FAILED'],
    },
    (actor, { c, query }) => listProjects(db(c), actor, query),
  );

  defineOperation(
    api,
    {
      operationId: 'getProject',
      method: 'get',
      path: '/projects/:applicationId',
      summary: 'A project: decision, money committed/paid/returned/left, phase, next report, milestones, result goals with measured values, history',
      tag: TAG,
      response: projectViewSchema,
    },
    (actor, { c, params }) => getProject(db(c), actor, { applicationId: params.applicationId }),
  );

  defineOperation(
    api,
    {
      operationId: 'startProject',
      method: 'post',
      path: '/projects/:applicationId/start',
      summary: "Record the actual start (igangsat; secretariat or project lead): schedules the reports at the pool's follow-up months and their reminders",
      tag: TAG,
      body: z.object({ startedOn: z.string().describe('YYYY-MM-DD'), plannedEndOn: z.string().optional().describe('YYYY-MM-DD') }),
      response: z.object({
        applicationId: z.string(),
        startedOn: z.string(),
        reports: z.array(z.object({ id: z.string(), title: z.string(), dueOn: z.string() })),
      }),
      successStatus: 201,
      example: () => ({ startedOn: '2027-03-01' }),
      errors: ['VALIDATION_FAILED', 'TRANSITION_NOT_ALLOWED'],
    },
    (actor, { c, params, body }) => startProject(db(c), actor, withParams(body, { applicationId: params.applicationId ?? '' })),
  );

  defineOperation(
    api,
    {
      operationId: 'listFollowUpReports',
      method: 'get',
      path: '/projects/:applicationId/reports',
      summary: "A project's follow-up reports with today's status (scheduled, due, overdue, submitted, accepted, changes requested, skipped)",
      tag: TAG,
      response: z.object({ reports: z.array(reportSummarySchema) }),
    },
    (actor, { c, params }) => listFollowUpReports(db(c), actor, { applicationId: params.applicationId }),
  );

  defineOperation(
    api,
    {
      operationId: 'addFollowUpReport',
      method: 'post',
      path: '/projects/:applicationId/reports',
      summary: 'Add a report by hand (secretariat): ad hoc or final, with a due date; its reminders are scheduled',
      tag: TAG,
      body: addFollowUpReportSchema.omit({ applicationId: true }),
      response: z.object({ reportId: z.string() }),
      successStatus: 201,
      example: () => ({ kind: 'final', title: 'Slutrapport', dueOn: '2028-06-01' }),
      errors: ['VALIDATION_FAILED', 'TRANSITION_NOT_ALLOWED'],
    },
    (actor, { c, params, body }) => addFollowUpReport(db(c), actor, withParams(body, { applicationId: params.applicationId ?? '' })),
  );

  defineOperation(
    api,
    {
      operationId: 'getFollowUpReport',
      method: 'get',
      path: '/projects/:applicationId/reports/:reportId',
      summary: 'A follow-up report: its working copy (or ?version=n), the result goals, expected gains, budget, ledger payouts per year, versions, attachments',
      tag: TAG,
      query: z.object({ version: z.string().optional() }),
      example: () => ({}),
      response: reportViewSchema,
    },
    (actor, { c, params, query }) =>
      getFollowUpReport(db(c), actor, { applicationId: params.applicationId, reportId: params.reportId, version: query.version }),
  );

  defineOperation(
    api,
    {
      operationId: 'saveFollowUpReport',
      method: 'put',
      path: '/projects/:applicationId/reports/:reportId',
      summary: 'Save the report as a draft (the lead, co-applicants or an assigned consultant)',
      tag: TAG,
      body: saveFollowUpReportSchema.omit({ applicationId: true, reportId: true }),
      response: z.object({ reportId: z.string(), savedAt: z.string() }),
      example: () => ({ content: exampleContent() }),
      errors: ['VALIDATION_FAILED', 'TRANSITION_NOT_ALLOWED'],
    },
    (actor, { c, params, body }) =>
      saveFollowUpReport(db(c), actor, withParams(body, { applicationId: params.applicationId ?? '', reportId: params.reportId ?? '' })),
  );

  defineOperation(
    api,
    {
      operationId: 'submitFollowUpReport',
      method: 'post',
      path: '/projects/:applicationId/reports/:reportId/submission',
      summary: 'Submit the report (with the content given, or the saved draft): freezes a new version; every result goal needs a value and on-track',
      tag: TAG,
      body: submitFollowUpReportSchema.omit({ applicationId: true, reportId: true }),
      response: z.object({ reportId: z.string(), version: z.number() }),
      example: () => ({ content: exampleContent() }),
      errors: ['VALIDATION_FAILED', 'TRANSITION_NOT_ALLOWED'],
    },
    (actor, { c, params, body }) =>
      submitFollowUpReport(db(c), actor, withParams(body, { applicationId: params.applicationId ?? '', reportId: params.reportId ?? '' })),
  );

  defineOperation(
    api,
    {
      operationId: 'reviewFollowUpReport',
      method: 'post',
      path: '/projects/:applicationId/reports/:reportId/review',
      summary: 'Accept a submitted report or ask for changes with a comment (secretariat)',
      tag: TAG,
      body: z.object({ outcome: z.enum(['accept', 'request_changes']), comment: z.string().optional() }),
      response: reportRef,
      example: () => ({ outcome: 'accept', comment: '' }),
      errors: ['VALIDATION_FAILED', 'TRANSITION_NOT_ALLOWED'],
    },
    (actor, { c, params, body }) =>
      reviewFollowUpReport(db(c), actor, withParams(body, { applicationId: params.applicationId ?? '', reportId: params.reportId ?? '' })),
  );

  defineOperation(
    api,
    {
      operationId: 'rescheduleFollowUpReport',
      method: 'post',
      path: '/projects/:applicationId/reports/:reportId/reschedule',
      summary: "Move a report's due date (action=move, dueOn) or skip it (action=skip), with a recorded reason (secretariat); reminders follow",
      tag: TAG,
      body: z.object({ action: z.enum(['move', 'skip']), dueOn: z.string().optional(), reason: z.string() }),
      response: reportRef.extend({ dueOn: z.string() }),
      example: () => ({ action: 'move', dueOn: '2027-10-01', reason: 'Leverandøren er forsinket' }),
      errors: ['VALIDATION_FAILED', 'TRANSITION_NOT_ALLOWED'],
    },
    (actor, { c, params, body }) =>
      rescheduleFollowUpReport(db(c), actor, withParams(body, { applicationId: params.applicationId ?? '', reportId: params.reportId ?? '' })),
  );

  defineOperation(
    api,
    {
      operationId: 'uploadReportAttachment',
      method: 'post',
      path: '/projects/:applicationId/reports/:reportId/attachments',
      summary: 'Attach a file to a report (multipart/form-data, field "file"): PDF, Office documents or images',
      tag: TAG,
      requestContentType: 'multipart/form-data',
      body: z.object({ file: z.string().describe('The file, as multipart/form-data') }),
      response: z.object({ id: z.string(), contentType: z.string(), sizeBytes: z.number() }),
      successStatus: 201,
      errors: ['VALIDATION_FAILED', 'TRANSITION_NOT_ALLOWED', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE'],
    },
    async (actor, { c, params }) => {
      if (!(c.req.header('content-type') ?? '').includes('multipart/form-data')) {
        throw new AppError('VALIDATION_FAILED', {
          message: { da: 'Send filen som multipart/form-data i feltet "file".', en: 'Send the file as multipart/form-data in the field "file".' },
          fields: { file: 'Vælg en fil' },
        });
      }
      const form = await c.req.parseBody();
      const file = form.file;
      const isFile = typeof file === 'object' && file !== null && 'arrayBuffer' in file;
      return uploadReportAttachment(
        db(c),
        actor,
        {
          applicationId: params.applicationId,
          reportId: params.reportId,
          fileName: isFile ? file.name : '',
          data: isFile ? new Uint8Array(await file.arrayBuffer()) : undefined,
        },
        { maxBytes: c.get('deps').config.maxUploadBytes },
      );
    },
  );

  defineOperation(
    api,
    {
      operationId: 'getReportAttachment',
      method: 'get',
      path: '/projects/:applicationId/reports/:reportId/attachments/:attachmentId',
      summary: "Download a report's file",
      tag: TAG,
      responseContentType: 'application/octet-stream',
    },
    async (actor, { c, params }) => {
      const f = await getReportAttachment(db(c), actor, params);
      return fileResponse({ fileName: f.fileName, contentType: f.contentType, body: f.data });
    },
  );

  defineOperation(
    api,
    {
      operationId: 'listReportsDue',
      method: 'get',
      path: '/reports-due',
      summary: "Reports overdue or due within 30 days across the caller's organisations, by pool and unit (secretariat)",
      tag: TAG,
      query: listReportsDueSchema,
      example: (id) => ({ poolId: id('poolId'), show: 'all' }),
      response: reportsDueSchema,
      errors: ['VALIDATION_FAILED'],
    },
    (actor, { c, query }) => listReportsDue(readDb(c), actor, query),
  );

  defineOperation(
    api,
    {
      operationId: 'exportReportsDue',
      method: 'get',
      path: '/reports-due/export',
      summary: 'The reports-due table as CSV (UTF-8 with BOM, semicolons) or XLSX, with the same filters',
      tag: TAG,
      query: exportReportsDueSchema,
      responseContentType: 'application/octet-stream',
      example: () => ({ format: 'csv' }),
      errors: ['VALIDATION_FAILED'],
    },
    async (actor, { c, query }) => fileResponse(await exportReportsDue(readDb(c), actor, query)),
  );

  defineOperation(
    api,
    {
      operationId: 'assignConsultant',
      method: 'post',
      path: '/projects/:applicationId/consultants',
      summary: 'Assign a welfare-technology consultant to the project by e-mail, or take them off (remove=true) (secretariat)',
      tag: TAG,
      body: assignConsultantSchema.omit({ applicationId: true }),
      response: z.object({ userId: z.string(), assigned: z.boolean() }),
      example: () => ({ email: 'konsulent@vejle.demo' }),
      errors: ['VALIDATION_FAILED'],
    },
    (actor, { c, params, body }) => assignConsultant(db(c), actor, withParams(body, { applicationId: params.applicationId ?? '' })),
  );

  defineOperation(
    api,
    {
      operationId: 'recordMilestone',
      method: 'post',
      path: '/projects/:applicationId/milestones',
      summary: 'Add a milestone or record its planned and actual dates (milestoneId to change one) (secretariat or project lead)',
      tag: TAG,
      body: recordMilestoneSchema.omit({ applicationId: true }),
      response: z.object({ milestoneId: z.string() }),
      example: () => ({ title: 'Skærme opsat', plannedOn: '2027-04-01', actualOn: '2027-04-10' }),
      errors: ['VALIDATION_FAILED', 'TRANSITION_NOT_ALLOWED'],
    },
    (actor, { c, params, body }) => recordMilestone(db(c), actor, withParams(body, { applicationId: params.applicationId ?? '' })),
  );

  defineOperation(
    api,
    {
      operationId: 'getPoolProjectSettings',
      method: 'get',
      path: '/pools/:poolId/project-settings',
      summary: "How the pool runs its projects: reminder offsets (days before/after a report's due date), who decides outcomes and changes",
      tag: TAG,
      response: poolProjectSettingsSchema,
    },
    (actor, { c, params }) => getPoolProjectSettings(db(c), actor, { poolId: params.poolId }),
  );

  defineOperation(
    api,
    {
      operationId: 'savePoolProjectSettings',
      method: 'put',
      path: '/pools/:poolId/project-settings',
      summary: "Set the pool's reminder offsets (and deciding roles); reminders still to come are rescheduled",
      tag: TAG,
      body: savePoolProjectSettingsSchema.omit({ poolId: true }),
      response: poolProjectSettingsSchema,
      example: () => ({ reminderOffsetsDays: [-14, -3, 1, 14] }),
      errors: ['VALIDATION_FAILED'],
    },
    (actor, { c, params, body }) => savePoolProjectSettings(db(c), actor, withParams(body, { poolId: params.poolId ?? '' })),
  );

  return api;
}
