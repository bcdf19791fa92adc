import { z } from 'zod';
import { paths } from '../../paths.js';
import type { Db } from '../../db/client.js';
import { informationRequests } from '../../db/schema/assessment.js';
import { applyTransition } from '../applications/apply-transition.js';
import { notify } from '../notifications/notify.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { loadForAssessment } from './load.js';
import { workflowRolesFor } from '../../policies/assessment.js';

export const requestMoreInformationSchema = z.object({
  applicationId: z.string(),
  question: z
    .string({ error: 'Skriv spørgsmålet til ansøgeren' })
    .trim()
    .min(1, { error: 'Skriv spørgsmålet til ansøgeren' })
    .max(4000, { error: 'Højst 4000 tegn' }),
});

/**
 * The secretariat sends the application back to the applicant with a question. The question is
 * stored (shown to the applicant) and the applicant is notified; the answer is a resubmission, which
 * makes a new version (applications area).
 */
export async function requestMoreInformation(db: Db, actor: Actor, input: unknown): Promise<{ id: string; state: string }> {
  const data = parseInput(requestMoreInformationSchema, input);
  return db.transaction(async (tx) => {
    const { application } = await loadForAssessment(tx, actor, data.applicationId, 'assessment.screen');
    const result = await applyTransition(tx, actor, {
      applicationId: application.id,
      action: 'request_more_info',
      roles: workflowRolesFor(actor, application),
      details: { question: data.question },
    });
    const [row] = await tx
      .insert(informationRequests)
      .values({ applicationId: application.id, question: data.question, askedByUserId: actor.userId })
      .returning({ id: informationRequests.id });
    if (!row) throw new Error('insert returned no row');
    await notify(tx, {
      userIds: [application.leadUserId],
      organisationId: application.organisationId,
      applicationId: application.id,
      kind: 'application.more_info_requested',
      title: { da: `Vi mangler oplysninger til ansøgning ${application.caseNumber}`, en: `We need more information for application ${application.caseNumber}` },
      body: {
        da: `Sekretariatet har et spørgsmål til ansøgningen "${application.title}":\n\n${data.question}\n\nRet ansøgningen, og indsend den igen.`,
        en: `The secretariat has a question about the application "${application.title}":\n\n${data.question}\n\nEdit the application and submit it again.`,
      },
      link: paths.applications.show({ applicationId: application.id }),
    });
    return { id: row.id, state: result.to };
  });
}
