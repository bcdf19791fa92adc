import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { applications } from '../../db/schema/applications.js';
import { evaluationAgendaItems, projectEvaluations } from '../../db/schema/project-outcomes.js';
import type { Recommendation } from '../../domain/evaluation.js';
import type { Actor } from '../shared/actor.js';
import { loadMeetingFor } from '../meetings/load-meeting.js';

export interface EvaluationOnAgenda {
  applicationId: string;
  caseNumber: string;
  title: string;
  recommendation: Recommendation;
  recommendationReason: string;
  actualNpvOere: number;
  expectedNpvOere: number | null;
}

/**
 * The evaluations on a meeting's agenda, for the meeting page and the printed agenda (the lead wires
 * the section `EvaluationAgendaSection` onto the meeting page). Whoever may see the meeting sees them.
 */
export async function evaluationsOnAgenda(db: Db, actor: Actor, input: { meetingId: string }): Promise<EvaluationOnAgenda[]> {
  const { meeting } = await loadMeetingFor(db, actor, input.meetingId, 'meeting.view');
  return db
    .select({
      applicationId: applications.id,
      caseNumber: applications.caseNumber,
      title: applications.title,
      recommendation: projectEvaluations.recommendation,
      recommendationReason: projectEvaluations.recommendationReason,
      actualNpvOere: projectEvaluations.actualNpvOere,
      expectedNpvOere: projectEvaluations.expectedNpvOere,
    })
    .from(evaluationAgendaItems)
    .innerJoin(applications, eq(applications.id, evaluationAgendaItems.applicationId))
    .innerJoin(projectEvaluations, eq(projectEvaluations.applicationId, evaluationAgendaItems.applicationId))
    .where(eq(evaluationAgendaItems.meetingId, meeting.id))
    .orderBy(asc(evaluationAgendaItems.createdAt));
}
