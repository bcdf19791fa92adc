import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { decisions } from '../../db/schema/assessment.js';
import { budgetLines, decisionBodies, meetings } from '../../db/schema/pools.js';
import type { YearAmount } from '../../domain/money.js';

export interface ProjectDecision {
  route: 'meeting' | 'direct';
  amountOere: number;
  split: YearAmount[];
  budgetLineName: string | null;
  conditions: string;
  reason: string;
  decidedAt: string;
  /** The meeting it was decided at (decision body and time), for a meeting decision. */
  meeting: { id: string; bodyName: string; startsAt: string } | null;
}

/** The approval the project rests on: amount per year, line, conditions, and which meeting (or a direct decision). */
export async function projectDecision(db: Db, applicationId: string): Promise<ProjectDecision | null> {
  const [row] = await db
    .select({ d: decisions, lineName: budgetLines.name, meetingId: meetings.id, startsAt: meetings.startsAt, bodyName: decisionBodies.name })
    .from(decisions)
    .leftJoin(budgetLines, eq(budgetLines.id, decisions.budgetLineId))
    .leftJoin(meetings, eq(meetings.id, decisions.meetingId))
    .leftJoin(decisionBodies, eq(decisionBodies.id, meetings.decisionBodyId))
    .where(and(eq(decisions.applicationId, applicationId), eq(decisions.outcome, 'approve')))
    .orderBy(desc(decisions.decidedAt))
    .limit(1);
  if (!row) return null;
  return {
    route: row.d.route,
    amountOere: row.d.amountOere,
    split: row.d.split,
    budgetLineName: row.lineName,
    conditions: row.d.conditions,
    reason: row.d.reason,
    decidedAt: row.d.decidedAt.toISOString(),
    meeting: row.meetingId && row.startsAt ? { id: row.meetingId, bodyName: row.bodyName ?? '', startsAt: row.startsAt.toISOString() } : null,
  };
}
