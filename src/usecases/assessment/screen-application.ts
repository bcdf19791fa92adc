import { z } from 'zod';
import { paths } from '../../paths.js';
import type { Db } from '../../db/client.js';
import { screenings } from '../../db/schema/assessment.js';
import { validationFailed } from '../../errors.js';
import { applyTransition } from '../applications/apply-transition.js';
import { notify } from '../notifications/notify.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { loadForAssessment } from './load.js';
import { workflowRolesFor } from '../../policies/assessment.js';

export const screenApplicationSchema = z.object({
  applicationId: z.string(),
  decision: z.enum(['qualify', 'reject_ineligible'], { error: 'Vælg, om ansøgningen kvalificeres eller afvises' }),
  /** Required when rejecting: told to the applicant. */
  reason: z.string().trim().max(4000, { error: 'Højst 4000 tegn' }).default(''),
});
export type ScreenApplicationInput = z.input<typeof screenApplicationSchema>;

/** The secretariat qualifies an application, or rejects it as ineligible with a reason (the applicant is told). */
export async function screenApplication(db: Db, actor: Actor, input: unknown): Promise<{ state: string }> {
  const data = parseInput(screenApplicationSchema, input);
  if (data.decision === 'reject_ineligible' && data.reason === '') {
    throw validationFailed({ reason: 'Skriv begrundelsen for afvisningen. Den sendes til ansøgeren.' });
  }
  return db.transaction(async (tx) => {
    const { application } = await loadForAssessment(tx, actor, data.applicationId, 'assessment.screen');
    const result = await applyTransition(tx, actor, {
      applicationId: application.id,
      action: data.decision,
      roles: workflowRolesFor(actor, application),
      details: data.reason ? { reason: data.reason } : undefined,
    });
    await tx.insert(screenings).values({ applicationId: application.id, decision: data.decision, reason: data.reason, screenedByUserId: actor.userId });
    if (data.decision === 'reject_ineligible') {
      await notify(tx, {
        userIds: [application.leadUserId],
        organisationId: application.organisationId,
        applicationId: application.id,
        kind: 'application.rejected_ineligible',
        title: { da: `Din ansøgning ${application.caseNumber} er afvist`, en: `Your application ${application.caseNumber} was rejected` },
        body: {
          da: `Ansøgningen "${application.title}" opfylder ikke puljens kriterier og er afvist.\n\nBegrundelse: ${data.reason}`,
          en: `The application "${application.title}" does not meet the pool's criteria and was rejected.\n\nReason: ${data.reason}`,
        },
        link: paths.applications.show({ applicationId: application.id }),
      });
    }
    return { state: result.to };
  });
}
