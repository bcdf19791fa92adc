import { asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/accounts.js';
import { trainingRecords } from '../../db/schema/training.js';
import { todayInCopenhagen } from '../../domain/dates.js';
import { TRAINING_LEVELS, dueTraining, refreshDueOn, type DueItem, type TrainingLevel } from '../../domain/training.js';
import { can } from '../../policies/authorize.js';
import type { Actor } from '../shared/actor.js';
import { technologiesInUse, type TechnologyInUse } from './technologies-in-use.js';
import { trainingUnit, type TrainingUnit } from './unit-of.js';

export interface TrainingRecordView {
  id: string;
  technology: string;
  applicationId: string | null;
  personName: string;
  level: TrainingLevel;
  trainedOn: string;
  refreshDueOn: string;
  recordedByName: string;
}

export interface TechnologyOverview {
  name: string;
  /** The project it comes from; null for a technology only added by hand (a training recorded in it). */
  project: Pick<TechnologyInUse, 'applicationId' | 'caseNumber' | 'source' | 'applicationPlan' | 'handoverPlan'> | null;
  /** People trained per level (distinct names, any date). */
  counts: Record<TrainingLevel, number>;
  due: DueItem[];
}

export interface TrainingOverview {
  unit: TrainingUnit;
  mayRecord: boolean;
  today: string;
  technologies: TechnologyOverview[];
  records: TrainingRecordView[];
  due: DueItem[];
}

/** A unit's training: technologies in use with counts per level, the training plans, who is trained, and what is due. */
export async function getTrainingOverview(db: Db, actor: Actor, input: unknown, now: Date = new Date()): Promise<TrainingOverview> {
  const unit = await trainingUnit(db, actor, (input as { departmentId?: unknown } | null)?.departmentId, 'training.view');
  const today = todayInCopenhagen(now);
  const inUse = await technologiesInUse(db, unit.id);
  const rows = await db
    .select({
      id: trainingRecords.id,
      technology: trainingRecords.technology,
      applicationId: trainingRecords.applicationId,
      personName: trainingRecords.personName,
      level: trainingRecords.level,
      trainedOn: trainingRecords.trainedOn,
      recordedByName: users.name,
    })
    .from(trainingRecords)
    .innerJoin(users, eq(users.id, trainingRecords.recordedByUserId))
    .where(eq(trainingRecords.departmentId, unit.id))
    .orderBy(asc(trainingRecords.technology), desc(trainingRecords.trainedOn), asc(trainingRecords.personName));
  const records = rows.map((r) => ({ ...r, refreshDueOn: refreshDueOn(r.trainedOn, r.level) }));
  const due = dueTraining(
    inUse.map((t) => t.name),
    records,
    today,
  );
  const lower = (s: string) => s.trim().toLowerCase();
  const names = [...inUse.map((t) => t.name), ...records.map((r) => r.technology)];
  const technologies: TechnologyOverview[] = [];
  for (const name of names) {
    if (technologies.some((t) => lower(t.name) === lower(name))) continue;
    const project = inUse.find((t) => lower(t.name) === lower(name));
    const mine = records.filter((r) => lower(r.technology) === lower(name));
    const counts = Object.fromEntries(
      TRAINING_LEVELS.map((l) => [l, new Set(mine.filter((r) => r.level === l).map((r) => lower(r.personName))).size]),
    ) as Record<TrainingLevel, number>;
    technologies.push({
      name: project?.name ?? name,
      project: project
        ? {
            applicationId: project.applicationId,
            caseNumber: project.caseNumber,
            source: project.source,
            applicationPlan: project.applicationPlan,
            handoverPlan: project.handoverPlan,
          }
        : null,
      counts,
      due: due.filter((d) => lower(d.technology) === lower(name)),
    });
  }
  return { unit, mayRecord: can(actor, 'training.record', unit.organisationId), today, technologies, records, due };
}
