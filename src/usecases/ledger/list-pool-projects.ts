import { and, asc, eq, ne } from 'drizzle-orm';
import { isUuid } from '../../domain/ids.js';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { applications } from '../../db/schema/applications.js';
import { notFound } from '../../errors.js';
import { authorize } from '../../policies/authorize.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { findPool } from './ledger-state.js';

export const listPoolProjectsSchema = z.object({ poolId: z.string() });

export interface PoolProject {
  id: string;
  title: string;
  caseNumber: string;
  state: string;
  budgetLineId: string | null;
}

/** The pool's submitted applications (projects), for the ledger's project choices and filters. */
export async function listPoolProjects(db: Db, actor: Actor, input: unknown): Promise<PoolProject[]> {
  const { poolId } = parseInput(listPoolProjectsSchema, input);
  if (!isUuid(poolId)) throw notFound();
  const pool = await findPool(db, poolId);
  authorize(actor, 'ledger.view', pool.organisationId);
  return db
    .select({
      id: applications.id,
      title: applications.title,
      caseNumber: applications.caseNumber,
      state: applications.state,
      budgetLineId: applications.budgetLineId,
    })
    .from(applications)
    .where(and(eq(applications.poolId, pool.id), ne(applications.state, 'draft')))
    .orderBy(asc(applications.caseNumber));
}
