import { eq } from 'drizzle-orm';
import { isUuid } from '../../domain/ids.js';
import type { Db } from '../../db/client.js';
import { applications } from '../../db/schema/applications.js';
import { notFound } from '../../errors.js';
import { authorize } from '../../policies/authorize.js';
import type { Actor } from '../shared/actor.js';
import { loadLedgerState, lockPool, requireLine, type LedgerState, type LockedPool } from './ledger-state.js';

export interface LedgerProject {
  id: string;
  poolId: string;
  organisationId: string;
  title: string;
  caseNumber: string;
  leadDepartmentId: string | null;
}

/** The project (application) a payout or return is for; NOT_FOUND for an unknown or malformed id. */
export async function projectOf(db: Db, applicationId: string): Promise<LedgerProject> {
  if (!isUuid(applicationId)) throw notFound();
  const [app] = await db
    .select({
      id: applications.id,
      poolId: applications.poolId,
      organisationId: applications.organisationId,
      title: applications.title,
      caseNumber: applications.caseNumber,
      leadDepartmentId: applications.leadDepartmentId,
    })
    .from(applications)
    .where(eq(applications.id, applicationId));
  if (!app) throw notFound();
  return app;
}

/**
 * The start of a payout's or a return's transaction: the project's pool locked, finance's
 * permission checked (ledger.pay), the ledger with the project's sums, and the line one of the pool's.
 */
export async function lockProjectLedger(tx: Db, actor: Actor, project: LedgerProject, budgetLineId: string): Promise<{ pool: LockedPool; state: LedgerState }> {
  const pool = await lockPool(tx, project.poolId);
  authorize(actor, 'ledger.pay', pool.organisationId);
  const state = await loadLedgerState(tx, pool, [project.id]);
  requireLine(state, budgetLineId);
  return { pool, state };
}
