import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/accounts.js';
import { evaluationAgendaItems, projectEvaluations } from '../../db/schema/project-outcomes.js';
import { decisionBodies, meetings, pools } from '../../db/schema/pools.js';
import { todayInCopenhagen } from '../../domain/dates.js';
import { compareBusinessCases, completeBusinessCase, type BusinessCaseComparison, type GoalEvaluation } from '../../domain/evaluation.js';
import type { BusinessCaseInput } from '../../domain/business-case.js';
import { can } from '../../policies/authorize.js';
import { mayViewProjectOutcome, mayWriteEvaluation, requireWithin } from '../../policies/project-outcomes.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { AGENDA_EDITABLE_STATES as EDITABLE_MEETING_STATUSES } from '../../domain/meeting-workflow.js';
import { departmentsOf } from './outcome-departments.js';
import { loadOutcomeProject } from './outcome-project.js';
import { evaluationPrefill } from './evaluation-prefill.js';
import { reportFactsFor } from './report-facts.js';

export const getEvaluationSchema = z.object({ applicationId: z.string() });

export type EvaluationRow = typeof projectEvaluations.$inferSelect;

export interface EvaluationView {
  project: { id: string; title: string; caseNumber: string; state: string; organisationId: string; poolId: string; poolName: string };
  evaluation: (EvaluationRow & { recordedByName: string }) | null;
  /** The expected business case (from the application) and the actual one (from the evaluation, or the prefill). */
  comparison: BusinessCaseComparison;
  /** What the form starts from when nothing is recorded yet (from the follow-up reports when they give data). */
  prefill: { goals: GoalEvaluation[]; actualBusinessCase: BusinessCaseInput | null };
  agenda: { meetingId: string; startsAt: Date; bodyName: string; status: string }[];
  /** Meetings of the pool's bodies the evaluation can still go on. */
  meetingChoices: { id: string; startsAt: Date; bodyName: string }[];
  departments: { id: string; name: string }[];
  can: { write: boolean; putOnAgenda: boolean };
}

/** A project's evaluation with the expected and actual business case side by side, and where it is on an agenda. */
export async function getEvaluation(db: Db, actor: Actor, input: unknown, today = todayInCopenhagen()): Promise<EvaluationView> {
  const { applicationId } = parseInput(getEvaluationSchema, input);
  const project = await loadOutcomeProject(db, actor, applicationId);
  const { application } = project;
  requireWithin(actor, application.organisationId, mayViewProjectOutcome(actor, application, project));
  const [row] = await db
    .select({ evaluation: projectEvaluations, recordedByName: users.name })
    .from(projectEvaluations)
    .innerJoin(users, eq(users.id, projectEvaluations.recordedByUserId))
    .where(eq(projectEvaluations.applicationId, application.id));
  const facts = (await reportFactsFor(db, [application.id], today)).get(application.id);
  const prefill = evaluationPrefill(project.content, facts);
  const expected = row?.evaluation.expectedBusinessCase ?? completeBusinessCase(project.content.businessCase);
  const [pool] = await db.select({ name: pools.name }).from(pools).where(eq(pools.id, application.poolId));
  const bodies = await db
    .select({ id: decisionBodies.id, name: decisionBodies.name })
    .from(decisionBodies)
    .where(eq(decisionBodies.poolId, application.poolId));
  const bodyName = new Map(bodies.map((b) => [b.id, b.name]));
  const agenda = await db
    .select({ meetingId: meetings.id, startsAt: meetings.startsAt, bodyId: meetings.decisionBodyId, status: meetings.status })
    .from(evaluationAgendaItems)
    .innerJoin(meetings, eq(meetings.id, evaluationAgendaItems.meetingId))
    .where(eq(evaluationAgendaItems.applicationId, application.id))
    .orderBy(asc(meetings.startsAt));
  const onAgenda = new Set(agenda.map((a) => a.meetingId));
  const open =
    bodies.length === 0
      ? []
      : await db
          .select({ id: meetings.id, startsAt: meetings.startsAt, bodyId: meetings.decisionBodyId })
          .from(meetings)
          .where(
            and(
              inArray(
                meetings.decisionBodyId,
                bodies.map((b) => b.id),
              ),
              inArray(meetings.status, [...EDITABLE_MEETING_STATUSES]),
            ),
          )
          .orderBy(asc(meetings.startsAt));
  const { assignedConsultant } = project;
  return {
    project: {
      id: application.id,
      title: application.title,
      caseNumber: application.caseNumber,
      state: application.state,
      organisationId: application.organisationId,
      poolId: application.poolId,
      poolName: pool?.name ?? '',
    },
    evaluation: row ? { ...row.evaluation, recordedByName: row.recordedByName } : null,
    comparison: compareBusinessCases(expected, row?.evaluation.actualBusinessCase ?? prefill.actualBusinessCase),
    prefill,
    agenda: agenda.map((a) => ({ meetingId: a.meetingId, startsAt: a.startsAt, status: a.status, bodyName: bodyName.get(a.bodyId) ?? '' })),
    meetingChoices: open.filter((m) => !onAgenda.has(m.id)).map((m) => ({ id: m.id, startsAt: m.startsAt, bodyName: bodyName.get(m.bodyId) ?? '' })),
    departments: await departmentsOf(db, application.organisationId),
    can: {
      write: mayWriteEvaluation(actor, application, { assignedConsultant }) && ['in_trial', 'extended', 'follow_up', 'evaluated'].includes(application.state),
      putOnAgenda: row !== undefined && can(actor, 'meeting.manage', application.organisationId),
    },
  };
}
