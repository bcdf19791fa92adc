import type { Db } from '../../db/client.js';
import { trainingRecords } from '../../db/schema/training.js';
import { validationFailed } from '../../errors.js';
import { todayInCopenhagen } from '../../domain/dates.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { recordTrainingSchema } from './schemas.js';
import { technologiesInUse } from './technologies-in-use.js';
import { trainingUnit } from './unit-of.js';

/**
 * Record that a person in a unit was trained in a technology at a level (append-only: a refresher is
 * a new record). The technology is linked to the unit's project of the same name, when there is one.
 */
export async function recordTraining(db: Db, actor: Actor, input: unknown, now: Date = new Date()): Promise<{ id: string }> {
  const unit = await trainingUnit(db, actor, (input as { departmentId?: unknown } | null)?.departmentId, 'training.record');
  const data = parseInput(recordTrainingSchema, input);
  if (data.trainedOn > todayInCopenhagen(now)) throw validationFailed({ trainedOn: 'Datoen ligger i fremtiden; registrér uddannelsen, når den er givet' });
  const project = (await technologiesInUse(db, unit.id)).find((t) => t.name.toLowerCase() === data.technology.toLowerCase());
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(trainingRecords)
      .values({
        organisationId: unit.organisationId,
        departmentId: unit.id,
        technology: project?.name ?? data.technology,
        applicationId: project?.applicationId ?? null,
        personName: data.personName,
        level: data.level,
        trainedOn: data.trainedOn,
        recordedByUserId: actor.userId,
      })
      .returning({ id: trainingRecords.id });
    if (!row) throw new Error('recordTraining: no row');
    await recordAudit(tx, actor, {
      action: 'training.recorded',
      objectType: 'training_record',
      objectId: row.id,
      organisationId: unit.organisationId,
      after: data,
    });
    return row;
  });
}
