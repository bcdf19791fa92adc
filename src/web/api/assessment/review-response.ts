import { z } from 'zod';
import type { ConflictWorkspace, ReviewWorkspace } from '../../../usecases/assessment/review-workspace.js';

const score = z.union([z.number(), z.literal('na')]);

/** The getReview answer (dates as ISO strings). After a declared conflict `application`, `parties` and `scores` are null. */
export const reviewResponse = z.object({
  applicationId: z.string(),
  caseNumber: z.string(),
  status: z.enum(['assigned', 'accepted', 'conflict', 'submitted']),
  application: z.object({ title: z.string(), summary: z.string(), amountAppliedOere: z.number().int() }).nullable(),
  parties: z
    .object({
      leadApplicantName: z.string(),
      leadDepartment: z.string(),
      partnerDepartments: z.array(z.string()),
      coApplicants: z.array(z.string()),
      privatePartners: z.array(z.object({ name: z.string(), cvr: z.string() })),
      publicPartners: z.array(z.string()),
    })
    .nullable(),
  scoringOpen: z.boolean(),
  /** Own scores: a draft (`draftSavedAt` set, status accepted) or the submitted review. */
  scores: z.record(z.string(), score).nullable(),
  comments: z.record(z.string(), z.string()).nullable(),
  overallComment: z.string(),
  draftSavedAt: z.iso.datetime().nullable(),
  submittedAt: z.iso.datetime().nullable(),
});

/** The reviewer's workspace as the API answers it. */
export function reviewView(ws: ReviewWorkspace | ConflictWorkspace): z.input<typeof reviewResponse> {
  if (ws.conflict) {
    return {
      applicationId: ws.applicationId,
      caseNumber: ws.caseNumber,
      status: 'conflict',
      application: null,
      parties: null,
      scoringOpen: false,
      scores: null,
      comments: null,
      overallComment: '',
      draftSavedAt: null,
      submittedAt: null,
    };
  }
  const { application: a, review: r } = ws;
  return {
    applicationId: a.id,
    caseNumber: a.caseNumber,
    // A removed assignment never gets here (getReviewWorkspace refuses it with FORBIDDEN).
    status: r.status === 'removed' ? 'conflict' : r.status,
    application: { title: a.title, summary: typeof a.content.summary === 'string' ? a.content.summary : '', amountAppliedOere: a.amountAppliedOere },
    parties: ws.parties,
    scoringOpen: ws.scoringOpen,
    scores: r.scores ?? null,
    comments: r.comments ?? null,
    overallComment: r.overallComment,
    draftSavedAt: r.draftSavedAt?.toISOString() ?? null,
    submittedAt: r.submittedAt?.toISOString() ?? null,
  };
}
