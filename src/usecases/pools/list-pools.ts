import { asc, eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { networkMembers, organisations } from '../../db/schema/organisations.js';
import { budgetLineYears, budgetLines, pools } from '../../db/schema/pools.js';
import { can } from '../../policies/authorize.js';
import { organisationIds, type Actor } from '../shared/actor.js';
import { coordinatedNetworks } from '../../policies/networks.js';

export interface PoolSummary {
  id: string;
  organisationId: string;
  organisationName: string;
  name: string;
  periodStartYear: number;
  periodEndYear: number;
  status: 'draft' | 'open' | 'closed';
  intake: 'continuous' | 'rounds';
  /** Sum of the budget lines' yearly amounts over the period (earmarks are part of their line). */
  totalBudgetOere: number;
  /** Whether the actor may edit this pool. */
  canEdit: boolean;
}

/** The pools of the actor's organisations; network coordinators also see the pools of their networks. */
export async function listPools(db: Db, actor: Actor): Promise<PoolSummary[]> {
  const orgIds = organisationIds(actor);
  const nets = coordinatedNetworks(actor);
  const memberOrgIds = nets.length
    ? (await db.select({ id: networkMembers.organisationId }).from(networkMembers).where(inArray(networkMembers.networkId, nets))).map((r) => r.id)
    : [];
  const visibleOrgs = [...new Set([...orgIds, ...memberOrgIds])];
  const conditions = [...(visibleOrgs.length ? [inArray(pools.organisationId, visibleOrgs)] : []), ...(nets.length ? [inArray(pools.networkId, nets)] : [])];
  if (conditions.length === 0) return [];
  const rows = await db
    .select({ pool: pools, organisationName: organisations.name })
    .from(pools)
    .innerJoin(organisations, eq(organisations.id, pools.organisationId))
    .where(or(...conditions))
    .orderBy(asc(organisations.name), asc(pools.name));
  if (rows.length === 0) return [];
  const amounts = await db
    .select({ poolId: budgetLines.poolId, amountOere: budgetLineYears.amountOere })
    .from(budgetLineYears)
    .innerJoin(budgetLines, eq(budgetLines.id, budgetLineYears.budgetLineId))
    .where(
      inArray(
        budgetLines.poolId,
        rows.map((r) => r.pool.id),
      ),
    );
  const totals = new Map<string, number>();
  for (const a of amounts) totals.set(a.poolId, (totals.get(a.poolId) ?? 0) + a.amountOere);
  return rows.map(({ pool: p, organisationName }) => ({
    id: p.id,
    organisationId: p.organisationId,
    organisationName,
    name: p.name,
    periodStartYear: p.periodStartYear,
    periodEndYear: p.periodEndYear,
    status: p.status,
    intake: p.intake,
    totalBudgetOere: totals.get(p.id) ?? 0,
    canEdit: can(actor, 'pool.update', p.organisationId),
  }));
}
