import { asc, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { organisations } from '../../db/schema/organisations.js';
import { pools } from '../../db/schema/pools.js';
import { totalOf } from '../../domain/ledger.js';
import { can } from '../../policies/authorize.js';
import { organisationIds, type Actor } from '../shared/actor.js';
import { findPool, lineYearsOf, loadLedgerState } from './ledger-state.js';

export interface LedgerPoolSummary {
  id: string;
  name: string;
  organisationName: string;
  periodStartYear: number;
  periodEndYear: number;
  budgetOere: number;
  committedOere: number;
  paidOere: number;
  remainingOere: number;
}

/** The pools whose economy the actor may see (ledger.view in the owning organisation), with totals. */
export async function listLedgerPools(db: Db, actor: Actor): Promise<LedgerPoolSummary[]> {
  const orgIds = organisationIds(actor).filter((id) => can(actor, 'ledger.view', id));
  if (orgIds.length === 0) return [];
  const rows = await db
    .select({
      id: pools.id,
      name: pools.name,
      organisationId: pools.organisationId,
      periodStartYear: pools.periodStartYear,
      periodEndYear: pools.periodEndYear,
    })
    .from(pools)
    .where(inArray(pools.organisationId, orgIds))
    .orderBy(asc(pools.name));
  const orgs = new Map(
    (await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, orgIds))).map((o) => [
      o.id,
      o.name,
    ]),
  );
  const out: LedgerPoolSummary[] = [];
  for (const p of rows) {
    const totals = totalOf(lineYearsOf(await loadLedgerState(db, await findPool(db, p.id))));
    out.push({
      id: p.id,
      name: p.name,
      organisationName: orgs.get(p.organisationId) ?? '',
      periodStartYear: p.periodStartYear,
      periodEndYear: p.periodEndYear,
      budgetOere: totals.budgetOere,
      committedOere: totals.committedOere,
      paidOere: totals.paidOere,
      remainingOere: totals.remainingOere,
    });
  }
  return out;
}
