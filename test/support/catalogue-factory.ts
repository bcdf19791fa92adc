import { eq } from 'drizzle-orm';
import type { Db } from '../../src/db/client.js';
import { users } from '../../src/db/schema/accounts.js';
import { catalogueAdoptions, catalogueEntries } from '../../src/db/schema/catalogue.js';
import { experiencePosts, jointProjectPartners, jointProjects, networkActorProjects, networkActors } from '../../src/db/schema/network-platform.js';
import { organisations } from '../../src/db/schema/organisations.js';
import { pools } from '../../src/db/schema/pools.js';
import type { EntryEffect, EntryVisibility } from '../../src/domain/catalogue.js';
import { buildPool } from './factories.js';

/** Catalogue entries inserted directly (the catalogue core's publishing is another area), and open pools in any municipality. */
export async function orgId(db: Db, slug: string): Promise<string> {
  const [o] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, slug));
  if (!o) throw new Error(`no organisation ${slug}`);
  return o.id;
}

export async function buildEntry(
  db: Db,
  orgSlug: string,
  opts: {
    title: string;
    visibility?: EntryVisibility;
    problem?: string;
    technologyDescription?: string;
    effects?: EntryEffect[];
    publisher?: string;
    technologyCategoryId?: string;
  },
): Promise<string> {
  const [publisher] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, opts.publisher ?? `sekretariat@${orgSlug}.demo`));
  if (!publisher) throw new Error('no publisher');
  const [row] = await db
    .insert(catalogueEntries)
    .values({
      organisationId: await orgId(db, orgSlug),
      source: 'history',
      visibility: opts.visibility ?? 'network',
      title: opts.title,
      summary: `Resumé af ${opts.title}`,
      problem: opts.problem ?? '',
      technologyDescription: opts.technologyDescription ?? '',
      technologyCategoryId: opts.technologyCategoryId ?? null,
      effects: opts.effects ?? [],
      evaluationOutcome: 'operation',
      spentOere: 400_000_00,
      budgetOere: 450_000_00,
      businessCaseNetOere: 150_000_00,
      partnerCompanies: [{ name: 'Robotfirmaet ApS', cvr: '10000009' }],
      publishedByUserId: publisher.id,
    })
    .returning({ id: catalogueEntries.id });
  if (!row) throw new Error('entry insert failed');
  return row.id;
}

/** An open pool in the municipality whose period runs to 2030 (so ideas can be sent to it today). */
export async function openPool(db: Db, orgSlug: string): Promise<string> {
  const pool = await buildPool(db, orgSlug, 'vejle');
  await db.update(pools).set({ periodStartYear: 2025, periodEndYear: 2030, status: 'open' }).where(eq(pools.id, pool.poolId));
  return pool.poolId;
}

/** Start from no catalogue entries: the demo seeds its own, and these tests count exactly what they build. */
export async function clearCatalogue(db: Db): Promise<void> {
  // The demo's network platform (posts, joint projects, actors) hangs off the entries: cleared with them.
  await db.delete(experiencePosts);
  await db.delete(networkActorProjects);
  await db.delete(networkActors);
  await db.delete(jointProjectPartners);
  await db.delete(jointProjects);
  await db.delete(catalogueAdoptions);
  await db.delete(catalogueEntries);
}
