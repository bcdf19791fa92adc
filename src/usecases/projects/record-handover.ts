import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { projectHandovers } from '../../db/schema/project-outcomes.js';
import { isoDate } from '../../domain/application-content.js';
import { oereSchema } from '../../domain/money.js';
import { AppError, validationFailed } from '../../errors.js';
import { assertMayHandOver } from '../../policies/project-outcomes.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { foreignDepartments } from './outcome-departments.js';
import { loadOutcomeProject, requireVisibleProject } from './outcome-project.js';

const required = (what: string, max: number) =>
  z
    .string({ error: `Angiv ${what}` })
    .trim()
    .min(1, { error: `Angiv ${what}` })
    .max(max, { error: `Højst ${max} tegn` });

export const recordHandoverSchema = z.object({
  applicationId: z.string(),
  ownerDepartmentId: z.uuid({ error: 'Vælg den enhed, der ejer driften' }),
  operatingBudget: required('det driftsbudget, der betaler fremover', 500),
  yearlyOperatingCostOere: oereSchema({ type: 'Angiv de årlige driftsudgifter i kroner, fx 120.000' }),
  trainingPlan: required('oplæringsplanen', 8000),
  goLiveDate: isoDate('datoen for idriftsættelse'),
});

/** States after the decision to run or scale up, in which the handover is recorded. */
const HANDOVER_STATES = ['in_operation', 'scaled_up'];

/**
 * The handover to operation: the owner unit, the operating budget that now pays, the training plan and
 * the go-live date. From here the pool pays nothing more for the project (the ledger's handover guard
 * refuses commitments and payouts), and the project can be closed.
 */
export async function recordHandover(db: Db, actor: Actor, input: unknown): Promise<{ id: string }> {
  await requireVisibleProject(db, actor, input);
  const data = parseInput(recordHandoverSchema, input);
  return db.transaction(async (tx) => {
    const { application } = await loadOutcomeProject(tx, actor, data.applicationId, { forUpdate: true });
    assertMayHandOver(actor, application);
    if (!HANDOVER_STATES.includes(application.state)) {
      throw new AppError('TRANSITION_NOT_ALLOWED', {
        message: {
          da: 'Overdragelsen til drift registreres, når der er besluttet drift eller opskalering.',
          en: 'The handover is recorded once operation or scale-up has been decided.',
        },
      });
    }
    if ((await foreignDepartments(tx, application.organisationId, [data.ownerDepartmentId])).length > 0) {
      throw validationFailed({ ownerDepartmentId: 'Vælg en enhed i kommunen' });
    }
    const [row] = await tx
      .insert(projectHandovers)
      .values({
        applicationId: application.id,
        ownerDepartmentId: data.ownerDepartmentId,
        operatingBudget: data.operatingBudget,
        yearlyOperatingCostOere: data.yearlyOperatingCostOere,
        trainingPlan: data.trainingPlan,
        goLiveDate: data.goLiveDate,
        recordedByUserId: actor.userId,
      })
      .onConflictDoNothing()
      .returning({ id: projectHandovers.id });
    if (!row) throw new AppError('ALREADY_EXISTS', { message: { da: 'Overdragelsen er allerede registreret.', en: 'The handover is already recorded.' } });
    await recordAudit(tx, actor, {
      action: 'project.handedOver',
      objectType: 'application',
      objectId: application.id,
      organisationId: application.organisationId,
      after: { handoverId: row.id, ...data },
    });
    return row;
  });
}
