import { eq } from 'drizzle-orm';
import { paths } from '../../paths.js';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { reviews } from '../../db/schema/assessment.js';
import { AppError, forbidden, validationFailed } from '../../errors.js';
import { mayOpenReview } from '../../policies/assessment.js';
import { membersWithPermission, notify } from '../notifications/notify.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { loadForAssessment, ownReview } from './load.js';

const yesNo = z.preprocess((v) => (v === 'true' || v === 'ja' ? true : v === 'false' || v === 'nej' ? false : v), z.boolean({ error: 'Svar ja eller nej' }));

export const declareConflictSchema = z.object({
  applicationId: z.string(),
  hasConflict: yesNo,
  note: z.string().trim().max(2000, { error: 'Højst 2000 tegn' }).default(''),
});

/**
 * A reviewer's conflict-of-interest declaration, made before scoring. A declared conflict removes the
 * reviewer from the application (status `conflict`, audited) and tells the secretariat, which can
 * assign a replacement. Only the reviewer's own, undeclared or not-yet-submitted assignment.
 */
export async function declareConflict(db: Db, actor: Actor, input: unknown): Promise<{ status: string }> {
  const data = parseInput(declareConflictSchema, input);
  if (data.hasConflict && data.note === '') throw validationFailed({ note: 'Beskriv kort, hvori inhabiliteten består.' });
  return db.transaction(async (tx) => {
    const { application } = await loadForAssessment(tx, actor, data.applicationId, 'assessment.review');
    const review = await ownReview(tx, application.id, actor.userId);
    if (!mayOpenReview(actor, review)) throw forbidden();
    if (review.status !== 'assigned' && review.status !== 'accepted') {
      throw new AppError('TRANSITION_NOT_ALLOWED', {
        message: {
          da: 'Habilitet kan kun erklæres, før bedømmelsen er afleveret.',
          en: 'Conflict of interest can only be declared before the review is submitted.',
        },
      });
    }
    const status = data.hasConflict ? 'conflict' : 'accepted';
    await tx.update(reviews).set({ status, hasConflict: data.hasConflict, conflictNote: data.note, declaredAt: new Date() }).where(eq(reviews.id, review.id));
    await recordAudit(tx, actor, {
      action: data.hasConflict ? 'review.conflict_declared' : 'review.no_conflict_declared',
      objectType: 'application',
      objectId: application.id,
      organisationId: application.organisationId,
      before: { status: review.status },
      after: { status, reviewerUserId: actor.userId, hasConflict: data.hasConflict, note: data.note },
    });
    if (data.hasConflict) {
      await notify(tx, {
        userIds: await membersWithPermission(tx, application.organisationId, 'assessment.screen'),
        organisationId: application.organisationId,
        applicationId: application.id,
        kind: 'review.conflict_declared',
        title: {
          da: `Inhabilitet på ${application.caseNumber}: tildel en ny bedømmer`,
          en: `Conflict of interest on ${application.caseNumber}: assign a new reviewer`,
        },
        body: {
          da: `${actor.name} har erklæret sig inhabil i ansøgningen "${application.title}" og er taget af sagen.\n\nBegrundelse: ${data.note}`,
          en: `${actor.name} declared a conflict of interest on the application "${application.title}" and has been removed from it.\n\nNote: ${data.note}`,
        },
        link: paths.assessment.case({ applicationId: application.id }),
        email: false,
      });
    }
    return { status };
  });
}
