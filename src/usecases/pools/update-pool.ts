import { and, eq, sql } from 'drizzle-orm';
import { isUuid } from '../../domain/ids.js';
import type { Db } from '../../db/client.js';
import { pools } from '../../db/schema/pools.js';
import { AppError, notFound } from '../../errors.js';
import { authorize } from '../../policies/authorize.js';
import { syncBudgetFromSetup } from '../ledger/sync-budget-from-setup.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { loadPoolDetails, setupOf, type PoolDetails } from './pool-details.js';
import { updatePoolSchema } from './pool-schema.js';
import { poolColumns, writePoolChildren } from './write-pool-children.js';

/**
 * Replace a pool's setup. Sections left out of the input keep their current value (so a form may
 * send one section); `expectedVersion` must be the version the edit started from, else CONFLICT.
 * Budget lines and decision bodies are matched by key and meetings by id, so the rows that
 * applications, ledger entries and agendas point at keep their ids.
 */
export async function updatePool(db: Db, actor: Actor, input: unknown): Promise<PoolDetails> {
  const raw = isRecord(input) ? input : {};
  const poolId = typeof raw.poolId === 'string' ? raw.poolId : '';
  if (!isUuid(poolId)) throw notFound();

  await db.transaction(async (tx) => {
    // Lock the pool row so concurrent edits queue up and the version check below is reliable.
    await tx.execute(sql`select id from pools where id = ${poolId} for update`);
    const current = await loadPoolDetails(tx, poolId);
    if (!current) throw notFound();
    authorize(actor, 'pool.update', current.organisationId);

    const data = parseInput(updatePoolSchema, { ...setupOf(current), ...raw, poolId });
    if (data.expectedVersion !== current.version) throw new AppError('CONFLICT');

    const [updated] = await tx
      .update(pools)
      .set({
        ...poolColumns(data),
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(pools.id, poolId), eq(pools.version, current.version)))
      .returning({ id: pools.id });
    if (!updated) throw new AppError('CONFLICT');

    await writePoolChildren(tx, poolId, data);
    await syncBudgetFromSetup(tx, actor, poolId);
    const after = await loadPoolDetails(tx, poolId);
    if (!after) throw notFound();
    await recordAudit(tx, actor, {
      action: 'pool.updated',
      objectType: 'pool',
      objectId: poolId,
      organisationId: current.organisationId,
      before: { version: current.version, ...setupOf(current) },
      after: { version: after.version, ...setupOf(after) },
    });
  });
  const details = await loadPoolDetails(db, poolId);
  if (!details) throw notFound();
  return details;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
