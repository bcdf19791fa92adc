import type { Db } from '../../db/client.js';
import { pools } from '../../db/schema/pools.js';
import { AppError, forbidden, validationFailed } from '../../errors.js';
import { authorize } from '../../policies/authorize.js';
import { poolCreatorOrganisations } from '../../policies/pools.js';
import { syncBudgetFromSetup } from '../ledger/sync-budget-from-setup.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { loadPoolDetails, setupOf, type PoolDetails } from './pool-details.js';
import { createPoolSchema } from './pool-schema.js';
import { poolColumns, writePoolChildren } from './write-pool-children.js';

/**
 * Create a pool with its whole setup. `actor` null is the installation's operator (CLI, demo seed),
 * who must name the organisation. The ledger gets the budget and the audit log the setup, in the
 * same transaction.
 */
export async function createPool(db: Db, actor: Actor | null, input: unknown): Promise<PoolDetails> {
  const data = parseInput(createPoolSchema, input);
  const organisationId = data.organisationId ?? (actor ? onlyOrganisation(actor) : undefined);
  if (!organisationId) throw validationFailed({ organisationId: 'Vælg en organisation' });
  if (actor) authorize(actor, 'pool.create', organisationId);

  const id = await db.transaction(async (tx) => {
    const [pool] = await tx
      .insert(pools)
      .values({
        organisationId,
        ...poolColumns(data),
      })
      .returning({ id: pools.id });
    if (!pool) throw new Error('insert returned no row');
    await writePoolChildren(tx, pool.id, data);
    await syncBudgetFromSetup(tx, actor, pool.id);
    const created = await loadPoolDetails(tx, pool.id);
    if (!created) throw new Error('pool vanished');
    await recordAudit(tx, actor, {
      action: 'pool.created',
      objectType: 'pool',
      objectId: pool.id,
      organisationId,
      after: { version: created.version, ...setupOf(created) },
    });
    return pool.id;
  });
  const details = await loadPoolDetails(db, id);
  if (!details) throw new AppError('INTERNAL');
  return details;
}

/** The one organisation the actor may create pools in; undefined (the caller asks) when several. */
function onlyOrganisation(actor: Actor): string | undefined {
  const orgs = poolCreatorOrganisations(actor);
  if (orgs.length === 0) throw forbidden();
  return orgs.length === 1 ? orgs[0] : undefined;
}
