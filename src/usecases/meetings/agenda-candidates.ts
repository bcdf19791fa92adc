import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { applications } from '../../db/schema/applications.js';
import { recommendations } from '../../db/schema/assessment.js';
import { budgetLines } from '../../db/schema/pools.js';
import type { ApplicationState } from '../../domain/application-workflow.js';
import type { MeetingRow, DecisionBodyRow } from './load-meeting.js';

/** States from which an application can be put on an agenda (the workflow's put_on_agenda). */
export const AGENDA_READY_STATES: readonly ApplicationState[] = ['recommended', 'not_recommended', 'deferred'];

export interface AgendaCandidate {
  applicationId: string;
  caseNumber: string;
  title: string;
  state: ApplicationState;
  recommendationKind: string | null;
  amountOere: number;
  budgetLineId: string | null;
}

/**
 * Applications of the body's pool that may go on this body's agenda: recommended (or not recommended,
 * or deferred from an earlier meeting), on a line decided at meetings of this body (a line without a
 * named body goes to any of the pool's bodies). Direct-decision lines never go on an agenda.
 */
export async function agendaCandidates(db: Db, body: DecisionBodyRow, _meeting?: MeetingRow): Promise<AgendaCandidate[]> {
  const rows = await db
    .select({
      applicationId: applications.id,
      caseNumber: applications.caseNumber,
      title: applications.title,
      state: applications.state,
      recommendationKind: recommendations.kind,
      amountOere: recommendations.amountOere,
      recLineId: recommendations.budgetLineId,
      appLineId: applications.budgetLineId,
    })
    .from(applications)
    .leftJoin(recommendations, eq(recommendations.applicationId, applications.id))
    .where(and(eq(applications.poolId, body.poolId), inArray(applications.state, [...AGENDA_READY_STATES])))
    .orderBy(asc(applications.caseNumber));
  const lines = await db.select().from(budgetLines).where(eq(budgetLines.poolId, body.poolId));
  const byId = new Map(lines.map((l) => [l.id, l]));
  return rows
    .map((r) => ({
      applicationId: r.applicationId,
      caseNumber: r.caseNumber,
      title: r.title,
      state: r.state,
      recommendationKind: r.recommendationKind,
      amountOere: r.amountOere ?? 0,
      budgetLineId: r.recLineId ?? r.appLineId,
    }))
    .filter((c) => {
      const line = c.budgetLineId ? byId.get(c.budgetLineId) : undefined;
      if (!line) return true; // no line chosen yet: the body decides (and a grant needs a line)
      return line.decisionMode === 'meeting' && (line.decisionBodyId === null || line.decisionBodyId === body.id);
    });
}
