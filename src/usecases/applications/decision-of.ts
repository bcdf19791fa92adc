import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/accounts.js';
import { decisions } from '../../db/schema/assessment.js';
import { budgetLines, decisionBodies, meetings } from '../../db/schema/pools.js';
import type { YearAmount } from '../../domain/money.js';

/** An application's decision as its pages show it: what was decided, by whom, where and when. */
export interface ApplicationDecision {
  id: string;
  outcome: 'approve' | 'reject' | 'defer';
  route: 'meeting' | 'direct';
  amountOere: number;
  /** The amount per budget year. */
  split: YearAmount[];
  budgetLineId: string | null;
  budgetLineName: string | null;
  conditions: string;
  reason: string;
  decidedAt: Date;
  decidedByName: string;
  /** At a meeting: the meeting and its decision body. */
  meeting: { id: string; startsAt: Date; bodyName: string } | null;
  /** A direct decision: who decides on the line (e.g. the two directors). */
  directDeciderLabel: string | null;
}

/** The latest decision on an application, or null while none is recorded. No authorization: callers authorize. */
export async function decisionOf(db: Db, applicationId: string): Promise<ApplicationDecision | null> {
  const [row] = await db
    .select({
      d: decisions,
      lineName: budgetLines.name,
      directDeciderLabel: budgetLines.directDeciderLabel,
      decidedByName: users.name,
      meetingStartsAt: meetings.startsAt,
      bodyName: decisionBodies.name,
    })
    .from(decisions)
    .innerJoin(users, eq(users.id, decisions.decidedByUserId))
    .leftJoin(budgetLines, eq(budgetLines.id, decisions.budgetLineId))
    .leftJoin(meetings, eq(meetings.id, decisions.meetingId))
    .leftJoin(decisionBodies, eq(decisionBodies.id, meetings.decisionBodyId))
    .where(eq(decisions.applicationId, applicationId))
    .orderBy(desc(decisions.decidedAt))
    .limit(1);
  if (!row) return null;
  const { d } = row;
  return {
    id: d.id,
    outcome: d.outcome,
    route: d.route,
    amountOere: d.amountOere,
    split: [...d.split].sort((a, b) => a.year - b.year),
    budgetLineId: d.budgetLineId,
    budgetLineName: row.lineName,
    conditions: d.conditions,
    reason: d.reason,
    decidedAt: d.decidedAt,
    decidedByName: row.decidedByName,
    meeting: d.meetingId && row.meetingStartsAt ? { id: d.meetingId, startsAt: row.meetingStartsAt, bodyName: row.bodyName ?? '' } : null,
    directDeciderLabel: d.route === 'direct' ? row.directDeciderLabel : null,
  };
}
