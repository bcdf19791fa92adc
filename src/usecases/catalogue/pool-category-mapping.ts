import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { poolCategoryMappings, technologyCategories } from '../../db/schema/catalogue.js';
import { pools } from '../../db/schema/pools.js';
import { isUuid } from '../../domain/ids.js';
import { validationFailed, notFound } from '../../errors.js';
import { authorize } from '../../policies/authorize.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';

export const savePoolCategoryMappingSchema = z.object({
  poolId: z.string(),
  /** Pool category key → shared category id ('' = not mapped). */
  mappings: z.record(z.string(), z.union([z.literal(''), z.uuid({ error: 'Vælg en kategori fra listen' })], { error: 'Vælg en kategori fra listen' })),
});

export interface PoolCategoryMappingView {
  pool: { id: string; name: string; organisationId: string };
  rows: { key: string; label: string; technologyCategoryId: string | null }[];
}

async function loadPool(db: Db, actor: Actor, poolId: string) {
  if (!isUuid(poolId)) throw notFound();
  const [pool] = await db
    .select({ id: pools.id, name: pools.name, organisationId: pools.organisationId, lists: pools.lists })
    .from(pools)
    .where(eq(pools.id, poolId));
  if (!pool) throw notFound();
  authorize(actor, 'catalogue.mapCategories', pool.organisationId);
  return pool;
}

/** The pool's own categories, each with the shared category it maps to (the pool's secretariat). */
export async function getPoolCategoryMapping(db: Db, actor: Actor, input: { poolId: string }): Promise<PoolCategoryMappingView> {
  const pool = await loadPool(db, actor, input.poolId);
  const current = await db.select().from(poolCategoryMappings).where(eq(poolCategoryMappings.poolId, pool.id));
  const by = new Map(current.map((m) => [m.poolCategoryKey, m.technologyCategoryId]));
  return {
    pool: { id: pool.id, name: pool.name, organisationId: pool.organisationId },
    rows: pool.lists.categories.map((c) => ({ key: c.key, label: c.label, technologyCategoryId: by.get(c.key) ?? null })),
  };
}

/**
 * Map the pool's own categories to the installation-wide ones, so entries published from its
 * projects are filterable by the shared vocabulary. Only the pool's own keys; the mapping given is
 * the whole mapping (a key left out or '' is unmapped).
 */
export async function savePoolCategoryMapping(db: Db, actor: Actor, input: unknown): Promise<{ mapped: number }> {
  const data = parseInput(savePoolCategoryMappingSchema, input);
  const pool = await loadPool(db, actor, data.poolId);
  const keys = new Set(pool.lists.categories.map((c) => c.key));
  const fields: Record<string, string> = {};
  for (const key of Object.keys(data.mappings)) if (!keys.has(key)) fields[`mappings.${key}`] = `Puljen har ingen kategori "${key}"`;
  const wanted = Object.entries(data.mappings).filter((e): e is [string, string] => e[1] !== '');
  const ids = [...new Set(wanted.map(([, id]) => id))];
  const known = ids.length
    ? await db
        .select({ id: technologyCategories.id })
        .from(technologyCategories)
        .where(and(inArray(technologyCategories.id, ids), eq(technologyCategories.archived, false)))
    : [];
  const knownIds = new Set(known.map((k) => k.id));
  for (const [key, id] of wanted) if (!knownIds.has(id)) fields[`mappings.${key}`] = 'Vælg en kategori fra listen';
  if (Object.keys(fields).length > 0) throw validationFailed(fields);
  return db.transaction(async (tx) => {
    const keep = wanted.map(([key]) => key);
    await tx
      .delete(poolCategoryMappings)
      .where(
        keep.length
          ? and(eq(poolCategoryMappings.poolId, pool.id), notInArray(poolCategoryMappings.poolCategoryKey, keep))
          : eq(poolCategoryMappings.poolId, pool.id),
      );
    for (const [key, id] of wanted) {
      await tx
        .insert(poolCategoryMappings)
        .values({ poolId: pool.id, poolCategoryKey: key, technologyCategoryId: id })
        .onConflictDoUpdate({ target: [poolCategoryMappings.poolId, poolCategoryMappings.poolCategoryKey], set: { technologyCategoryId: id } });
    }
    // Entries already published from the pool's projects without a shared category get it now.
    await tx.execute(sql`
      update catalogue_entries e set technology_category_id = m.technology_category_id, updated_at = now()
      from applications a, pool_category_mappings m
      where e.application_id = a.id and a.pool_id = ${pool.id}::uuid and m.pool_id = a.pool_id
        and m.pool_category_key = a.content->>'category' and e.technology_category_id is null`);
    await recordAudit(tx, actor, {
      action: 'catalogue.pool_categories_mapped',
      objectType: 'pool',
      objectId: pool.id,
      organisationId: pool.organisationId,
      after: { mappings: Object.fromEntries(wanted) },
    });
    return { mapped: wanted.length };
  });
}
